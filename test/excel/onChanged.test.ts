import { describe, expect, it } from "vitest";
import { changedRows, createRecheck, queueEvents, watchSheet } from "../../src/excel/onChanged";
import { testHost } from "./_lib/host";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("re-checking edited rows", () => {
  it("hands the edited data rows over once, after the user pauses", async () => {
    const host = await testHost({
      sheets: [
        {
          name: "台账",
          cells: [["标题"], ["院名称", "状态"], ["阿坝县院", "推进中"], ["甘洛县院", "未启动"]],
        },
      ],
    });
    const batches: number[][] = [];
    const recheck = createRecheck({
      headerRow: 1,
      debounceMs: 30,
      onRows: (rows) => batches.push(rows),
    });
    await host.run(async (ctx) => {
      watchSheet(ctx, "台账", recheck);
      await ctx.sync();
    });
    host.fx.userEdit("台账", "B3", [["已完成"]]);
    host.fx.userEdit("台账", "A4:B5", [
      ["甘洛县院", "已完成"],
      ["响水县院", "推进中"],
    ]);
    host.fx.userEdit("台账", "A2", [["院"]]);
    await wait(10);
    expect(batches).toEqual([]);
    await wait(60);
    expect(batches).toEqual([[3, 4, 5]]);
  });

  it("does not see the add-in's own write when events are off from its first action to its last", async () => {
    const host = await testHost({
      sheets: [
        {
          name: "台账",
          cells: [
            ["院名称", "状态"],
            ["阿坝县院", "推进中"],
          ],
        },
      ],
    });
    const batches: number[][] = [];
    const recheck = createRecheck({
      headerRow: 0,
      debounceMs: 10,
      onRows: (rows) => batches.push(rows),
    });
    await host.run(async (ctx) => {
      watchSheet(ctx, "台账", recheck);
      await ctx.sync();
    });
    host.fx.requests.reset();
    await host.run(async (ctx) => {
      queueEvents(ctx, false, host.supports);
      ctx.workbook.worksheets.getItem("台账").getRange("C2").values = [["红旗"]];
      queueEvents(ctx, true, host.supports);
      await ctx.sync();
    });
    const quietWrite = host.fx.requests.count;
    await wait(40);
    expect(batches).toEqual([]);
    // The same write without them is seen, so the silence above is the events being off; and it
    // costs as many requests: off and on again ride in the write's own request.
    host.fx.requests.reset();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C2").values = [["绿旗"]];
      await ctx.sync();
    });
    expect(host.fx.requests.count).toBe(quietWrite);
    await wait(40);
    expect(batches).toEqual([[2]]);
    batches.length = 0;
    host.fx.userEdit("台账", "B2", [["已完成"]]);
    await wait(40);
    expect(batches).toEqual([[2]]);
  });

  it("sees whole-row and whole-column changes: pasted rows by number, moved rows as the whole ledger", async () => {
    const host = await testHost({
      sheets: [
        {
          name: "台账",
          cells: [
            ["院名称", "状态"],
            ["阿坝县院", "推进中"],
            ["甘洛县院", "未启动"],
            ["响水县院", "推进中"],
          ],
        },
      ],
    });
    const batches: number[][] = [];
    const recheck = createRecheck({
      headerRow: 0,
      debounceMs: 10,
      onRows: (rows) => batches.push(rows),
    });
    await host.run(async (ctx) => {
      watchSheet(ctx, "台账", recheck);
      await ctx.sync();
    });
    // Excel sends "2:3" (RangeEdited) for a paste over whole rows: those rows.
    host.fx.userPaste("台账", "2:3", [
      ["阿坝县院", "已完成"],
      ["甘洛县院", "已完成"],
    ]);
    await wait(40);
    expect(batches).toEqual([[2, 3]]);
    // Rows inserted or deleted move every row below; a column changes every row: the whole
    // ledger (an empty list), once for edits made together.
    for (const act of [
      () => host.fx.userInsert("台账", "3:3"),
      () => host.fx.userDelete("台账", "3:3"),
      () => host.fx.userInsert("台账", "C:C"),
      () => host.fx.userDelete("台账", "C:C"),
    ]) {
      batches.length = 0;
      act();
      host.fx.userEdit("台账", "B2", [["推进中"]]);
      await wait(40);
      expect(batches).toEqual([[]]);
    }
  });

  it("reads the addresses Excel sends", () => {
    expect(changedRows({ address: "B3:C5", changeType: "RangeEdited" })).toEqual([
      { from: 2, to: 4 },
    ]);
    expect(changedRows({ address: "5:7" })).toEqual([{ from: 4, to: 6 }]);
    expect(changedRows({ address: "$5:$7" })).toEqual([{ from: 4, to: 6 }]);
    expect(changedRows({ address: "A1:B2, D5" })).toEqual([
      { from: 0, to: 1 },
      { from: 4, to: 4 },
    ]);
    expect(changedRows({ address: "5:7", changeType: "RowDeleted" })).toBe("all");
    expect(changedRows({ address: "C:C", changeType: "RangeEdited" })).toBe("all");
    expect(changedRows({ address: "1:1048576" })).toBe("all");
  });
});
