/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Protected sheets and read-only workbooks must refuse writes and keep the workbook unchanged.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

describe("protection", () => {
  it("refuses a write to a protected sheet with AccessDenied and changes nothing", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "台账", protected: true, cells: [["院名称"]] }] },
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("台账");
        sheet.getRange("A1").values = [["改了"]];
        await ctx.sync();
      }),
    );
    expect(error).toBeInstanceOf(fx.OfficeExtension.Error);
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("protected");
    expect(fx.workbook.findSheet("台账")?.peek(0, 0)?.value).toBe("院名称");
    expect(fx.cellLog.entries).toEqual([]);
  });

  it.each([
    ["a number format", (r: Excel.Range) => (r.numberFormat = [["@"]])],
    ["a fill", (r: Excel.Range) => (r.format.fill.color = "#FFC7CE")],
    ["a merge", (r: Excel.Range) => r.getResizedRange(0, 1).merge()],
    ["a clear", (r: Excel.Range) => r.clear()],
    [
      "a validation rule",
      (r: Excel.Range) =>
        (r.dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } }),
    ],
  ])("refuses %s on a protected sheet", async (_label, write) => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "台账", protected: true, cells: [["x"]] }] },
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        write(ctx.workbook.worksheets.getItem("台账").getRange("A1"));
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });

  it("reports protection.protected and allows writes after unprotect", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: [{ name: "台账" }] } });
    const state = await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.protection.protect(undefined, "pw");
      sheet.protection.load("protected");
      await ctx.sync();
      const before = sheet.protection.protected;
      sheet.protection.unprotect("pw");
      sheet.getRange("A1").values = [["ok"]];
      sheet.protection.load("protected");
      await ctx.sync();
      return { before, after: sheet.protection.protected };
    });
    expect(state).toEqual({ before: true, after: false });
    expect(fx.workbook.findSheet("台账")?.peek(0, 0)?.value).toBe("ok");
  });

  it("refuses every write to a read-only workbook with AccessDenied", async () => {
    const fx = await createFakeExcel({ workbook: { readOnly: true } });
    const add = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add("汇总");
        await ctx.sync();
      }),
    );
    const write = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    );
    const setting = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.settings.add("binding", {});
        await ctx.sync();
      }),
    );
    expect([add.code, write.code, setting.code]).toEqual([
      "AccessDenied",
      "AccessDenied",
      "AccessDenied",
    ]);
    expect(fx.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    const readOnly = await fx.Excel.run(async (ctx) => {
      ctx.workbook.load("readOnly");
      await ctx.sync();
      return ctx.workbook.readOnly;
    });
    expect(readOnly).toBe(true);
  });
});
