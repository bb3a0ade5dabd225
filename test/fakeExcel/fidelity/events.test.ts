// worksheet.onChanged goes through the library's own registration and dispatch; the fake only
// supplies the messages. The add-in's own writes raise events too unless it turns them off.
import { describe, expect, it } from "vitest";
import { createFakeExcel, type WorkbookSeed } from "..";

function nextMacrotask() {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

describe("worksheet.onChanged", () => {
  it("registers a handler through the host and delivers a user's edit to it", async () => {
    const fx = await createFakeExcel({
      workbook: { sheets: [{ name: "台账", cells: [["状态"], ["整改中"]] }] },
    });
    const seen: { address: string; changeType: string; source: string }[] = [];
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").onChanged.add(async (event) => {
        seen.push({ address: event.address, changeType: event.changeType, source: event.source });
      });
      await ctx.sync();
    });
    expect(fx.workbook.findSheet("台账")?.changedEventRegistrations).toBe(1);
    fx.userEdit("台账", "A2", [["已完成"]]);
    await nextMacrotask();
    expect(seen).toEqual([{ address: "A2", changeType: "RangeEdited", source: "Local" }]);
    expect(fx.workbook.findSheet("台账")?.peek(1, 0)?.value).toBe("已完成");
    expect(fx.cellLog.entries).toEqual([]);
  });

  it("raises events for the add-in's own writes unless runtime.enableEvents is false", async () => {
    const fx = await createFakeExcel();
    const seen: string[] = [];
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").onChanged.add(async (event) => {
        seen.push(event.address);
      });
      await ctx.sync();
    });
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      await ctx.sync();
    });
    await nextMacrotask();
    expect(seen).toEqual(["B2:C3"]);
    await fx.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D4").values = [["x"]];
      await ctx.sync();
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await nextMacrotask();
    expect(seen).toEqual(["B2:C3"]);
  });
});

describe("worksheet.onFormatChanged and onRowSorted", () => {
  const seed: WorkbookSeed = {
    sheets: [
      {
        name: "台账",
        cells: [
          ["编号", "日期"],
          ["B", 45356],
          ["A", 45357],
          ["C", 45358],
        ],
      },
    ],
  };

  async function listen(fx: Awaited<ReturnType<typeof createFakeExcel>>) {
    const seen: string[] = [];
    await fx.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("台账");
      sheet.onChanged.add(async (e) => void seen.push(`changed ${e.address}`));
      sheet.onFormatChanged.add(async (e) => void seen.push(`format ${e.address}`));
      sheet.onRowSorted.add(async (e) => void seen.push(`sorted ${e.address}`));
      await ctx.sync();
    });
    return seen;
  }

  it("a format-only edit raises onFormatChanged and no onChanged", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seen = await listen(fx);
    fx.userFormat("台账", "B2:B3", "yyyy-mm-dd");
    await nextMacrotask();
    expect(seen).toEqual(["format B2:B3"]);
    expect(fx.workbook.findSheet("台账")?.peek(1, 1)).toMatchObject({
      value: 45356,
      numberFormat: "yyyy-mm-dd",
    });
  });

  it("the add-in's number formats raise onFormatChanged unless events are off", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seen = await listen(fx);
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("B4").numberFormat = [["0.00"]];
      await ctx.sync();
    });
    await nextMacrotask();
    expect(seen).toEqual(["format B4"]);
  });

  it("a sort moves whole cells and raises onRowSorted at the rows that moved, no onChanged", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seen = await listen(fx);
    fx.userSort("台账", "A2:B4", "A");
    await nextMacrotask();
    expect(seen).toEqual(["sorted A2:B3"]);
    const sheet = fx.workbook.findSheet("台账");
    expect([1, 2, 3].map((r) => [sheet?.peek(r, 0)?.value, sheet?.peek(r, 1)?.value])).toEqual([
      ["A", 45357],
      ["B", 45356],
      ["C", 45358],
    ]);
  });

  it("sort events exist only from ExcelApi 1.10, format events from 1.9", async () => {
    const fx = await createFakeExcel({ apiVersion: "1.9", workbook: seed });
    await expect(
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").onRowSorted.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const older = await createFakeExcel({ apiVersion: "1.8", workbook: seed });
    await expect(
      older.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").onFormatChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
