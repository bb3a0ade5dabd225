import { describe, expect, it } from "vitest";
import { createRecheck, queueEvents, watchSheet } from "../../src/excel/onChanged";
import { seedOf, testHost } from "./_lib/host";
import { problemSheet } from "./_lib/ledgers";
import { readEditedRows } from "../../src/excel/readEditedRows";
import { readLedger } from "../../src/core/read";

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
});

describe("reading the edited rows again", () => {
  it("reads the header and just the edited rows in one request, at their positions", async () => {
    const sheet = problemSheet(30);
    const host = await testHost({ sheets: [seedOf(sheet)] });
    host.fx.userEdit("问题整改", "F6", [["某日"]]);
    const input = await host.run((ctx) => readEditedRows(ctx, "问题整改", 1, [6, 7, 20]));
    // The read, and Excel.run's closing request.
    expect(host.fx.requests.count).toBeLessThanOrEqual(2);
    expect(input.values[1]).toEqual(sheet.values[1]);
    expect(input.values[5]?.[5]).toBe("某日");
    expect(input.values[6]).toEqual(sheet.values[6]);
    expect(input.values[19]).toEqual(sheet.values[19]);
    expect(input.values[10] ?? []).toEqual([]);
    // The core re-validates just those rows: the bad date is reported at its own row.
    const result = readLedger(input, { kind: "problem", contextYear: 2021 });
    expect(result.rows.map((r) => r.rowNumber)).toEqual([6, 7, 20]);
    expect(result.errors.some((e) => e.rowNumber === 6 && e.fieldNumber === 6)).toBe(true);
  });
});
