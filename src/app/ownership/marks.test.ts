import { describe, expect, it } from "vitest";
import {
  columnMarkName,
  decodeMark,
  encodeMark,
  isMarkName,
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
