import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/model/cell";
import { readLedger } from "../../src/core/read";

// A ledger printed over several pages often repeats its header under each page break (or the
// office pasted a second block with its own header). That row is no item: read as data it
// counted an office called 院名称, a problem called 问题描述 and two type errors.

const HEADER: Cell[] = ["问题编号", "院名称", "问题描述", "整改措施", "完成时限", "进展状态"];

describe("a header row repeated inside the data", () => {
  it("is skipped, listed, and not an error", () => {
    const values: Cell[][] = [
      ["阿坝县院问题整改台账"],
      HEADER,
      ["1", "阿坝县院", "队伍老化", "招录", "2021-06-30", "已完成"],
      [...HEADER],
      ["2", "阿坝县院", "经费不足", "申请", "2021-12-31", "推进中"],
    ];
    const result = readLedger({ name: "s", values });
    expect(result.kind).toBe("problem");
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3, 5]);
    expect(result.skippedRows).toEqual([{ rowNumber: 4, reason: "header", text: "问题编号" }]);
    expect(result.errors).toEqual([]);
  });

  it("is skipped when typed with other spacing or width, two-row header included", () => {
    const values: Cell[][] = [
      ["院名称", "问题描述", "整改情况", "整改情况"],
      [null, null, "整改措施", "进展状态"],
      ["阿坝县院", "队伍老化", "招录", "已完成"],
      ["院 名 称", "问题描述", "整改情况", "整改情况"],
      [null, null, "整改措施 ", "进展状态"],
      ["阿坝县院", "经费不足", "申请", "推进中"],
    ];
    const result = readLedger({
      name: "s",
      values,
      merges: [
        { row: 0, column: 0, rowCount: 2, columnCount: 1 },
        { row: 0, column: 1, rowCount: 2, columnCount: 1 },
        { row: 0, column: 2, rowCount: 1, columnCount: 2 },
        { row: 3, column: 0, rowCount: 2, columnCount: 1 },
        { row: 3, column: 1, rowCount: 2, columnCount: 1 },
        { row: 3, column: 2, rowCount: 1, columnCount: 2 },
      ],
    });
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3, 6]);
    expect(result.skippedRows.map((s) => [s.rowNumber, s.reason])).toEqual([
      [4, "header"],
      [5, "header"],
    ]);
    expect(result.errors).toEqual([]);
  });

  it("keeps a data row that shares only some words with the header", () => {
    const values: Cell[][] = [
      ["院名称", "问题描述", "整改措施", "进展状态"],
      ["阿坝县院", "问题描述", "整改措施", "已完成"],
    ];
    const result = readLedger({ name: "s", values });
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
  });
});
