import { describe, expect, it } from "vitest";
import type { WriteRequest } from "../../src/app/host";
import { writePlan } from "../../src/excel/writePlan";
import { executePlan } from "../../src/excel/executePlan";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { TaizhangError } from "../../src/excel/error";
import { emptySheetPlan } from "../../src/core/plan/types";
import type { ExcelApiVersion, SheetSeed } from "../fakeExcel";
import { seedOf, testHost, type TestHost } from "./_lib/host";
import { INJECTIONS, problemSheet } from "./_lib/ledgers";
import { snapshot } from "./_lib/snapshot";
import { summaryPlans } from "./_lib/summary";

const LEDGER = "问题整改";

/** A problem ledger whose deadline cells partly hold the injection strings (so the issue list copies them). */
function ledgerSeed(rows = 40): SheetSeed {
  const sheet = problemSheet(rows);
  INJECTIONS.forEach((text, i) => {
    sheet.values[10 + i]![5] = text;
  });
  return seedOf(sheet);
}

async function summaryHost(extra: SheetSeed[] = [], apiVersion?: ExcelApiVersion) {
  return testHost({ sheets: [ledgerSeed(), ...extra], ...(apiVersion ? { apiVersion } : {}) });
}

const request: WriteRequest = {
  sheets: [LEDGER],
  build: (reads) => ({ plan: summaryPlans(reads.map((r) => r.input)), activate: true }),
};

/** The summary written through the one write transaction. */
function generateSummary(host: TestHost) {
  return host.run((ctx) => writePlan(ctx, request, { supports: host.supports }));
}

/** The add-in's sheet marks: name → the sheet it points at. */
function marksOf(host: TestHost): [string, string | undefined][] {
  return host.fx.workbook.names
    .filter((n) => n.name.startsWith("Taizhang_Sheet_"))
    .map((n): [string, string | undefined] => [
      n.name.slice(0, n.name.lastIndexOf("__")),
      n.target?.sheet.name,
    ])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** One sheet of the workbook as the snapshot shows it. */
function sheetSnapshot(host: TestHost, name: string): unknown {
  return (snapshot(host.fx) as { sheets: { name: string }[] }).sheets.find((s) => s.name === name);
}

async function refusal(promise: Promise<unknown>): Promise<TaizhangError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TaizhangError);
  return error as TaizhangError;
}

describe("summary, issue list and reminder slips in the workbook", () => {
  it("writes the owned sheets with native charts in ≤ 4 requests, the ledger untouched", async () => {
    const host = await summaryHost();
    const result = await generateSummary(host);
    expect(host.fx.requests.count).toBeLessThanOrEqual(4);
    expect(result.sheetNames).toEqual({
      summary: "台账汇总",
      issues: "台账问题清单",
      slips: "工作提示单",
    });
    const summary = host.fx.workbook.findSheet("台账汇总")!;
    expect(summary.charts.map((c) => c.chartType)).toEqual(["BarStacked", "ColumnClustered"]);
    expect(summary.charts.map((c) => c.title.text)).toEqual([
      expect.stringContaining("标识"),
      expect.stringContaining("完成率"),
    ]);
    // Flags per office in the scheme's colours, each series named by its label (red = done here).
    const flags = summary.charts[0]!;
    const red = flags.series.find((series) => series.name === "红旗");
    expect(red?.fillColor).toBe("#C00000");
    expect(flags.series.find((series) => series.name === "黑旗")?.fillColor).toBe("#000000");
    expect(String(summary.peek(0, 0)?.value)).toContain("截至2021年6月30日");
    expect(String(summary.peek(1, 0)?.value)).toContain("截至2021年6月30日");
    expect(host.fx.cellLog.touching(LEDGER)).toEqual([]);
    // Each owned sheet carries its mark: a hidden workbook name over its A1, kept through save.
    expect(marksOf(host)).toEqual([
      ["Taizhang_Sheet_issues", "台账问题清单"],
      ["Taizhang_Sheet_slips", "工作提示单"],
      ["Taizhang_Sheet_summary", "台账汇总"],
    ]);
    expect(host.fx.workbook.names.every((n) => !n.visible)).toBe(true);
  });

  it("links each issue to the offending cell and keeps user text as text", async () => {
    const host = await summaryHost();
    await generateSummary(host);
    const issues = host.fx.workbook.findSheet("台账问题清单")!;
    const linked = [...issues.cells.values()].filter((c) => c.hyperlink);
    expect(linked.length).toBeGreaterThan(0);
    const targets = linked.map((c) => c.hyperlink?.documentReference);
    // Rows 11-14 hold the injection strings in 完成时限 (F): each is reported and linked.
    for (const row of [11, 12, 13, 14]) expect(targets).toContain(`'问题整改'!F${row}`);
    for (const sheet of host.fx.workbook.liveSheets()) {
      if (sheet.name === LEDGER) continue;
      for (const cell of sheet.cells.values()) {
        if (INJECTIONS.includes(String(cell.value))) {
          expect(cell.formula).toBeUndefined();
          expect(cell.numberFormat).toBe("@");
        }
        expect(cell.formula).toBeUndefined();
      }
    }
    const copied = [...issues.cells.values()].filter((c) => INJECTIONS.includes(String(c.value)));
    expect(copied.length).toBe(INJECTIONS.length);
  });

  it("prints one reminder slip per page", async () => {
    const host = await summaryHost();
    await generateSummary(host);
    const slips = host.fx.workbook.findSheet("工作提示单")!;
    const titleRows = [...slips.cells.entries()]
      .filter(([, c]) => c.value === "工作提示单")
      .map(([key]) => Math.floor(key / 16_384))
      .sort((a, b) => a - b);
    expect(titleRows.length).toBeGreaterThan(1);
    // A break above every slip but the first: one person or unit per printed page.
    expect([...slips.horizontalPageBreaks].sort((a, b) => a - b)).toEqual(titleRows.slice(1));
    expect(slips.pageLayout.orientation).toBe("Portrait");
    expect(slips.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("prints the summary and the issue list one page wide", async () => {
    const host = await summaryHost();
    await generateSummary(host);
    const fitted = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    expect(host.fx.workbook.findSheet("台账汇总")!.pageLayout.zoom).toEqual(fitted);
    const issues = host.fx.workbook.findSheet("台账问题清单")!;
    expect(issues.pageLayout.zoom).toEqual(fitted);
    // The list's header row (row 2) prints on every page.
    expect(issues.printTitleRows).toMatchObject({ top: 1, bottom: 1 });
  });

  it("regenerating twice gives the same workbook; the old sheets go only after the new are written", async () => {
    const host = await summaryHost();
    await generateSummary(host);
    const first = snapshot(host.fx);
    host.fx.requests.reset();
    await generateSummary(host);
    expect(host.fx.requests.count).toBeLessThanOrEqual(4);
    expect(snapshot(host.fx)).toEqual(first);
    await generateSummary(host);
    expect(snapshot(host.fx)).toEqual(first);
  });

  it("never touches a sheet it did not create, even one with the summary's name", async () => {
    const host = await summaryHost([{ name: "台账汇总", cells: [["我自己的汇总"]] }]);
    const result = await generateSummary(host);
    expect(result.sheetNames.summary).toBe("台账汇总 (2)");
    await generateSummary(host);
    expect(host.fx.workbook.findSheet("台账汇总")?.peek(0, 0)?.value).toBe("我自己的汇总");
    expect(host.fx.cellLog.touching("台账汇总")).toEqual([]);
    expect(host.fx.workbook.liveSheets().filter((s) => s.name.startsWith("台账汇总"))).toHaveLength(
      2,
    );
  });

  it("keeps a summary the user renamed as theirs and writes the new one beside it", async () => {
    const host = await summaryHost();
    await generateSummary(host);
    host.fx.userRenameSheet("台账汇总", "5月汇总（已上报）");
    const kept = sheetSnapshot(host, "5月汇总（已上报）");
    const result = await generateSummary(host);
    expect(sheetSnapshot(host, "5月汇总（已上报）")).toEqual(kept);
    expect(host.fx.workbook.findSheet("台账汇总")?.deleted).toBe(false);
    expect(result.notes.map((n) => n.zh)).toContainEqual(
      expect.stringContaining("“5月汇总（已上报）”已有人修改或改名，已原样保留"),
    );
    // No longer marked: the next run leaves it alone too.
    expect(marksOf(host).map(([, sheet]) => sheet)).not.toContain("5月汇总（已上报）");
  });

  it("on ExcelApi 1.4 still writes the summary and charts, and says what it left out", async () => {
    const host = await summaryHost([], "1.4");
    const result = await generateSummary(host);
    expect(host.fx.requests.count).toBeLessThanOrEqual(4);
    expect(host.fx.workbook.findSheet("台账汇总")?.charts).toHaveLength(2);
    expect(result.notes.map((n) => n.key).sort()).toEqual([
      "missing:freezePanes",
      "missing:hyperlinks",
      "missing:pageBreaks",
    ]);
    for (const note of result.notes) expect(note.zh).toMatch(/ExcelApi 1\.\d+/);
  });

  it("refuses a read-only workbook before writing anything", async () => {
    const host = await testHost({ sheets: [ledgerSeed()] });
    host.fx.workbook.readOnly = true;
    const before = snapshot(host.fx);
    const error = await refusal(generateSummary(host));
    expect(error.key).toBe("readOnly");
    expect(error.zh).toContain("只读");
    expect(snapshot(host.fx)).toEqual(before);
  });

  it("refuses a host older than ExcelApi 1.4 with the version it needs", async () => {
    const host = await summaryHost([], "1.3");
    const error = await refusal(generateSummary(host));
    expect(error.key).toBe("apiMissing");
    expect(error.zh).toContain("ExcelApi 1.4");
    expect(host.fx.cellLog.entries).toEqual([]);
  });

  it.each([
    ["a name breaking Excel's rules", { name: "汇总/2021", row: 0 }, "sheetName"],
    ["a range past Excel's last row", { name: "汇总", row: 1_048_576 }, "outOfRange"],
  ] as const)("refuses %s and leaves the workbook unchanged", async (_, bad, key) => {
    const host = await summaryHost();
    const before = snapshot(host.fx);
    const sheet = emptySheetPlan("summary", bad.name);
    sheet.blocks.push({ row: bad.row, column: 0, values: [["x"]] });
    const error = await refusal(
      host.run(async (ctx) => {
        const { survey, sheets } = await readWorkbook(ctx, [], host.supports);
        return executePlan(
          ctx,
          { sheets: [sheet], columns: [], notes: [] },
          { survey, sheets, supports: host.supports },
        );
      }),
    );
    expect(error.key).toBe(key);
    expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(snapshot(host.fx)).toEqual(before);
  });
});
