/* eslint-disable office-addins/call-sync-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Host errors must reach add-in code exactly as Excel's do: OfficeExtension.Error with a code,
// the batch stopped at the failing action, and every unmodeled call refused, never ignored.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

describe("host errors", () => {
  it("reports a missing sheet as an OfficeExtension.Error with code ItemNotFound", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("不存在").getRange("A1");
        range.load("values");
        await ctx.sync();
      }),
    );
    expect(error).toBeInstanceOf(fx.OfficeExtension.Error);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("ItemNotFound");
    expect(error.code).toBe(fx.Excel.ErrorCodes.itemNotFound);
    expect(error.message).toContain("不存在");
    expect(error.debugInfo?.errorLocation).toBe("WorksheetCollection.getItem");
  });

  it("gives a null object, not an error, for getItemOrNullObject", async () => {
    const fx = await createFakeExcel();
    const isNull = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItemOrNullObject("不存在");
      await ctx.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("stops the batch at the failing action and keeps what ran before it", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2").values = [["too", "wide"]];
        sheet.getRange("A3").values = [["after"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    const sheet = fx.workbook.findSheet("Sheet1");
    expect(sheet?.peek(0, 0)?.value).toBe("before");
    expect(sheet?.peek(1, 0)).toBeUndefined();
    expect(sheet?.peek(2, 0)).toBeUndefined();
  });

  it("refuses a 2-D array whose shape does not match the range", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toContain("dimensions must match");
  });

  it("fails closed on an API the fake does not model, naming the object and member", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("B1").copyFrom("A1");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.message).toContain("Range.copyFrom");
    expect(error.message).toContain("not modeled");
  });

  it("fails closed on an unknown property in load()", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.load("style");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toContain('"style"');
  });
});

describe("requirement sets", () => {
  it("refuses an API newer than the host's ExcelApi version with ApiNotFound", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.4" });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const merged = ctx.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1:C3")
          .getMergedAreasOrNullObject();
        merged.load("address");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.message).toContain("ExcelApi 1.13");
  });

  it("refuses conditional formats on an ExcelApi 1.4 host and allows them on 1.6", async () => {
    const addRule = (fx: Awaited<ReturnType<typeof createFakeExcel>>) =>
      fx.Excel.run(async (ctx) => {
        const cf = ctx.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1:A9")
          .conditionalFormats.add("ContainsText");
        cf.textComparison.rule = { operator: "Contains", text: "逾期" };
        cf.textComparison.format.fill.color = "#FFC7CE";
        await ctx.sync();
      });
    const old = await createFakeExcel({ apiVersion: "1.4" });
    expect((await catchError(addRule(old))).code).toBe("ApiNotFound");
    expect(old.workbook.findSheet("Sheet1")?.conditionalFormats).toEqual([]);
    const newer = await createFakeExcel({ apiVersion: "1.6" });
    await addRule(newer);
    expect(newer.workbook.findSheet("Sheet1")?.conditionalFormats).toHaveLength(1);
  });

  it("refuses settings before ExcelApi 1.4", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.3" });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.settings.add("k", 1);
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
