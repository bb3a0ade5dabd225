/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time (and
   some read before load on purpose); the rules' static guesses misread values returned after sync. */
// Excel stores what an add-in writes as if a user typed it. Text from user cells must stay text;
// these tests show which writes turn into formulas or numbers and which stay as written.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";

async function writeAndRead(input: string, numberFormat?: string) {
  const fx = await createFakeExcel();
  const read = await fx.Excel.run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (numberFormat !== undefined) cell.numberFormat = [[numberFormat]];
    cell.values = [[input]];
    cell.load("values,formulas,valueTypes,text");
    await ctx.sync();
    return {
      values: cell.values[0]?.[0],
      formulas: cell.formulas[0]?.[0],
      type: cell.valueTypes[0]?.[0],
    };
  });
  return { read, stored: fx.workbook.findSheet("Sheet1")?.peek(0, 0), fx };
}

describe("a string written into a cell", () => {
  it("becomes a formula in a General cell when it starts with =", async () => {
    const { read, stored } = await writeAndRead('=HYPERLINK("http://evil.example","点我")');
    expect(stored?.formula).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(read.formulas).toBe('=HYPERLINK("http://evil.example","点我")');
  });

  it("stays text in a cell formatted @ (Text)", async () => {
    const { read, stored } = await writeAndRead('=HYPERLINK("http://evil.example","点我")', "@");
    expect(stored?.formula).toBeUndefined();
    expect(stored?.value).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(read).toEqual({
      values: '=HYPERLINK("http://evil.example","点我")',
      formulas: '=HYPERLINK("http://evil.example","点我")',
      type: "String",
    });
  });

  it("stays text, without the apostrophe, when it starts with an apostrophe", async () => {
    const { read, stored } = await writeAndRead("'=1+1");
    expect(stored).toMatchObject({ value: "=1+1" });
    expect(stored?.formula).toBeUndefined();
    expect(read.type).toBe("String");
  });

  it.each([["+cmd|' /C calc'!A0"], ["-2+3"], ["@SUM(A2:A9)"]])(
    "%s becomes a formula in a General cell",
    async (input) => {
      const { stored } = await writeAndRead(input);
      expect(stored?.formula).toBe(`=${input}`);
    },
  );

  it.each([
    ["001", 1, "General"],
    ["1,234.5", 1234.5, "General"],
    ["12%", 0.12, "0%"],
    ["TRUE", true, "General"],
    ["2024-03-05", 45356, "yyyy/m/d"],
    ["2024年3月5日", 45356, 'yyyy"年"m"月"d"日"'],
  ])(
    "%s is stored as %s with format %s, as Excel parses typed input",
    async (input, value, format) => {
      const { stored } = await writeAndRead(input);
      expect(stored?.value).toBe(value);
      expect(stored?.numberFormat).toBe(format);
    },
  );

  it("keeps 001 as text in a cell formatted @", async () => {
    const { stored } = await writeAndRead("001", "@");
    expect(stored?.value).toBe("001");
  });

  it("leaves a cell unchanged for null in the array", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "Sheet1", cells: [["keep", "old"]] }] },
    });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [
        [null as unknown as string, "new"],
      ];
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("Sheet1")?.peek(0, 0)?.value).toBe("keep");
    expect(fx.cellLog.entries).toEqual([
      { sheet: "Sheet1", address: "B1", kind: "content", before: "old", after: "new" },
    ]);
  });
});

describe("cell log", () => {
  it("records every changed cell with before and after, and can prove a region untouched", async () => {
    const fx = await createFakeExcel({
      workbook: {
        sheets: [
          {
            name: "台账",
            cells: [
              ["院名称", "状态"],
              ["阿坝县院", "整改中"],
            ],
          },
        ],
      },
    });
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.getRange("C1:C2").values = [["标记"], ["逾期"]];
      sheet.getRange("A2").numberFormat = [["@"]];
      await ctx.sync();
    });
    expect(fx.cellLog.entries).toEqual([
      { sheet: "台账", address: "C1", kind: "content", before: "", after: "标记" },
      { sheet: "台账", address: "C2", kind: "content", before: "", after: "逾期" },
      { sheet: "台账", address: "A2", kind: "format", before: "General", after: "@" },
    ]);
    expect(
      fx.cellLog
        .touching("台账", { top: 0, left: 0, bottom: 1, right: 1 })
        .filter((w) => w.kind === "content"),
    ).toEqual([]);
    fx.cellLog.reset();
    expect(fx.cellLog.entries).toEqual([]);
  });

  it("records the cells a merge empties", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "s", cells: [["标题", "会丢"]] }] },
    });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("s").getRange("A1:B1").merge();
      await ctx.sync();
    });
    expect(fx.cellLog.entries).toEqual([
      { sheet: "s", address: "B1", kind: "content", before: "会丢", after: "" },
    ]);
  });
});
