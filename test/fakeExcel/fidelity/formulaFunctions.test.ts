/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// The basic engine's functions for the formulas the add-in writes: array constants with MATCH,
// text functions, DATEVALUE, error tests, whole-column references — and the real flag formula
// from src/core/plan, written with formulasR1C1 and re-evaluated after a colleague's edit.
import { describe, expect, it } from "vitest";
import { flagScheme, columnFlagScheme } from "../../../src/core/flags";
import { statusReadingFormula } from "../../../src/core/plan/statusFormula";
import { flagFormula } from "../../../src/core/plan";
import { createFakeExcel } from "..";

const data = [
  ["状态", "日期", "文字"],
  ["已完成", { value: 45356, numberFormat: "yyyy-mm-dd" }, "  台账  助手 "],
  ["推进中", 3, "2024年3月5日"],
  ["", 1, "ABCDEF"],
];

async function evaluate(formula: string) {
  const fx = await createFakeExcel({
    workbook: {
      formulaEngine: "basic",
      today: "2024-05-07",
      sheets: [
        { name: "台账", cells: data },
        { name: "算", cells: [[{ formula }]] },
      ],
    },
  });
  return fx.Excel.run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem("算").getRange("A1");
    cell.load("values");
    await ctx.sync();
    return cell.values[0]?.[0] as unknown;
  });
}

describe("basic engine functions", () => {
  it.each([
    ['=MATCH("推进中",{"已完成","推进中"},0)', 2],
    ['=MATCH("未启动",{"已完成","推进中"},0)', "#N/A"],
    ['=ISNUMBER(MATCH(TRIM(台账!A3&""),{"已完成","推进中"},0))', true],
    ['=ISNUMBER(MATCH(TRIM(台账!A4&""),{"已完成","推进中"},0))', false],
    ['=MATCH("推*",台账!A1:A4,0)', 3],
    ['=MATCH("已完成",台账!A:A,0)', 2],
    ["=MATCH(2,{1,2,3},0)", 2],
    ["=MATCH(2.5,{1,2,3})", 2],
    ["=MATCH(0,{1,2,3},1)", "#N/A"],
    ["=MATCH(2,{3,2,1},-1)", 2],
    ["=MATCH(2,{1,2;3,4},0)", "#N/A"],
    ["=MATCH(-1,{1;-1},0)", 2],
    ['=COUNTIF(台账!A:A,"已完成")', 1],
    ["=SUM(台账!B:B)", 45360],
    ['=LEFT("台账助手",2)', "台账"],
    ['=LEFT("台账助手")', "台"],
    ['=RIGHT("台账助手",2)', "助手"],
    ['=MID("台账助手",2,2)', "账助"],
    ['=MID("abc",0,1)', "#VALUE!"],
    ['=LEFT("abc",-1)', "#VALUE!"],
    ["=LEN(台账!C4)", 6],
    ['=TRIM(台账!C2)&"|"', "台账 助手|"],
    ['=SUBSTITUTE("a-b-c","-","")', "abc"],
    ["=DATEVALUE(台账!C3)", 45356],
    ['=DATEVALUE("2024-03-05")=台账!B2', true],
    ['=DATEVALUE("三月")', "#VALUE!"],
    ["=DATEVALUE(45356)", "#VALUE!"],
    ["=YEAR(台账!B2)*10000+MONTH(台账!B2)*100+DAY(台账!B2)", 20240305],
    ["=DATE(2024,3,5)", 45356],
    ["=TODAY()-DATE(2024,5,1)", 6],
    ["=ISERROR(1/0)", true],
    ["=ISERR(NA())", false],
    ["=ISNA(MATCH(9,{1,2},0))", true],
    ['=IFNA(MATCH(9,{1,2},0),"无")', "无"],
    ['=IFERROR(MID("x",0,1),"错")', "错"],
    ["=OR({FALSE,TRUE})", true],
    ['=AND(NOT(台账!A4="x"),OR(台账!B3>2,FALSE))', true],
    ["=ISNUMBER(台账!B3)", true],
    ["=ISNUMBER(台账!C3)", false],
    ["={5,6}", 5],
    ["=MATCH(1,{1,2)", "#NAME?"],
  ])("%s evaluates to %s", async (formula, expected) => {
    expect(await evaluate(formula)).toBe(expected);
  });
});

describe("the add-in's flag formula in the basic engine", () => {
  const scheme = columnFlagScheme(flagScheme("flags"));
  // The flag in D reads the 状态判定 in E, which reads the status in B.
  const formula = flagFormula({
    scheme,
    readingRef: "RC5",
    deadlineRef: "RC3",
    itemRef: "RC1",
    asOf: "DATE(2021,6,30)",
  });

  async function ledger() {
    const fx = await createFakeExcel({
      workbook: {
        formulaEngine: "basic",
        sheets: [
          {
            name: "问题整改",
            cells: [
              ["问题", "状态", "完成时限"],
              ["问题一", "已完成", { value: 44300, numberFormat: "yyyy-mm-dd" }],
              ["问题二", " 推进中 ", { value: 44300, numberFormat: "yyyy-mm-dd" }],
              ["问题三", "未启动", ""],
              ["问题四", "已销号", ""],
              ["", "", ""],
            ],
          },
        ],
      },
    });
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("问题整改");
      sheet.getRange("E2:E6").formulasR1C1 = statusReadingFormula("RC2") as unknown as string[][];
      sheet.getRange("D2:D6").formulasR1C1 = formula.text as unknown as string[][];
      await ctx.sync();
    });
    return fx;
  }

  async function shown(fx: Awaited<ReturnType<typeof ledger>>) {
    return fx.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("问题整改").getRange("D2:D6");
      range.load("values");
      await ctx.sync();
      return range.values.map((row) => row[0] as unknown);
    });
  }

  it("stores each row's formula against its own row and shows the scheme's labels", async () => {
    const fx = await ledger();
    const sheet = fx.workbook.findSheet("问题整改")!;
    expect(sheet.peek(2, 3)?.formula).toContain("$E3");
    expect(sheet.peek(2, 4)?.formula).toContain("$B3");
    expect(sheet.peek(2, 4)?.formula).not.toContain("$B2");
    const labels = await shown(fx);
    expect(labels).toEqual([
      scheme.labels.done,
      scheme.labels.inProgress,
      scheme.labels.notStarted,
      scheme.labels.closed,
      "",
    ]);
    expect(formula.labels).toEqual(expect.arrayContaining(labels.filter((l) => l !== "")));
  });

  it("a colleague's edit of a status changes that row's flag", async () => {
    const fx = await ledger();
    fx.userEdit("问题整改", "B4", [["已完成"]]);
    expect((await shown(fx))[2]).toBe(scheme.labels.done);
  });
});
