/* eslint-disable office-addins/call-sync-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// Range.getSpecialCells (ExcelApi 1.9): which cells of a column hold formulas, typed constants or
// nothing — how code finds a value a person typed over a formula without reading every formula.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";

const seed = {
  sheets: [
    {
      name: "台账",
      cells: [
        ["标识"],
        [{ formula: '="红旗"' }],
        ["人工改为红旗"],
        [{ formula: '="黄旗"' }],
        [null],
        [{ formula: '="黑旗"' }],
      ],
    },
  ],
};

async function areasOf(cellType: "Constants" | "Formulas" | "Blanks", address = "A2:A6") {
  const fx = await createFakeExcel({ workbook: seed });
  return fx.Excel.run(async (ctx) => {
    const found = ctx.workbook.worksheets
      .getItem("台账")
      .getRange(address)
      .getSpecialCellsOrNullObject(cellType);
    found.load("address");
    found.areas.load("items/address");
    await ctx.sync();
    return found.isNullObject ? null : found.areas.items.map((a) => a.address);
  });
}

describe("special cells", () => {
  it("finds a value typed among formulas, the formulas and the blanks", async () => {
    expect(await areasOf("Constants")).toEqual(["台账!A3"]);
    expect(await areasOf("Formulas")).toEqual(["台账!A2", "台账!A4", "台账!A6"]);
    expect(await areasOf("Blanks")).toEqual(["台账!A5"]);
  });

  it("gives a null object when no cell matches, and getSpecialCells fails", async () => {
    expect(await areasOf("Constants", "A4:A6")).toBeNull();
    const fx = await createFakeExcel({ workbook: seed });
    const error = await fx.Excel.run(async (ctx) => {
      const found = ctx.workbook.worksheets
        .getItem("台账")
        .getRange("A4")
        .getSpecialCells("Constants");
      found.load("address");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("ItemNotFound");
  });

  it("is not there before ExcelApi 1.9", async () => {
    const fx = await createFakeExcel({ workbook: seed, apiVersion: "1.8" });
    const error = await fx.Excel.run(async (ctx) => {
      const found = ctx.workbook.worksheets
        .getItem("台账")
        .getRange("A2:A6")
        .getSpecialCellsOrNullObject("Constants");
      found.load("address");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("ApiNotFound");
  });
});
