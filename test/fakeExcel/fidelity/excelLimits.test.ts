// Excel's limits on what a sheet holds (see host/model/cellLimits.ts): a cell's 32,767
// characters, a sheet's 65,530 hyperlinks and 1,026 page breaks. The fake refuses past each as
// Excel does, and the add-in's own write (writePlan) stays within them: a long text ends in "…",
// links and page breaks past the limit are left out, and a rerun still knows the sheet as its own.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import { catchError } from "./catchError";
import { emptySheetPlan, type Plan } from "../../../src/core/plan/types";
import { writePlan } from "../../../src/excel/writePlan";

const LIMIT_TEXT = 32_767;

async function fake() {
  return createFakeExcel({ workbook: { sheets: [{ name: "表" }] } });
}

describe("a cell holds at most 32,767 characters", () => {
  it("takes 32,767 and refuses 32,768, as values, as text-format values and as a link's text", async () => {
    const fx = await fake();
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("表");
      sheet.getRange("A1").values = [["字".repeat(LIMIT_TEXT)]];
      await ctx.sync();
    });
    expect((fx.workbook.findSheet("表")!.peek(0, 0)?.value as string).length).toBe(LIMIT_TEXT);
    for (const write of [
      (r: Excel.Range) => (r.values = [["a".repeat(LIMIT_TEXT + 1)]]),
      (r: Excel.Range) => {
        r.numberFormat = [["@"]];
        r.values = [["=" + "a".repeat(LIMIT_TEXT)]];
      },
      (r: Excel.Range) => (r.values = [["'" + "a".repeat(LIMIT_TEXT + 1)]]),
      (r: Excel.Range) =>
        (r.hyperlink = { documentReference: "'表'!A1", textToDisplay: "a".repeat(LIMIT_TEXT + 1) }),
    ]) {
      const error = await catchError(
        fx.Excel.run(async (ctx) => {
          write(ctx.workbook.worksheets.getItem("表").getRange("B1"));
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
      expect(fx.workbook.findSheet("表")!.peek(0, 1)?.value ?? "").toBe("");
    }
  });

  it("refuses the whole array when one of its cells is too long: no cell of it is written", async () => {
    const fx = await fake();
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1:A2").values = [
          ["短"],
          ["长".repeat(LIMIT_TEXT + 1)],
        ];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(fx.workbook.findSheet("表")!.peek(0, 0)?.value ?? "").toBe("");
  });
});

describe("a sheet carries at most 65,530 hyperlinks", () => {
  it("takes the 65,530th and refuses the 65,531st; relinking a linked cell adds none", async () => {
    const fx = await fake();
    const link = { documentReference: "'表'!A1" };
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("表");
      sheet.getRange("A1:A65529").hyperlink = link;
      sheet.getRange("B1").hyperlink = link;
      sheet.getRange("A1").hyperlink = { documentReference: "'表'!B2" };
      await ctx.sync();
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("C1").hyperlink = link;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(fx.workbook.findSheet("表")!.peek(0, 2)?.hyperlink).toBeUndefined();
    // A link removed makes room for another.
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("表");
      sheet.getRange("B1").clear("Hyperlinks");
      sheet.getRange("C1").hyperlink = link;
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("表")!.peek(0, 2)?.hyperlink).toEqual(link);
  });
});

describe("a sheet has at most 1,026 page breaks", () => {
  it("takes the 1,026th and refuses the 1,027th; a break already there adds none", async () => {
    const fx = await fake();
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("表");
      for (let row = 2; row <= 1_026; row++) sheet.horizontalPageBreaks.add(`A${row}`);
      sheet.verticalPageBreaks.add("B1");
      sheet.horizontalPageBreaks.add("A2");
      await ctx.sync();
    });
    const error = await catchError(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").horizontalPageBreaks.add("A2000");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    const sheet = fx.workbook.findSheet("表")!;
    expect(sheet.horizontalPageBreaks.length + sheet.verticalPageBreaks.length).toBe(1_026);
  });
});

describe("the add-in's write stays within the limits", () => {
  const LONG = "长".repeat(39_999) + "😀";

  function slips(fill: (sheet: ReturnType<typeof emptySheetPlan>) => void): Plan {
    const sheet = emptySheetPlan("slips", "工作提示单");
    sheet.blocks.push({ row: 0, column: 0, values: [["标题", "说明"]] });
    fill(sheet);
    return { sheets: [sheet], columns: [], notes: [] };
  }

  async function write(fx: Awaited<ReturnType<typeof fake>>, plan: Plan) {
    const supports = (v: string) => fx.Office.context.requirements.isSetSupported("ExcelApi", v);
    const result = await fx.Excel.run((ctx) =>
      writePlan(ctx, { sheets: [], build: () => ({ plan }) }, { supports }),
    );
    expect(fx.requests.entries.filter((e) => e.errorCode).map((e) => e.errorCode)).toEqual([]);
    return { result, sheet: fx.workbook.findSheet("工作提示单")! };
  }

  it("cuts a text longer than a cell holds at a whole character, ending in …", async () => {
    const fx = await fake();
    const { sheet } = await write(
      fx,
      slips((s) =>
        s.blocks.push({ row: 1, column: 0, values: [["短", LONG, "a" + "😀".repeat(20_000)]] }),
      ),
    );
    const text = sheet.peek(1, 1)?.value as string;
    expect(text).toHaveLength(LIMIT_TEXT);
    expect(text).toBe(`${"长".repeat(LIMIT_TEXT - 1)}…`);
    // 32,766 code units would end in half of an emoji: the cut goes one before it.
    const emoji = sheet.peek(1, 2)?.value as string;
    expect(emoji).toBe(`a${"😀".repeat(16_382)}…`);
    expect(sheet.peek(1, 0)?.value).toBe("短");
  });

  it("writes the first 65,530 links of a sheet and leaves the rest out", async () => {
    const fx = await fake();
    const { sheet } = await write(
      fx,
      slips((s) => {
        for (let i = 0; i < 65_532; i++)
          s.hyperlinks.push({
            row: 1 + i,
            column: 0,
            sheet: "表",
            address: "A1",
            text: `第${i + 1}条`,
          });
      }),
    );
    expect(sheet.peek(65_530, 0)?.hyperlink).toEqual({
      documentReference: "'表'!A1",
      textToDisplay: "第65530条",
    });
    expect(sheet.peek(65_531, 0)?.hyperlink).toBeUndefined();
  }, 120_000);

  it("adds the first 1,026 page breaks of a sheet, each row once", async () => {
    const fx = await fake();
    const { sheet } = await write(
      fx,
      slips((s) => {
        s.print = {
          breaksBefore: [7, 5, 5, ...Array.from({ length: 1_030 }, (_, i) => 10 + i)],
        };
      }),
    );
    expect(sheet.horizontalPageBreaks).toHaveLength(1_026);
    expect(sheet.horizontalPageBreaks.slice(0, 3)).toEqual([5, 7, 10]);
    expect(sheet.horizontalPageBreaks.at(-1)).toBe(1_033);
  });

  it("marks the sheet with the fingerprint of what Excel holds: a rerun replaces it, not keeps it as changed", async () => {
    const fx = await fake();
    const plan = () => slips((s) => s.blocks.push({ row: 1, column: 0, values: [[LONG]] }));
    await write(fx, plan());
    const { result } = await write(fx, plan());
    expect(result.notes.map((n) => n.key)).not.toContain("adopted");
    const named = fx.workbook.sheets.filter((s) => !s.deleted && s.name.startsWith("工作提示单"));
    expect(named.map((s) => s.name)).toEqual(["工作提示单"]);
  });
});
