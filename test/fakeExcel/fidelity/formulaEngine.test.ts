/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time; the
   rules' static guesses misread values returned after sync. */
// The opt-in basic formula engine: what a flag formula shows when a colleague edits a status,
// read back through the real library. Without it, formula cells read #CALC!.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";

const ledger = [
  ["院名称", "进展状态", "完成时限", "标记"],
  [
    "阿坝县院",
    "整改中",
    { value: 45400, numberFormat: "yyyy-mm-dd" },
    { formula: '=IF(B2="已完成","",IF(C2<TODAY(),"逾期",IF(C2-TODAY()<=7,"临期","")))' },
  ],
  [
    "长汀县院",
    "已完成",
    { value: 45300, numberFormat: "yyyy-mm-dd" },
    { formula: '=IF(B3="已完成","",IF(C3<TODAY(),"逾期",IF(C3-TODAY()<=7,"临期","")))' },
  ],
  [
    "同仁市院",
    "未开始",
    { value: 45425, numberFormat: "yyyy-mm-dd" },
    { formula: '=IF(B4="已完成","",IF(C4<TODAY(),"逾期",IF(C4-TODAY()<=7,"临期","")))' },
  ],
];

async function flags(fx: Awaited<ReturnType<typeof createFakeExcel>>) {
  return fx.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("台账").getRange("D2:D4");
    range.load("values");
    await ctx.sync();
    return range.values.map((row) => row[0]);
  });
}

describe("basic formula engine", () => {
  it("evaluates flag formulas against a fixed TODAY and follows a user's edit", async () => {
    // 45420 = 2024-05-07: 45400 is past (逾期), 45425 is 5 days ahead (临期).
    const fx = await createFakeExcel({
      workbook: {
        formulaEngine: "basic",
        today: "2024-05-07",
        sheets: [{ name: "台账", cells: ledger }],
      },
    });
    expect(await flags(fx)).toEqual(["逾期", "", "临期"]);
    fx.userEdit("台账", "B2", [["已完成"]]);
    expect(await flags(fx)).toEqual(["", "", "临期"]);
  });

  it.each([
    ["=1+2*3", 7],
    ['="台账"&"-"&2024', "台账-2024"],
    ['=COUNTIF(台账!B2:B4,"整改中")', 1],
    ['=COUNTIF(台账!B2:B4,"<>已完成")', 2],
    ['=COUNTIFS(台账!B2:B4,"*完成",台账!A2:A4,"长汀*")', 1],
    ["=SUM(台账!C2:C4)", 136125],
    ['=IFERROR(SEARCH("完成",台账!B3),0)', 2],
    ['=AND(TRUE,台账!B2="整改中")', true],
    ["=1/0", "#DIV/0!"],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
    ["=台账!A2", "阿坝县院"],
    ['=HYPERLINK("#台账!A2","跳转")', "跳转"],
  ])("%s evaluates to %s", async (formula, expected) => {
    const fx = await createFakeExcel({
      workbook: {
        formulaEngine: "basic",
        today: "2024-05-07",
        sheets: [
          { name: "台账", cells: ledger },
          { name: "算", cells: [[{ formula }]] },
        ],
      },
    });
    const value = await fx.Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("算").getRange("A1");
      cell.load("values");
      await ctx.sync();
      return cell.values[0]?.[0];
    });
    expect(value).toBe(expected);
  });

  it("leaves formulas unevaluated (#CALC!, an Error value type) without the engine", async () => {
    const fx = await createFakeExcel({ workbook: { sheets: [{ name: "台账", cells: ledger }] } });
    const out = await fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("D2");
      range.load("values,valueTypes");
      await ctx.sync();
      return { value: range.values[0]?.[0], type: range.valueTypes[0]?.[0] };
    });
    expect(out).toEqual({ value: "#CALC!", type: "Error" });
  });
});
