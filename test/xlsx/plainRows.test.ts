// Value-block rows that nothing else in the plan reaches are written straight to XML, without
// a grid object per cell (src/xlsx/write/plainRowXml.ts). They must come out as the same cells
// the grid writes, and read back as the values the plan holds.
import { describe, expect, it } from "vitest";
import { emptySheetPlan, type OwnedSheetPlan, type PlanValue } from "../../src/core/plan/types";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { WorkbookModel } from "../../src/xlsx/package/workbookModel";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writePlan } from "../../src/xlsx/write/writePlan";

const USER_TEXT: PlanValue[][] = [
  ["来源文件", "问题编号", "问题描述", "完成时限", "金额", "是否整改"],
  ["院0001.xlsx", "WT-001", "=SUM(A1:A9)", 44288, 12.5, true],
  ["院0001.xlsx", "WT-002", "+cmd|' /C calc'!A0", null, 0, false],
  ["院0002.xlsx", "@SUM(1)", "整改中，已约谈（三次）：见附件；“重点”！", 44300, -1.25, null],
  ["院0002.xlsx", "-1+2", " 前后有空格 ", "", 3, true],
  ["院0003.xlsx", "WT-004", "第一行\r\n第二行", 44350, null, null],
];

/** A merged-sheet-like plan: a title, a styled header, then the rows in two blocks. */
function planOf(rows: PlanValue[][]): OwnedSheetPlan {
  const plan = emptySheetPlan("merged:problem", "问题整改台账（合并）");
  plan.blocks.push({ row: 0, column: 0, values: [["问题整改台账（合并：3个文件，5行）"]] });
  const columnFormats = [null, null, null, "yyyy-mm-dd", "0.00", null];
  plan.blocks.push({ row: 1, column: 0, values: rows.slice(0, 3), columnFormats });
  plan.blocks.push({ row: 4, column: 0, values: rows.slice(3), columnFormats });
  plan.styles.push(
    { area: { row: 0, column: 0, rowCount: 1, columnCount: 6 }, bold: true, fontSize: 14 },
    { area: { row: 1, column: 0, rowCount: 1, columnCount: 6 }, bold: true, fill: "#D9E1F2" },
  );
  plan.freeze = { rows: 2, columns: 0 };
  return plan;
}

function written(plan: OwnedSheetPlan): XlsxPackage {
  return writePlan(XlsxPackage.open(emptyWorkbook()), {
    sheets: [{ plan, name: plan.name }],
  }).pkg;
}

function sheetXml(pkg: XlsxPackage): string {
  const sheet = WorkbookModel.read(pkg).worksheets()[0];
  return pkg.text(sheet?.part ?? "") ?? "";
}

describe("plain block rows", () => {
  it("come out as the cells the grid writes cell by cell", () => {
    const plain = planOf(USER_TEXT);
    // A style that changes nothing, over the rows below the header: their cells then go
    // through the grid.
    const throughGrid = planOf(USER_TEXT);
    throughGrid.styles.push({
      area: { row: 2, column: 0, rowCount: USER_TEXT.length - 1, columnCount: 6 },
      bold: false,
    });
    const a = written(plain);
    const b = written(throughGrid);
    expect(sheetXml(a)).toBe(sheetXml(b));
    expect(a.text("xl/sharedStrings.xml")).toBe(b.text("xl/sharedStrings.xml"));
    expect(a.text("xl/styles.xml")).toBe(b.text("xl/styles.xml"));
  });

  it("read back as the values written: user text stays text, full-width punctuation kept", async () => {
    const sheets = await readWorkbook(written(planOf(USER_TEXT)).save());
    const values = sheets[0]?.values ?? [];
    const expected = USER_TEXT.map((row) =>
      row.map((v) => (v === "" ? null : typeof v === "string" ? v.replace(/\r\n/g, "\n") : v)),
    );
    const trimmed = values.slice(1).map((row) => [...row, null, null, null].slice(0, 6));
    expect(trimmed).toEqual(expected);
    expect(sheetXml(written(planOf(USER_TEXT)))).not.toMatch(/<f>/);
  });

  it("write a block of more rows than one deflated piece holds", async () => {
    const rows: PlanValue[][] = Array.from({ length: 5_000 }, (_, i) => [
      `院${i % 97}.xlsx`,
      `WT-${i}`,
      `问题，第${i}条（整改中）`,
      44288 + (i % 300),
      i / 4,
      i % 2 === 0,
    ]);
    const plan = emptySheetPlan("merged:problem", "合并");
    plan.blocks.push({
      row: 0,
      column: 0,
      values: rows,
      columnFormats: [null, null, null, "yyyy-mm-dd", "0.00", null],
    });
    const sheets = await readWorkbook(written(plan).save());
    const values = sheets[0]?.values ?? [];
    expect(values.length).toBe(rows.length);
    expect(values[2_345]).toEqual(rows[2_345]);
    expect(values[4_999]).toEqual(rows[4_999]);
  });
});
