/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// Range.formulasR1C1 (ExcelApi 1.2): R1C1 text written to a range is stored as A1 relative to each
// cell, and read back as R1C1 relative to each cell. The tables check the conversion itself; the
// rest goes through the real library.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { a1ToR1C1, r1c1ToA1 } from "../host/formula/references";
import { catchError } from "./catchError";

// [R1C1, cell it is written to (0-based row, column), A1 stored]
const pairs: [string, number, number, string][] = [
  ["=RC", 4, 2, "=C5"],
  ["=R[-1]C[2]", 4, 2, "=E4"],
  ["=R1C1", 4, 2, "=$A$1"],
  ["=R1C", 4, 2, "=C$1"],
  ["=RC1", 4, 2, "=$A5"],
  ["=R[2]C3", 4, 2, "=$C7"],
  ["=SUM(R2C3:R[4]C)", 4, 2, "=SUM($C$2:C9)"],
  ["=SUM(R[-3]C[-2]:R[-1]C[-1])", 4, 2, "=SUM(A2:B4)"],
  ["=SUM(C)", 4, 2, "=SUM(C:C)"],
  ["=SUM(C1)", 4, 2, "=SUM($A:$A)"],
  ["=SUM(C[-1]:C[1])", 4, 2, "=SUM(B:D)"],
  ["=SUM(R)", 4, 2, "=SUM(5:5)"],
  ["=SUM(R2:R3)", 4, 2, "=SUM($2:$3)"],
  ["=SUM(R[-1]:R[1])", 4, 2, "=SUM(4:6)"],
  ["='问题 整改'!R1C1", 4, 2, "='问题 整改'!$A$1"],
  ["=台账!RC[1]", 4, 2, "=台账!D5"],
  ["='It''s'!R[1]C", 4, 2, "='It''s'!C6"],
  ['=IF(RC5="R1C1","RC","C[1]")', 4, 2, '=IF($E5="R1C1","RC","C[1]")'],
  ['="say ""R1C1"""&RC1', 4, 2, '="say ""R1C1"""&$A5'],
  ["=ROUND(RC[-1],0)+COUNT(R1C1:R2C2)", 4, 2, "=ROUND(B5,0)+COUNT($A$1:$B$2)"],
  [
    '=ISNUMBER(MATCH(TRIM(RC5&""),{"已完成","推进中"},0))',
    1,
    8,
    '=ISNUMBER(MATCH(TRIM($E2&""),{"已完成","推进中"},0))',
  ],
  ["=RC[1]-DATE(2021,6,30)", 0, 0, "=B1-DATE(2021,6,30)"],
];

describe("R1C1 ↔ A1", () => {
  it.each(pairs)("%s at row %i column %i is %s", (r1c1, row, column, a1) => {
    expect(r1c1ToA1(r1c1, row, column)).toBe(a1);
    expect(a1ToR1C1(a1, row, column)).toBe(r1c1);
  });

  it.each([
    // A relative R1C1 reference past the edge wraps around the sheet, as in Excel.
    ["=R[-1]C", 0, 0, "=A1048576"],
    ["=RC[-1]", 0, 0, "=XFD1"],
  ])("%s at row %i column %i wraps to %s", (r1c1, row, column, a1) => {
    expect(r1c1ToA1(r1c1, row, column)).toBe(a1);
  });

  it.each([["=LOG10(100)"], ["=R2D2"], ["=CONCAT(1,2)"], ['="=A1"'], ["=TRUE"]])(
    "leaves names and literals of %s alone",
    (formula) => {
      expect(r1c1ToA1(formula, 3, 3)).toBe(formula);
    },
  );
});

async function sheetHost(cells: unknown[][] = [[1, 2, 3]]) {
  return createFakeExcel({
    workbook: { sheets: [{ name: "台账", cells: cells as never }, { name: "别的表" }] },
  });
}

describe("Range.formulasR1C1 through the library", () => {
  it("one R1C1 formula for a column stores each cell's own A1 formula", async () => {
    const fx = await sheetHost();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("D2:D4").formulasR1C1 =
        "=RC[-3]*2+R1C1" as unknown as string[][];
      await ctx.sync();
    });
    const sheet = fx.workbook.findSheet("台账")!;
    expect([1, 2, 3].map((r) => sheet.peek(r, 3)?.formula)).toEqual([
      "=A2*2+$A$1",
      "=A3*2+$A$1",
      "=A4*2+$A$1",
    ]);
  });

  it("a 2-D array sets each cell, values stay values, null leaves a cell alone", async () => {
    const fx = await sheetHost([[1, 2, 3], [], ["留着"]]);
    const read = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("A2:B3");
      range.formulasR1C1 = [
        ["=R[-1]C", "2024-03-05"],
        [null, "=SUM(R1C1:R1C3)"],
      ];
      range.load("formulasR1C1,formulas");
      await ctx.sync();
      return { r1c1: range.formulasR1C1, a1: range.formulas };
    });
    expect(read.a1).toEqual([
      ["=A1", 45356],
      ["留着", "=SUM($A$1:$C$1)"],
    ]);
    expect(read.r1c1).toEqual([
      ["=R[-1]C", 45356],
      ["留着", "=SUM(R1C1:R1C3)"],
    ]);
  });

  it("reads formulas written in A1 as R1C1 relative to their cell", async () => {
    const fx = await sheetHost([
      [1, 2, { formula: "=别的表!B$2+A1" }],
      [{ formula: "=SUM($A$1:C1)" }],
    ]);
    const r1c1 = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("A1:C2");
      range.load("formulasR1C1");
      await ctx.sync();
      return range.formulasR1C1;
    });
    expect(r1c1).toEqual([
      [1, 2, "=别的表!R2C[-1]+RC[-2]"],
      ["=SUM(R1C1:R[-1]C[2])", "", ""],
    ]);
  });

  it("needs ExcelApi 1.2: an older host answers ApiNotFound naming the member", async () => {
    const fx = await createFakeExcel({
      apiVersion: "1.1",
      workbook: { sheets: [{ name: "台账" }] },
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("A1").formulasR1C1 = [["=RC[1]"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.message).toContain("Range.formulasR1C1 needs ExcelApi 1.2");
  });

  it("a 2-D array of the wrong shape is refused like formulas", async () => {
    const fx = await sheetHost();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("A1:A2").formulasR1C1 = [["=RC[1]"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});
