// What reading a workbook decided about the material around its ledgers, as records: sheets
// skipped, tables found, count tables left out, monthly copies set aside, offices taken from the
// title, columns missing, section counts that disagree. Each names its place; the words are in
// one table (zh-CN and English) keyed by type, as the error messages are.
import type { LocalText } from "../rollup/localText";
import { fillTemplate } from "../text";
import type { ContextOffice } from "../layout";
import type { RowRange } from "./region";

/** Where a note points: the file (when there are files), the sheet, and the table's header row. */
export interface NotePlace {
  file: string | null;
  sheet: string;
  /** Physical 1-based header row of the table (null for a sheet skipped unread). */
  headerRow: number | null;
  /** The table's rows, when the sheet holds several tables. */
  region?: RowRange;
}

/** generated: a sheet Taizhang made from ledgers (台账汇总, 工作提示单…), by the workbook's marks. */
export type SkipReason = "hidden" | "veryHidden" | "void" | "generated";

export type ReadNote = NotePlace & { message: LocalText } & (
    | {
        /** A hidden, very hidden or 作废 sheet left unread (include it by name to read it). */
        type: "sheet-skipped";
        reason: SkipReason;
      }
    | { type: "sheet-included"; reason: SkipReason }
    | {
        /** Several tables on one sheet, read one by one. */
        type: "tables-in-sheet";
        tables: RowRange[];
      }
    | {
        /** A per-office count table (院名称 | 问题数 | 措施数): not a ledger, not summed. */
        type: "count-table";
        offices: number;
        columns: string[];
      }
    | {
        /** An older copy of a ledger kept as its own sheet or file, left out of the figures. */
        type: "snapshot-superseded";
        kind: string;
        kept: NotePlace;
        shared: number;
        by: "date" | "position";
      }
    | {
        /** Copies of one ledger all kept as asked: their items are counted once per copy. */
        type: "snapshots-kept";
        kind: string;
        with: NotePlace;
        shared: number;
      }
    | {
        /** No office column: the rows belong to the office the title (or …) names. */
        type: "office-from-context";
        office: string;
        text: string;
        source: ContextOffice["source"];
        row: number | null;
      }
    | {
        /** A key column is missing: what the figures leave out. */
        type: "missing-field";
        kind: string;
        field: string;
        title: string;
        leavesOut: LocalText;
      }
    | {
        /** A heading states a count (一、队伍方面（6项）) its rows do not have. */
        type: "section-count";
        row: number;
        heading: string;
        category: string;
        stated: number;
        counted: number;
        unit: string;
      }
  );

export type ReadNoteType = ReadNote["type"];

/**
 * Every note's words. Placeholders: {where} / {whereEn} (the sheet, with its file), any field of
 * the note, and the names looked up below ({reasonZh}, {sourceZh}, {byZh}, {keptWhere}…).
 */
export const NOTE_MESSAGES: Readonly<Record<ReadNoteType, LocalText>> = {
  "sheet-skipped": {
    zh: "已跳过{reasonZh}的工作表{where}，未计入汇总；如确需读取，请明确选择该工作表",
    en: "Skipped the {reasonEn} sheet {whereEn}; it is not in the figures. Choose it explicitly to read it",
  },
  "sheet-included": {
    zh: "按要求读取了{reasonZh}的工作表{where}",
    en: "Read the {reasonEn} sheet {whereEn} as asked",
  },
  "tables-in-sheet": {
    zh: "工作表{where}中有{count}张表（{rangesZh}），已分别读取",
    en: "Sheet {whereEn} holds {count} tables ({rangesEn}), read one by one",
  },
  "count-table": {
    zh: "{where}第{headerRow}行起是各院统计表（{columnsZh}，{offices}个院），不是台账，未计入汇总",
    en: "{whereEn} from row {headerRow} is a per-office count table ({columnsEn}; {offices} offices), not a ledger; it is not in the figures",
  },
  "snapshot-superseded": {
    zh: "{where}与{keptWhere}是同一台账不同时期的副本（{shared}项相同），按{byZh}采用较新的{keptWhere}，{where}未计入汇总",
    en: "{whereEn} and {keptWhereEn} are copies of one ledger at different dates ({shared} items in common); by {byEn} the newer {keptWhereEn} is used and {whereEn} is left out",
  },
  "snapshots-kept": {
    zh: "{where}与{withWhere}像是同一台账不同时期的副本（{shared}项相同），已按要求全部计入，相同事项会重复计数",
    en: "{whereEn} and {withWhereEn} look like copies of one ledger ({shared} items in common); all are counted as asked, so those items count twice",
  },
  "office-from-context": {
    zh: "{where}没有院名称列，按{sourceZh}“{text}”将各行计为{office}",
    en: "{whereEn} has no office column; its rows are counted for {office}, as its {sourceEn} says (“{text}”)",
  },
  "missing-field": {
    zh: "{where}未找到“{title}”列：{leavesOutZh}",
    en: '{whereEn} has no "{title}" column: {leavesOutEn}',
  },
  "section-count": {
    zh: "{where}第{row}行“{heading}”写明{stated}{unit}，其下实有{counted}{unit}，请核对",
    en: '{whereEn} row {row}: "{heading}" states {stated}, but {counted} are listed under it; please check',
  },
};

const REASONS: Readonly<Record<SkipReason, LocalText>> = {
  hidden: { zh: "隐藏", en: "hidden" },
  veryHidden: { zh: "深度隐藏", en: "very hidden" },
  void: { zh: "标注作废", en: "void (作废)" },
  generated: { zh: "台账助手生成", en: "Taizhang-generated" },
};
const SOURCES: Readonly<Record<ContextOffice["source"], LocalText>> = {
  title: { zh: "标题", en: "title" },
  filler: { zh: "填表单位", en: "填表单位 line" },
  sheetName: { zh: "工作表名称", en: "sheet name" },
  fileName: { zh: "文件名", en: "file name" },
};
const BY: Readonly<Record<"date" | "position", LocalText>> = {
  date: { zh: "表名或标题中的日期", en: "the dates in their names or titles" },
  position: {
    zh: "在工作簿中的先后（未写明日期）",
    en: "their order in the workbook (no dates given)",
  },
};

function where(place: NotePlace): LocalText {
  const table = place.region;
  return {
    zh:
      (place.file === null ? `“${place.sheet}”` : `“${place.sheet}”（${place.file}）`) +
      (table === undefined ? "" : `第${table.from}–${table.to}行的表`),
    en:
      (place.file === null ? `"${place.sheet}"` : `${place.file}, "${place.sheet}"`) +
      (table === undefined ? "" : ` (the table in rows ${table.from}–${table.to})`),
  };
}

type NoteBody = ReadNote extends infer N
  ? N extends ReadNote
    ? Omit<N, "message">
    : never
  : never;

/** A note with its words, from the one message table. */
export function makeNote(note: NoteBody): ReadNote {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(note))
    if (typeof value === "string" || typeof value === "number") values[key] = value;
  const here = where(note);
  values.where = here.zh;
  values.whereEn = here.en;
  switch (note.type) {
    case "sheet-skipped":
    case "sheet-included":
      values.reasonZh = REASONS[note.reason].zh;
      values.reasonEn = REASONS[note.reason].en;
      break;
    case "tables-in-sheet":
      values.count = note.tables.length;
      values.rangesZh = note.tables.map((t) => `第${t.from}–${t.to}行`).join("、");
      values.rangesEn = note.tables.map((t) => `rows ${t.from}–${t.to}`).join(", ");
      break;
    case "count-table":
      values.columnsZh = note.columns.join("、");
      values.columnsEn = note.columns.join(", ");
      break;
    case "snapshot-superseded":
      values.keptWhere = where(note.kept).zh;
      values.keptWhereEn = where(note.kept).en;
      values.byZh = BY[note.by].zh;
      values.byEn = BY[note.by].en;
      break;
    case "snapshots-kept":
      values.withWhere = where(note.with).zh;
      values.withWhereEn = where(note.with).en;
      break;
    case "office-from-context":
      values.sourceZh = SOURCES[note.source].zh;
      values.sourceEn = SOURCES[note.source].en;
      break;
    case "missing-field":
      values.leavesOutZh = note.leavesOut.zh;
      values.leavesOutEn = note.leavesOut.en;
      break;
    case "section-count":
      break;
  }
  const text = NOTE_MESSAGES[note.type];
  return {
    ...note,
    message: { zh: fillTemplate(text.zh, values), en: fillTemplate(text.en, values) },
  } as ReadNote;
}
