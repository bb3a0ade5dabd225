/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Data validation and conditional formats: the rules the add-in's templates and flags write.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

describe("data validation", () => {
  it("stores a list rule with a Chinese error alert and reads it back", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B100");
      range.dataValidation.rule = {
        list: { inCellDropDown: true, source: "未开始,整改中,已完成,已销号" },
      };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "输入有误",
        message: "请从下拉列表中选择进展状态",
      };
      const inner = range.getCell(5, 0).dataValidation;
      inner.load("type,rule,errorAlert");
      const partial = ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:B2").dataValidation;
      partial.load("type");
      await ctx.sync();
      return {
        type: inner.type,
        rule: inner.rule,
        alert: inner.errorAlert.message,
        partial: partial.type,
      };
    });
    expect(out).toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "未开始,整改中,已完成,已销号" } },
      alert: "请从下拉列表中选择进展状态",
      partial: "Inconsistent",
    });
  });

  it.each([
    ["no rule kind", {}],
    ["two rule kinds", { list: { source: "a" }, custom: { formula: "=TRUE" } }],
    ["a decimal rule without operator", { decimal: { formula1: 0 } }],
    ["Between without formula2", { date: { operator: "Between", formula1: "2024-01-01" } }],
  ])("refuses %s with InvalidArgument", async (_label, rule) => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A9").dataValidation.rule =
          rule as Excel.DataValidationRule;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("is unavailable before ExcelApi 1.8", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.7" });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          wholeNumber: { operator: "GreaterThan", formula1: 0 },
        };
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("conditional formats", () => {
  it("adds containsText, cellValue and custom rules and lists them", async () => {
    const fx = await createFakeExcel();
    const out = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("D2:D50");
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "逾期" };
      text.textComparison.format.fill.color = "#FFC7CE";
      text.textComparison.format.font.color = "#9C0006";
      const value = range.conditionalFormats.add("CellValue");
      value.cellValue.rule = { formula1: "0", operator: "LessThan" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=$D2="临期"';
      custom.custom.format.fill.color = "#FFEB9C";
      const count = range.conditionalFormats.getCount();
      range.conditionalFormats.load("items/type");
      await ctx.sync();
      return { count: count.value, types: range.conditionalFormats.items.map((c) => c.type) };
    });
    expect(out.count).toBe(3);
    expect(out.types.sort()).toEqual(["CellValue", "ContainsText", "Custom"]);
    const sheet = fx.workbook.findSheet("Sheet1");
    expect(sheet?.conditionalFormats.find((c) => c.type === "ContainsText")).toMatchObject({
      rule: { operator: "Contains", text: "逾期" },
      format: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
      rect: { top: 1, left: 3, bottom: 49, right: 3 },
    });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D:D").conditionalFormats.clearAll();
      await ctx.sync();
    });
    expect(sheet?.conditionalFormats).toEqual([]);
  });
});
