import { describe, expect, it } from "vitest";
import { emptySheetPlan, type Plan, type PlanValue } from "../../src/core/plan/types";
import { writePlan } from "../../src/excel/writePlan";
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

/** A plan written through the one write transaction, as every workflow writes. */
function write(host: TestHost, plan: Plan, eventsOff = false) {
  return host.run((ctx) =>
    writePlan(ctx, { sheets: [], build: () => ({ plan }) }, { supports: host.supports, eventsOff }),
  );
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

  it("replaces its earlier output, found by its mark, in as many requests as the first time plus one", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1" }] });
    const plan = () => {
      const sheet = emptySheetPlan("summary", "台账汇总");
      sheet.blocks.push({ row: 0, column: 0, values: [["标题"], [42]] });
      return { sheets: [sheet], columns: [], notes: [] };
    };
    await write(host, plan());
    const first = host.fx.workbook.findSheet("台账汇总")!;
    // Read (with this run's lock entry), write (content, marks, lock released), Excel.run's close.
    expect(host.fx.requests.count).toBe(3);
    host.fx.requests.reset();
    await write(host, plan());
    // One more: what the earlier output holds now, to be sure nobody typed in it.
    expect(host.fx.requests.count).toBe(4);
    expect(first.deleted).toBe(true);
    expect(host.fx.workbook.liveSheets().map((s) => s.name)).toEqual(["Sheet1", "台账汇总"]);
    expect(host.fx.workbook.settings.keys()).not.toContainEqual(expect.stringMatching(/writer/));
  });

  it("a write that fails midway leaves no half-written sheet and keeps the old one", async () => {
    const host = await testHost({ sheets: [{ name: "Sheet1", cells: [["用户"]] }] });
    await write(host, summaryPlan("汇总表"));
    const before = snapshot(host.fx);
    // Excel refuses a table name that looks like a cell reference, after the new sheet was added.
    const error = await write(host, summaryPlan("A1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaizhangError);
    expect((error as TaizhangError).key).toBe("writeFailed");
    expect((error as TaizhangError).zh).toContain("原有的“台账汇总”保持不变");
    expect(snapshot(host.fx)).toEqual(before);
  });

  it("whichever action of the write fails, the earlier output or the new one is whole", async () => {
    const plan = () => summaryPlan("汇总表");
    const probe = await testHost({ sheets: [{ name: "Sheet1", cells: [["用户"]] }] });
    await write(probe, plan());
    probe.fx.requests.reset();
    await write(probe, plan());
    const actions = probe.fx.requests.actionsOf(2).length;
    expect(actions).toBeGreaterThan(10);
    for (let k = 0; k < actions; k++) {
      const host = await testHost({ sheets: [{ name: "Sheet1", cells: [["用户"]] }] });
      await write(host, plan());
      const before = snapshot(host.fx);
      const earlier = host.fx.workbook.findSheet("台账汇总")!;
      // Read, earlier output, then the write request fails after its first k actions.
      host.fx.failRequest(2, { afterActions: k });
      const error = await write(host, plan()).catch((e: unknown) => e);
      expect((error as TaizhangError).key).toBe("writeFailed");
      // Every sheet left besides the user's is a finished output, whole, and marked so.
      const outputs = host.fx.workbook.names
        .filter((n) => n.name.startsWith("Taizhang_Sheet_summary__") && n.comment.includes('"c":1'))
        .filter((n) => n.target !== null)
        .map((n) => n.target!.sheet);
      expect(outputs.length).toBeGreaterThanOrEqual(1);
      for (const output of outputs) {
        expect(output.deleted).toBe(false);
        expect(output.peek(1, 0)?.value).toBe("阿坝县院");
      }
      const left = host.fx.workbook.liveSheets().map((s) => s.name);
      expect(left.filter((n) => n !== "Sheet1")).toEqual(outputs.map((s) => s.name));
      expect(host.fx.userCellsChangedByAddIn()).toEqual([]);
      expect(host.fx.workbook.settings.keys()).not.toContainEqual(expect.stringMatching(/writer/));
      // When the earlier output is what stands, the workbook is exactly as before the run.
      if (outputs.length === 1 && outputs[0] === earlier) expect(snapshot(host.fx)).toEqual(before);
    }
  });

  describe("with events off for the write", () => {
    const toggles = (host: TestHost) =>
      host.fx.requests.entries.map(
        (_, i) => host.fx.requests.actionsOf(i).filter((a) => a.includes("EnableEvents")).length,
      );

    it("turns them off first and on last in the write request, at no extra request", async () => {
      const host = await testHost({ sheets: [{ name: "Sheet1" }] });
      await write(host, summaryPlan());
      host.fx.requests.reset();
      await write(host, summaryPlan());
      const plain = host.fx.requests.count;
      host.fx.requests.reset();
      await write(host, summaryPlan(), true);
      expect(host.fx.requests.count).toBe(plain);
      // Read, earlier output, write (off … on), Excel.run's close.
      expect(toggles(host)).toEqual([0, 0, 2, 0]);
      expect(host.fx.workbook.eventsEnabled).toBe(true);
    });

    it("turns them on again in the recovery when the write fails", async () => {
      const host = await testHost({ sheets: [{ name: "Sheet1" }] });
      const error = await write(host, summaryPlan("A1"), true).catch((e: unknown) => e);
      expect((error as TaizhangError).key).toBe("writeFailed");
      expect(host.fx.workbook.eventsEnabled).toBe(true);
      expect(host.fx.workbook.liveSheets().map((s) => s.name)).toEqual(["Sheet1"]);
    });

    it("leaves them alone on a host without ExcelApi 1.8", async () => {
      const host = await testHost({ sheets: [{ name: "Sheet1" }], apiVersion: "1.7" });
      await write(host, summaryPlan(), true);
      expect(toggles(host).every((n) => n === 0)).toBe(true);
      expect(host.fx.workbook.findSheet("台账汇总")).toBeDefined();
    });
  });
});
