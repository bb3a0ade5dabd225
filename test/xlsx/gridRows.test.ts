// Cells the grid composes (rows that styles reach) take their style index from the look of
// each cell: a look that changes partway down a column must change the cell's style there
// (the writer only skips asking the style book when a cell looks like the one above it).
import { describe, expect, it } from "vitest";
import { emptySheetPlan } from "../../src/core/plan/types";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { WorkbookModel } from "../../src/xlsx/package/workbookModel";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { writePlan } from "../../src/xlsx/write/writePlan";

describe("grid rows", () => {
  it("give each cell the style of its own look, down every column", () => {
    const plan = emptySheetPlan("summary", "汇总");
    plan.blocks.push({
      row: 0,
      column: 0,
      values: [
        ["甲", 1],
        ["乙", 2],
        ["丙", 3],
        ["丁", 4],
      ],
    });
    const area = (row: number, column: number, rowCount: number) => ({
      row,
      column,
      rowCount,
      columnCount: 1,
    });
    plan.styles.push(
      { area: area(0, 0, 4), fill: "#D9E1F2" },
      { area: area(2, 0, 1), fill: "#E2EFDA" },
      { area: area(1, 1, 3), bold: true },
    );
    const pkg = writePlan(XlsxPackage.open(emptyWorkbook()), {
      sheets: [{ plan, name: plan.name }],
    }).pkg;
    const sheet = WorkbookModel.read(pkg).worksheets()[0];
    const xml = pkg.text(sheet?.part ?? "") ?? "";
    const style = (ref: string) => new RegExp(`<c r="${ref}"( s="(\\d+)")?`).exec(xml)?.[2];
    const [a1, a2, a3, a4] = ["A1", "A2", "A3", "A4"].map(style);
    expect(a1).toBeDefined();
    expect([a2, a4]).toEqual([a1, a1]);
    expect(a3).not.toBe(a1);
    const [b1, b2, b3, b4] = ["B1", "B2", "B3", "B4"].map(style);
    expect(b1).toBeUndefined();
    expect(b2).toBeDefined();
    expect([b3, b4]).toEqual([b2, b2]);
  });
});
