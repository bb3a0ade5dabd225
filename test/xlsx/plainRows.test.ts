// Value-block rows that nothing else in the plan reaches are written straight to XML, without
// a grid object per cell (src/xlsx/write/plainRowXml.ts). They must come out as the same cells
// the grid writes, and read back as the values the plan holds.
import { describe, expect, it } from "vitest";
import { emptySheetPlan, type OwnedSheetPlan, type PlanValue } from "../../src/core/plan/types";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { WorkbookModel } from "../../src/xlsx/package/workbookModel";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { SheetGrid } from "../../src/xlsx/write/sheetGrid";
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

/**
 * The plan with each block given twice: rows two blocks reach are composed cell by cell in the
 * grid, and the second block writes the same cells over the first, so the sheet must be the same.
 */
function throughGrid(plan: OwnedSheetPlan): OwnedSheetPlan {
  return { ...plan, blocks: [...plan.blocks, ...plan.blocks.map((b) => ({ ...b }))] };
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
    const a = written(plain);
    const b = written(throughGrid(plain));
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

/**
 * A summary-like plan whose block rows styles reach without merging them: a wrapped column, a
 * fill past the block's columns, the General format over text, bold set then unset, wrap unset,
 * a percent format, a height, a merged row, a second block with a coloured row, and a fill over
 * rows no block reaches.
 */
function styledPlan(): OwnedSheetPlan {
  const plan = emptySheetPlan("slips", "提示单");
  const columnFormats = [null, "0.00", "yyyy-mm-dd", null];
  plan.blocks.push({
    row: 0,
    column: 1,
    values: [
      ["标题", null, null, null],
      ["合并行", "", 1, null],
      ["=A1", 2.5, 44288, true],
      ["整改中", "", null, false],
      ["已完成", 3, 44300, "备注"],
      [" 空格 ", null, 44301],
      ["第一行\n第二行", 0.25, "文本日期", null],
      ["末行", -1, 44302, "@SUM(1)"],
    ],
    columnFormats,
  });
  plan.blocks.push({
    row: 10,
    column: 0,
    values: [
      ["甲", 1],
      ["乙", 2],
      ["丙", 3],
    ],
  });
  const area = (row: number, column: number, rowCount: number, columnCount: number) => ({
    row,
    column,
    rowCount,
    columnCount,
  });
  plan.styles.push(
    { area: area(0, 1, 1, 4), bold: true, fontSize: 16 },
    { area: area(1, 1, 1, 2), merge: true, bold: true },
    { area: area(0, 3, 8, 1), wrap: true },
    { area: area(2, 0, 3, 7), fill: "#FFC000", rowHeight: 20 },
    { area: area(3, 1, 1, 4), numberFormat: "General" },
    { area: area(4, 1, 2, 2), bold: true },
    { area: area(5, 1, 1, 1), bold: false },
    { area: area(6, 3, 1, 1), wrap: false },
    { area: area(6, 4, 1, 1), numberFormat: "0%" },
    { area: area(7, 0, 1, 1), rowHeight: 30 },
    { area: area(11, 0, 1, 2), fontColor: "#C00000", horizontal: "Center" },
    { area: area(14, 0, 2, 3), fill: "#D9D9D9" },
  );
  return plan;
}

describe("block rows that styles reach", () => {
  it("are kept as runs of the block's rows, not as cells, unless a merge reaches them", () => {
    const grid = SheetGrid.of(styledPlan());
    // Row 1 is merged; rows 14 and 15 are styled blanks no block reaches.
    expect([...grid.rows.keys()].sort((a, b) => a - b)).toEqual([1, 14, 15]);
    const rows = grid.runs.flatMap((r) => Array.from({ length: r.count }, (_, i) => r.row + i));
    expect(rows).toEqual([0, 2, 3, 4, 5, 6, 7, 10, 11, 12]);
    // Rows that the same styles reach are one run: 10 and 12 are, 11 is not.
    expect(grid.runs.map((r) => [r.row, r.count])).toEqual([
      [0, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
      [7, 1],
      [10, 1],
      [11, 1],
      [12, 1],
    ]);
  });

  it("come out as the cells the grid composes, with the same styles in the same order", () => {
    const a = written(styledPlan());
    const b = written(throughGrid(styledPlan()));
    expect(sheetXml(a)).toBe(sheetXml(b));
    expect(a.text("xl/sharedStrings.xml")).toBe(b.text("xl/sharedStrings.xml"));
    expect(a.text("xl/styles.xml")).toBe(b.text("xl/styles.xml"));
    // The fill reaches past the block on both sides: formatted blanks, in the dimension.
    expect(sheetXml(a)).toMatch(/<c r="A3" s="\d+"\/>/);
    expect(sheetXml(a)).toMatch(/<c r="G5" s="\d+"\/>/);
    expect(sheetXml(a)).toContain('<dimension ref="A1:G16"/>');
    expect(sheetXml(a)).toContain('<row r="3" ht="20" customHeight="1">');
  });

  it("make one run of many rows under one style, written as the grid would", () => {
    const plan = emptySheetPlan("slips", "提示单");
    const values = Array.from({ length: 300 }, (_, i) => [`编号${i}`, `问题${i % 7}`, i]);
    plan.blocks.push({ row: 0, column: 0, values: [["编号", "问题", "金额"]] });
    plan.blocks.push({ row: 1, column: 0, values, columnFormats: [null, null, "0.00"] });
    plan.styles.push(
      { area: { row: 0, column: 0, rowCount: 1, columnCount: 3 }, bold: true, fill: "#D9D9D9" },
      { area: { row: 1, column: 1, rowCount: 300, columnCount: 1 }, wrap: true },
    );
    const grid = SheetGrid.of(plan);
    expect(grid.rows.size).toBe(0);
    expect(grid.runs.map((r) => [r.row, r.count])).toEqual([
      [0, 1],
      [1, 300],
    ]);
    const a = written(plan);
    const b = written(throughGrid(plan));
    expect(sheetXml(a)).toBe(sheetXml(b));
    expect(a.text("xl/styles.xml")).toBe(b.text("xl/styles.xml"));
  });

  it("that the same styles reach apart from each other (every other row filled) write the same", () => {
    const plan = emptySheetPlan("summary", "汇总");
    const values = Array.from({ length: 40 }, (_, i) => [`院${i}`, i % 3 === 0 ? "" : i, null]);
    plan.blocks.push({ row: 0, column: 0, values, columnFormats: [null, "0.00", null] });
    for (let r = 0; r < 40; r += 2)
      plan.styles.push({
        area: { row: r, column: 0, rowCount: 1, columnCount: 4 },
        fill: "#F2F2F2",
      });
    plan.styles.push({ area: { row: 5, column: 1, rowCount: 30, columnCount: 1 }, bold: true });
    expect(SheetGrid.of(plan).runs.length).toBeGreaterThan(30);
    const a = written(plan);
    const b = written(throughGrid(plan));
    expect(sheetXml(a)).toBe(sheetXml(b));
    expect(a.text("xl/styles.xml")).toBe(b.text("xl/styles.xml"));
  });
});
