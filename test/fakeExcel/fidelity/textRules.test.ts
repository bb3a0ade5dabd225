/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// Text rules where a lenient fake would pass code that Excel fails: TRIM keeps every space but
// U+0020, exact-match lookups read *, ? and ~ as wildcards, and formulas have length limits.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";

const ledger = [["状态"], ["已销号"], ["已完成"], ["推进中"], ["*号"], ["a?b"]];

async function evaluate(formula: string, cells: unknown[][] = ledger) {
  const fx = await createFakeExcel({
    workbook: {
      formulaEngine: "basic",
      sheets: [
        { name: "台账", cells: cells as string[][] },
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

describe("TRIM removes only ASCII spaces", () => {
  it.each([
    ["  台账   助手  ", "台账 助手"],
    ["\u00a0台账\u00a0", "\u00a0台账\u00a0"],
    ["\u3000台账\u3000", "\u3000台账\u3000"],
    ["\t台账\n", "\t台账\n"],
    [" 已 \u00a0 完成 ", "已 \u00a0 完成"],
  ])("TRIM(%j) is %j", async (input, expected) => {
    expect(await evaluate("=TRIM(台账!A1)", [[input]])).toBe(expected);
  });
});

describe("exact-match lookups treat * ? ~ as wildcards", () => {
  it.each([
    ['=MATCH("已*",台账!A1:A6,0)', 2],
    ['=COUNTIF(台账!A:A,"已*")', 2],
    ['=COUNTIF(台账!A:A,"<>已*")', 4],
    ['=COUNTIF(台账!A:A,"已?成")', 1],
    ['=COUNTIF(台账!A:A,"~*号")', 1],
    ['=COUNTIF(台账!A:A,"*号")', 2],
    ['=MATCH("~*号",台账!A1:A6,0)', 5],
    ['=COUNTIF(台账!A:A,"a~?b")', 1],
    ['=COUNTIFS(台账!A:A,"已*",台账!A:A,"*成")', 1],
  ])("%s → %j", async (formula, expected) => {
    expect(await evaluate(formula)).toBe(expected);
  });
});

describe("formula length limits", () => {
  const write = async (formula: string) => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("B1").values = [["前一个动作"]];
        sheet.getRange("A1").formulas = [[formula]];
        await ctx.sync();
      }),
    ).catch(() => null);
    return { fx, error };
  };

  it("refuses a text constant longer than 255 characters and keeps the actions before it", async () => {
    const { fx, error } = await write(`="${"字".repeat(256)}"`);
    expect(error?.code).toBe("InvalidArgument");
    expect(fx.workbook.findSheet("Sheet1")?.peek(0, 0)).toBeUndefined();
    expect(fx.workbook.findSheet("Sheet1")?.peek(0, 1)?.value).toBe("前一个动作");
  });

  it("accepts a text constant of exactly 255 characters, and long text split with &", async () => {
    const fx = await createFakeExcel();
    const exact = `="${"字".repeat(255)}"`;
    const joined = `="${"字".repeat(200)}"&"${"字".repeat(200)}"`;
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").formulas = [[exact], [joined]];
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("Sheet1")?.peek(1, 0)?.formula).toBe(joined);
  });

  it("counts a doubled quote inside a constant as one character", async () => {
    const fx = await createFakeExcel();
    const formula = `="${'""'.repeat(255)}"`;
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("Sheet1")?.peek(0, 0)?.formula).toBe(formula);
  });

  it.each(["=OR()", '=AND(A2="x",OR())', "=IF(A2)", '=FIND("x")', '=MID("abc",1)'])(
    "refuses %s: too few arguments, as Excel refuses it when typed",
    async (formula) => {
      const { fx, error } = await write(formula);
      expect(error?.code).toBe("InvalidArgument");
      expect(fx.workbook.findSheet("Sheet1")?.peek(0, 0)).toBeUndefined();
    },
  );

  it.each([
    "=IF(A2,)",
    "=OR(FALSE)",
    '=SUMPRODUCT(--(A1:A3={"a","b"}))',
    "=TODAY()",
    '=OR(A1={"a"})',
  ])("accepts %s", async (formula) => {
    const { fx, error } = await write(formula);
    expect(error).toBeNull();
    expect(fx.workbook.findSheet("Sheet1")?.peek(0, 0)?.formula).toBe(formula);
  });

  it("refuses a formula longer than 8,192 characters", async () => {
    const long = `=${Array.from({ length: 2100 }, () => "$A$1").join("+")}`;
    expect(long.length).toBeGreaterThan(8192);
    const { error } = await write(long);
    expect(error?.code).toBe("InvalidArgument");
  });

  it("applies the limits to formulasR1C1 and to text typed as a formula", async () => {
    const fx = await createFakeExcel();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [
          [`=IF(RC[1]="","${"x".repeat(300)}")`],
        ];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    const r1c1 = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulasR1C1 = [
          [`="${"x".repeat(300)}"`],
        ];
        await ctx.sync();
      }),
    );
    expect(r1c1.code).toBe("InvalidArgument");
  });
});
