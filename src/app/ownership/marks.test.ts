import { describe, expect, it } from "vitest";
import { REPEATS_SHEET_KEY, SUBMISSION_SHEET_KEY, mergedSheetKey } from "../../core/consolidate";
import { LEDGER_SCHEMAS } from "../../core/ledgers";
import { LEDGER_KINDS } from "../../core/model";
import { DEADLINE_COLUMN_KEY, OWNED_MARK } from "../../core/plan";
import {
  columnMarkName,
  decodeMark,
  encodeMark,
  isMarkName,
  newRunId,
  runOfSheetMark,
  sheetMarkName,
  sheetMarkPrefix,
  type Mark,
} from "./marks";

describe("ownership marks", () => {
  it.each<Mark>([
    {
      kind: "sheet",
      key: "summary",
      name: "台账汇总",
      fingerprint: "0123456789abcdef",
      run: "lq2x3k00abcd",
      complete: true,
    },
    {
      kind: "sheet",
      key: "slips",
      name: "工作提示单",
      alias: "工作提示单~x3k00a",
      fingerprint: "f",
      run: "r",
      complete: false,
    },
    { kind: "column", key: "flags", header: "【台账助手】挂图作战", run: "r" },
    { kind: "column", key: "deadlineDates", header: "【台账助手】完成时限（日期）", run: "r" },
    { kind: "ledger", binding: "L1" },
  ])("reads back what it wrote: %j", (mark) => {
    const comment = encodeMark(mark);
    expect(comment.length).toBeLessThanOrEqual(255);
    expect(decodeMark(comment)).toEqual(mark);
  });

  it.each([null, "", "一条普通批注", "{}", '{"t":"s","k":"summary"}', "[1,2]", '{"t":"x"}'])(
    "takes no comment for a mark but its own: %j",
    (comment) => {
      expect(decodeMark(comment)).toBeNull();
    },
  );

  it("names marks with letters, digits and underscores only", () => {
    expect(columnMarkName("L1", "flags")).toBe("Taizhang_Column_L1_flags");
    expect(columnMarkName("L1", "a-b.c")).toBe("Taizhang_Column_L1_a_b_c");
    expect(sheetMarkName("summary", "lq2x3k00abcd")).toBe("Taizhang_Sheet_summary__lq2x3k00abcd");
    expect(
      sheetMarkName("template:problem", "r1").startsWith(sheetMarkPrefix("template:problem")),
    ).toBe(true);
    expect(runOfSheetMark(sheetMarkName("summary", "lq2x3k00abcd"))).toBe("lq2x3k00abcd");
    expect(isMarkName("Taizhang_Ledger_L1")).toBe(true);
    expect(isMarkName("问题表")).toBe(false);
  });
});

describe("a mark fits a name's comment", () => {
  // Excel refuses a name comment over 255 characters (the fake does too): the longest mark the
  // add-in can write — the longest key, sheet names and alias at Excel's 31 characters, the
  // longest owned-column header any ledger's fields give — stays within it.
  const longestTitle = Math.max(
    ...LEDGER_KINDS.flatMap((kind) =>
      LEDGER_SCHEMAS[kind].fields.map((f) => (f.title ?? f.name).length),
    ),
  );
  const keys = [
    SUBMISSION_SHEET_KEY,
    REPEATS_SHEET_KEY,
    ...LEDGER_KINDS.flatMap((kind) => [mergedSheetKey(kind), `template:${kind}`]),
  ];
  const run = newRunId();

  it.each(keys)("sheet mark under key %s", (key) => {
    const name = "院".repeat(31);
    const text = encodeMark({
      kind: "sheet",
      key,
      name,
      alias: name,
      fingerprint: "0123456789abcdef",
      run,
      complete: true,
    });
    expect(text.length).toBeLessThanOrEqual(255);
  });

  it("column mark with the longest header", () => {
    const header = `${OWNED_MARK}${"题".repeat(longestTitle)}（日期）`;
    const text = encodeMark({ kind: "column", key: DEADLINE_COLUMN_KEY, header, run });
    expect(text.length).toBeLessThanOrEqual(255);
  });
});
