import { describe, expect, it } from "vitest";
import { emptySheetPlan, type PlanValue } from "../../src/core/plan/types";
import { executePlan } from "../../src/excel/executePlan";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { testHost, type TestHost } from "./_lib/host";
import { INJECTIONS } from "./_lib/ledgers";
import { snapshot } from "./_lib/snapshot";
import { TaizhangError } from "../../src/excel/error";

/** A summary sheet with a two-row table named `tableName`: what the write tests below add. */
function summaryPlan(tableName = "汇总表") {
  const sheet = emptySheetPlan("summary", "台账汇总");
  sheet.blocks.push({
    row: 0,
    column: 0,
    values: [
      ["院", "数"],
      ["阿坝县院", 1],
    ],
  });
  sheet.tables.push({
    name: tableName,
    area: { row: 0, column: 0, rowCount: 2, columnCount: 2 },
  });
  return { sheets: [sheet], columns: [], notes: [] };
}

describe("executePlan", () => {
  it("splits a write past the request budget into blocks, each under the host's limit", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1", cells: [["用户"]] }] });
    host.fx.setPayloadLimit(300_000);
    const values: PlanValue[][] = Array.from({ length: 6_000 }, (_, r) => [
      r + 1,
      `第${r + 1}项事项说明`,
      INJECTIONS[r % INJECTIONS.length]!,
      r % 7,
    ]);
    const sheet = emptySheetPlan("slips", "工作提示单");
    sheet.blocks.push({ row: 0, column: 0, values });
    const result = await host.run(async (ctx) => {
      const { survey } = await readWorkbook(ctx, [], host.supports);
      return executePlan(
        ctx,
        { sheets: [sheet], columns: [], notes: [] },
        { survey, sheets: [], supports: host.supports, requestBytes: 250_000 },
      );
    });
    expect(result.syncs).toBeGreaterThan(2);
    expect(host.fx.requests.entries.every((e) => e.bytes <= 300_000 && !e.errorCode)).toBe(true);
    const written = host.fx.workbook.findSheet("工作提示单")!;
    expect(written.peek(5_999, 1)?.value).toBe("第6000项事项说明");
    expect(written.peek(5_999, 0)?.value).toBe(6_000);
    for (let r = 0; r < 8; r++) {
      expect(written.peek(r, 2)?.value).toBe(INJECTIONS[r % INJECTIONS.length]);
      expect(written.peek(r, 2)?.formula).toBeUndefined();
    }
  });

  it("records an owned sheet by id and replaces it without growing the request count", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1" }] });
    const plan = () => {
      const sheet = emptySheetPlan("summary", "台账汇总");
      sheet.blocks.push({ row: 0, column: 0, values: [["标题"], [42]] });
      return { sheets: [sheet], columns: [], notes: [] };
    };
    const run = () =>
      host.run(async (ctx) => {
        const { survey } = await readWorkbook(ctx, [], host.supports);
        return executePlan(ctx, plan(), { survey, sheets: [], supports: host.supports });
      });
    const first = await run();
    const id = first.bindings.ownedSheets[0]!.id;
    expect(host.fx.workbook.findSheet(id)?.name).toBe("台账汇总");
    host.fx.requests.reset();
    const second = await run();
    expect(host.fx.requests.count).toBeLessThanOrEqual(4);
    expect(second.bindings.ownedSheets).toHaveLength(1);
    expect(second.bindings.ownedSheets[0]!.id).not.toBe(id);
    expect(host.fx.workbook.findSheet(id)?.deleted ?? true).toBe(true);
    expect(host.fx.workbook.liveSheets().map((s) => s.name)).toEqual(["Sheet1", "台账汇总"]);
  });

  it("a write that fails midway leaves no half-written sheet and keeps the old one", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1", cells: [["用户"]] }] });
    const run = (tableName: string) =>
      host.run(async (ctx) => {
        const { survey } = await readWorkbook(ctx, [], host.supports);
        return executePlan(ctx, summaryPlan(tableName), {
          survey,
          sheets: [],
          supports: host.supports,
        });
      });
    await run("汇总表");
    const before = snapshot(host.fx);
    // Excel refuses a table name that looks like a cell reference, after the new sheet was added.
    const error = await run("A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaizhangError);
    expect((error as TaizhangError).key).toBe("writeFailed");
    expect(snapshot(host.fx)).toEqual(before);
  });

  describe("with events off for the write", () => {
    const write = (host: TestHost, eventsOff: boolean, tableName?: string) =>
      host.run(async (ctx) => {
        const { survey } = await readWorkbook(ctx, [], host.supports);
        return executePlan(ctx, summaryPlan(tableName), {
          survey,
          sheets: [],
          supports: host.supports,
          eventsOff,
        });
      });
    const toggles = (host: TestHost) =>
      host.fx.requests.entries.map(
        (_, i) => host.fx.requests.actionsOf(i).filter((a) => a.includes("EnableEvents")).length,
      );

    it("turns them off in the first write request and on in the last, at no extra request", async () => {
      const host = await testHost({ sheets: [{ name: "Sheet1" }] });
      await write(host, false);
      host.fx.requests.reset();
      await write(host, false);
      const plain = host.fx.requests.count;
      host.fx.requests.reset();
      await write(host, true);
      expect(host.fx.requests.count).toBe(plain);
      // Read, write (off … ), ids (… on), Excel.run's close.
      expect(toggles(host)).toEqual([0, 1, 1, 0]);
      expect(host.fx.workbook.eventsEnabled).toBe(true);
    });

    it("turns them on again in the clean-up when the write fails", async () => {
      const host = await testHost({ sheets: [{ name: "Sheet1" }] });
      const error = await write(host, true, "A1").catch((e: unknown) => e);
      expect((error as TaizhangError).key).toBe("writeFailed");
      expect(host.fx.workbook.eventsEnabled).toBe(true);
      expect(host.fx.workbook.liveSheets().map((s) => s.name)).toEqual(["Sheet1"]);
    });

    it("leaves them alone on a host without ExcelApi 1.8", async () => {
      const host = await testHost({ sheets: [{ name: "Sheet1" }], apiVersion: "1.7" });
      await write(host, true);
      expect(toggles(host).every((n) => n === 0)).toBe(true);
      expect(host.fx.workbook.findSheet("台账汇总")).toBeDefined();
    });
  });
});
