/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// One A1 formula written to a multi-cell range fills it as Excel does (like typing it into the
// selection and pressing Ctrl+Enter): relative references move with each cell, `$` parts stay.
// A 2-D array is taken cell by cell, exactly as written.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { shiftA1 } from "../host/formula/references";

describe("shifting an A1 formula by (rows, columns)", () => {
  it.each([
    ["=A1", 1, 0, "=A2"],
    ["=A1", 0, 2, "=C1"],
    ["=$A$1+$A1+A$1", 3, 3, "=$A$1+$A4+D$1"],
    ["=SUM(A1:B2)", 2, 1, "=SUM(B3:C4)"],
    ["=SUM($A$1:B2)", 2, 1, "=SUM($A$1:C4)"],
    ["=COUNTIF(A:A,B1)", 5, 1, "=COUNTIF(B:B,C6)"],
    ["=SUM($A:$A)+SUM(1:2)", 5, 1, "=SUM($A:$A)+SUM(6:7)"],
    ["='问题 整改'!C3&台账!D4", 1, 1, "='问题 整改'!D4&台账!E5"],
    ['=IF(A1="B2","C3",D4)', 1, 0, '=IF(A2="B2","C3",D5)'],
    ["=LOG10(A1)", 1, 0, "=LOG10(A2)"],
    ["=A2", -1, 0, "=A1"],
    ["=A1+B1", -1, 0, "=#REF!+#REF!"],
    ["=SUM(A1:A3)", 0, -1, "=SUM(#REF!)"],
    ["=XFD1", 0, 1, "=#REF!"],
  ])("%s moved by (%i, %i) is %s", (formula, rows, columns, moved) => {
    expect(shiftA1(formula, rows, columns)).toBe(moved);
  });
});

async function host() {
  return createFakeExcel({
    workbook: {
      formulaEngine: "basic",
      sheets: [
        {
          name: "台账",
          cells: [
            [1, 10],
            [2, 20],
            [3, 30],
          ],
        },
      ],
    },
  });
}

function formulasOf(fx: Awaited<ReturnType<typeof host>>, address: string) {
  return fx.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("台账").getRange(address);
    range.load("formulas,values");
    await ctx.sync();
    return { formulas: range.formulas, values: range.values };
  });
}

describe("one formula written to many cells", () => {
  it("range.formulas = '=A1*$B$1' fills down and right, moving only the relative parts", async () => {
    const fx = await host();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1:D3").formulas =
        "=A1*$B$1" as unknown as string[][];
      await ctx.sync();
    });
    const read = await formulasOf(fx, "C1:D3");
    expect(read.formulas).toEqual([
      ["=A1*$B$1", "=B1*$B$1"],
      ["=A2*$B$1", "=B2*$B$1"],
      ["=A3*$B$1", "=B3*$B$1"],
    ]);
    expect(read.values).toEqual([
      [10, 100],
      [20, 200],
      [30, 300],
    ]);
  });

  it("range.values with one formula fills the same way (it is typed input too)", async () => {
    const fx = await host();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1:C3").values =
        "=B1+1" as unknown as string[][];
      await ctx.sync();
    });
    expect((await formulasOf(fx, "C1:C3")).values).toEqual([[11], [21], [31]]);
  });

  it("a 2-D array of the same formula is stored as written in every cell", async () => {
    const fx = await host();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1:C3").formulas = [
        ["=A1"],
        ["=A1"],
        ["=A1"],
      ];
      await ctx.sync();
    });
    expect((await formulasOf(fx, "C1:C3")).formulas).toEqual([["=A1"], ["=A1"], ["=A1"]]);
  });

  it("a value that is not a formula fills every cell unchanged", async () => {
    const fx = await host();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1:C2").formulas =
        "A1" as unknown as string[][];
      await ctx.sync();
    });
    expect((await formulasOf(fx, "C1:C2")).formulas).toEqual([["A1"], ["A1"]]);
  });

  it("a reference the fill pushes off the sheet becomes #REF!", async () => {
    const fx = await host();
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("XFC1:XFD1").formulas =
        "=XFC2" as unknown as string[][];
      await ctx.sync();
    });
    const sheet = fx.workbook.findSheet("台账")!;
    expect(sheet.peek(0, 16_382)?.formula).toBe("=XFC2");
    expect(sheet.peek(0, 16_383)?.formula).toBe("=XFD2");
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("E1:F1").formulas =
        "=XFD1+$A$1" as unknown as string[][];
      await ctx.sync();
    });
    expect(sheet.peek(0, 4)?.formula).toBe("=XFD1+$A$1");
    expect(sheet.peek(0, 5)?.formula).toBe("=#REF!+$A$1");
  });
});
