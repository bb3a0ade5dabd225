/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests run through the real Excel library, which enforces load-before-read at run time. */
// Saving and reopening the file (sheet ids renumbered, names, properties and settings kept),
// two runtimes of the add-in on one workbook, and responses that arrive late or out of order.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";
import type { FakeExcel } from "..";
import { catchError } from "./catchError";

const seed = {
  sheets: [
    { name: "说明", cells: [["说明"]] },
    {
      name: "台账",
      cells: [
        ["院名称", "状态"],
        ["阿坝县院", "整改中"],
      ],
    },
  ],
};

async function sheetIds(fx: FakeExcel) {
  return fx.Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    await ctx.sync();
    return sheets.items.map((s) => [s.name, s.id]);
  });
}

function documentSettings(fx: FakeExcel) {
  return fx.Office.context.document.settings;
}

function save(fx: FakeExcel) {
  return new Promise<string>((resolve) =>
    documentSettings(fx).saveAsync((result) => resolve(String(result.status))),
  );
}

describe("reopen", () => {
  it("renumbers worksheet ids by tab position and keeps names, properties and settings", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    await fx.Excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("汇总");
      added.position = 0;
      const ledger = ctx.workbook.worksheets.getItem("台账");
      ctx.workbook.names.add("数据", ledger.getRange("A1:B2"));
      ledger.names.add("状态列", ledger.getRange("B:B"));
      ledger.customProperties.add("taizhang.kind", "problem");
      ctx.workbook.properties.custom.add("taizhang.version", 2);
      ctx.workbook.settings.add("taizhang.bindings", { sheet: "台账" });
      await ctx.sync();
    });
    const before = await sheetIds(fx);
    const ledgerId = before[2]?.[1] ?? "";
    fx.reopen();
    expect(await sheetIds(fx)).toEqual([
      ["汇总", "{00000000-0001-0000-0000-000000000000}"],
      ["说明", "{00000000-0001-0000-0001-000000000000}"],
      ["台账", "{00000000-0001-0000-0002-000000000000}"],
    ]);
    const stale = await catchError(
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(ledgerId);
        sheet.load("name");
        await ctx.sync();
      }),
    );
    expect(stale.code).toBe("ItemNotFound");
    const kept = await fx.Excel.run(async (ctx) => {
      const ledger = ctx.workbook.worksheets.getItem("台账");
      const name = ctx.workbook.names.getItem("数据").getRange();
      const column = ledger.names.getItem("状态列");
      const kind = ledger.customProperties.getItem("taizhang.kind");
      const version = ctx.workbook.properties.custom.getItem("taizhang.version");
      const setting = ctx.workbook.settings.getItem("taizhang.bindings");
      name.load("address");
      column.load("value");
      kind.load("value");
      version.load("value");
      setting.load("value");
      await ctx.sync();
      return [name.address, column.value, kind.value, version.value, setting.value];
    });
    expect(kept).toEqual(["台账!A1:B2", "台账!$B:$B", "problem", 2, { sheet: "台账" }]);
  });

  it("forgets event registrations and settings the runtime never saved", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    const seen: string[] = [];
    await fx.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await ctx.sync();
    });
    documentSettings(fx).set("saved", 1);
    expect(await save(fx)).toBe("succeeded");
    documentSettings(fx).set("unsaved", 2);
    fx.reopen();
    fx.userEdit("台账", "B2", [["已完成"]]);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([]);
    expect([documentSettings(fx).get("saved"), documentSettings(fx).get("unsaved")]).toEqual([
      1,
      null,
    ]);
  });
});

describe("two runtimes on one workbook", () => {
  it("share the cells and workbook.settings, each with its own requests", async () => {
    const pane = await createFakeExcel({ workbook: seed });
    const ribbon = await pane.addRuntime();
    await ribbon.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [["标记"]];
      ctx.workbook.settings.add("taizhang.lastRun", "ribbon");
      await ctx.sync();
    });
    const read = await pane.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("台账").getRange("C1");
      const setting = ctx.workbook.settings.getItem("taizhang.lastRun");
      range.load("values");
      setting.load("value");
      await ctx.sync();
      return [range.values[0]?.[0], setting.value];
    });
    expect(read).toEqual(["标记", "ribbon"]);
    expect([pane.requests.count, ribbon.requests.count]).toEqual([2, 2]);
  });

  it("deliver the other runtime's writes to a listening pane even when the writer turned its own events off", async () => {
    const pane = await createFakeExcel({ workbook: seed });
    const ribbon = await pane.addRuntime();
    const seen: string[] = [];
    await pane.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").onChanged.add(async (e) => {
        seen.push(e.address);
      });
      await ctx.sync();
    });
    await ribbon.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("台账").getRange("C2").values = [["红"]];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(["C2"]);
  });

  it("keep Office.context.document.settings as per-runtime copies: a stale save drops the other's key", async () => {
    const pane = await createFakeExcel({ workbook: { ...seed, settings: { shared: "v1" } } });
    const ribbon = await pane.addRuntime();
    documentSettings(ribbon).set("fromRibbon", true);
    expect(await save(ribbon)).toBe("succeeded");
    expect(documentSettings(pane).get("fromRibbon")).toBeNull();
    documentSettings(pane).set("fromPane", true);
    expect(await save(pane)).toBe("succeeded");
    expect([...pane.workbook.settings.keys()]).toEqual(["shared", "fromPane"]);
    await new Promise<void>((resolve) => documentSettings(ribbon).refreshAsync(() => resolve()));
    expect(documentSettings(ribbon).get("fromRibbon")).toBeNull();
  });

  it("interleave their requests as they arrive", async () => {
    const pane = await createFakeExcel({ workbook: seed });
    const ribbon = await pane.addRuntime();
    const order: string[] = [];
    pane.beforeRequest(({ index }) => order.push(`pane${index}`));
    ribbon.beforeRequest(({ index }) => order.push(`ribbon${index}`));
    const twoSyncs = (fx: FakeExcel, column: string) =>
      fx.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("台账");
        sheet.getRange(`${column}1`).values = [["一"]];
        await ctx.sync();
        sheet.getRange(`${column}2`).values = [["二"]];
        await ctx.sync();
      });
    await Promise.all([twoSyncs(pane, "D"), twoSyncs(ribbon, "E")]);
    expect(order.slice(0, 4)).toEqual(["pane0", "ribbon0", "pane1", "ribbon1"]);
  });

  it("both fail while a person edits a cell", async () => {
    const pane = await createFakeExcel({ workbook: seed });
    const ribbon = await pane.addRuntime();
    pane.enterCellEdit();
    const error = await catchError(
      ribbon.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange("C1").values = [["x"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    const saved = await save(pane);
    expect(saved).toBe("failed");
  });
});

describe("latency", () => {
  it("delays answers so that overlapping runs can finish out of order", async () => {
    const fx = await createFakeExcel({ workbook: seed });
    fx.setLatency(({ index }) => (index === 0 ? 40 : 0));
    const finished: string[] = [];
    const write = (column: string) =>
      fx.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("台账").getRange(`${column}1`).values = [[column]];
        await ctx.sync();
        finished.push(column);
      });
    await Promise.all([write("D"), write("E")]);
    expect(finished).toEqual(["E", "D"]);
    expect(fx.workbook.findSheet("台账")?.peek(0, 3)?.value).toBe("D");
  });
});
