import { describe, expect, it } from "vitest";
import { readLedger } from "./readLedger";
import type { SheetInput } from "../model/cell";

const HEADER = ["问题编号", "院名称", "问题描述", "责任部门", "完成时限", "进展状态", "是否销号"];
const UNITS = ["政治部", "办公室", "第一检察部"];

/** `count` rows whose unit, deadline, status and 销号 repeat and whose ids and texts do not. */
function sheetOf(count: number): SheetInput {
  const values: SheetInput["values"] = [HEADER];
  for (let i = 0; i < count; i++)
    values.push([
      `WT-${i}`,
      "阿坝县院",
      `第${i}项问题：文书不规范`,
      UNITS[i % 3]!,
      i % 2 === 0 ? "2021-05-31" : "2021-06-30",
      i % 2 === 0 ? "已完成" : "正在推进",
      i % 2 === 0 ? "是" : "否",
    ]);
  return { name: "整改台账", values };
}

describe("kept rows' cells", () => {
  const { rows } = readLedger(sheetOf(300), { kind: "problem", contextYear: 2021 });

  it("hold what each row's cells say", () => {
    rows.forEach((row, i) => {
      expect(row.cells.responsibleUnit).toEqual({
        text: UNITS[i % 3],
        raw: UNITS[i % 3],
        value: UNITS[i % 3],
      });
      expect(row.cells.deadline?.value).toBe(i % 2 === 0 ? "2021-05-31" : "2021-06-30");
      expect(row.cells.status?.value).toBe(i % 2 === 0 ? "done" : "inProgress");
      expect(row.cells.problemId?.value).toBe(`WT-${i}`);
    });
  });

  it("are one object per repeated text of a column, not one per row", () => {
    const distinct = (field: string) => new Set(rows.map((row) => row.cells[field])).size;
    expect(distinct("responsibleUnit")).toBe(3);
    expect(distinct("deadline")).toBe(2);
    expect(distinct("status")).toBe(2);
    expect(distinct("problemId")).toBe(300);
    expect(distinct("problem")).toBe(300);
  });
});
