// What a write tells the user about earlier output it kept because a person made it theirs, said
// the same way by both hosts (src/excel/executePlan.ts and the file host).
import type { PlanNote } from "../../core/plan/types";

/** An earlier output sheet a person renamed or typed in: kept, the new one written beside it. */
export function adoptedNote(name: string): PlanNote {
  return {
    key: "adopted",
    zh: `“${name}”已有人修改或改名，已原样保留，新的内容另行写入。`,
    en: `"${name}" was renamed or edited, so it is kept as it is; the new output is written beside it.`,
  };
}

/**
 * An earlier output sheet recorded only by an older version (no mark, so nothing tells whether a
 * person typed in it): kept, the new one written beside it. Happens once per file.
 */
export function unmarkedKeptNote(name: string): PlanNote {
  return {
    key: "adopted",
    zh: `“${name}”由旧版本写入，无法确认是否有人修改过，已原样保留，新的内容另行写入。`,
    en: `"${name}" was written by an earlier version that cannot tell whether anyone edited it, so it is kept as it is; the new output is written beside it.`,
  };
}

/** Cells a person typed over an owned column's formulas (人工标识): kept. */
export function typedNote(sheet: string, count: number): PlanNote {
  return {
    key: "typedFlags",
    zh: `“${sheet}”的标识列中有${count}个单元格为人工填写（人工标识），已保留未改动。`,
    en: `${count} cell(s) in the flag column of "${sheet}" were typed by hand (manual flags) and are kept as they are.`,
  };
}
