// worksheet.onChanged goes through the library's own registration and dispatch; the fake only
// supplies the messages. The add-in's own writes raise events too unless it turns them off.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";

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
