// The Excel host's primitives the pane's newer workflows stand on (forget or change bindings,
// clear the add-in's own columns, report rows as a long sheet is read), against Microsoft's
// Excel library and the fake workbook.
import { describe, expect, it } from "vitest";
import { parseBindings, SETTINGS_KEY } from "../../src/app/bindings";
import { createExcelHost } from "../../src/excel/excelHost";
import { createFakeExcel, type FakeExcel } from "../fakeExcel";
import { excelOperations } from "./_lib/excelOperations";
import { messyWorkbook, PROBLEM_SHEET } from "./_lib/messyLedger";
import { OWNED_MARK } from "../../src/core/plan/ownedMark";

/** The columns of the header row (0-based row 2) whose header the add-in wrote. */
function ownedColumns(fx: FakeExcel): number[] {
  const sheet = fx.workbook.findSheet(PROBLEM_SHEET)!;
  const found: number[] = [];
  for (let c = 0; c < 20; c++) {
    const v = sheet.peek(2, c)?.value;
    if (typeof v === "string" && v.startsWith(OWNED_MARK)) found.push(c);
  }
  return found;
}

function hostOf(fx: FakeExcel) {
  return createExcelHost({
    excel: fx.Excel,
    supports: (v) => fx.Office.context.requirements.isSetSupported("ExcelApi", v),
  });
}

describe("Excel host primitives", () => {
  it("clears only the add-in's columns and forgets them with the scheme", async () => {
    const fx = await createFakeExcel({ workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.applyFlags({ scheme: "lights", dueSoonDays: 7, asOf: "2021-06-30" });
    const sheet = fx.workbook.findSheet(PROBLEM_SHEET)!;
    const owned = ownedColumns(fx);
    // The status read (状态判定), the deadlines as dates and the lights themselves.
    expect(owned.map((c) => sheet.peek(2, c)?.value)).toContain("【台账助手】督办亮灯");
    expect(owned[0]).toBe(10);
    const userColumn = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => sheet.peek(r, 9)?.value ?? null);

    expect(await hostOf(fx).removeOwnedColumns(PROBLEM_SHEET)).toBe(owned.length);
    for (const c of owned)
      expect([2, 3, 8].map((r) => sheet.peek(r, c)?.value || null)).toEqual([null, null, null]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => sheet.peek(r, 9)?.value ?? null)).toEqual(
      userColumn,
    );
    const stored = parseBindings(fx.workbook.settings.get(SETTINGS_KEY));
    expect(stored.ledgers[0]).toMatchObject({ sheet: PROBLEM_SHEET, ownedColumns: [] });
    expect(stored.ledgers[0]?.scheme).toBeUndefined();
    // Nothing left to clear: a second call clears nothing.
    expect(await hostOf(fx).removeOwnedColumns(PROBLEM_SHEET)).toBe(0);
  });

  it("leaves a column alone whose header the user has since replaced", async () => {
    const fx = await createFakeExcel({ workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.applyFlags({ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" });
    const owned = ownedColumns(fx);
    fx.userEdit(PROBLEM_SHEET, "K3", [["我的备注"]]);
    const sheet = fx.workbook.findSheet(PROBLEM_SHEET)!;
    const below = sheet.peek(3, 10)?.formula;
    expect(await hostOf(fx).removeOwnedColumns(PROBLEM_SHEET)).toBe(owned.length - 1);
    expect(sheet.peek(2, 10)?.value).toBe("我的备注");
    expect(sheet.peek(3, 10)?.formula).toBe(below);
    expect(ownedColumns(fx)).toEqual([]);
  });

  it("keeps what a person typed over the add-in's formulas (人工标识)", async () => {
    const fx = await createFakeExcel({ workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    await ops.applyFlags({ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30" });
    const flag = ownedColumns(fx).at(-1)!;
    const address = `${String.fromCharCode(65 + flag)}5`;
    fx.userEdit(PROBLEM_SHEET, address, [["红旗（人工）"]]);
    await hostOf(fx).removeOwnedColumns(PROBLEM_SHEET);
    const sheet = fx.workbook.findSheet(PROBLEM_SHEET)!;
    expect(sheet.peek(4, flag)?.value).toBe("红旗（人工）");
    expect([2, 3, 5].map((r) => sheet.peek(r, flag)?.value || null)).toEqual([null, null, null]);
  });

  it("changes the stored bindings in one read and one write", async () => {
    const fx = await createFakeExcel({ workbook: messyWorkbook });
    const ops = excelOperations(fx);
    await ops.bind(PROBLEM_SHEET, { kind: "problem" });
    const stored = await hostOf(fx).updateBindings((b) => ({ ...b, ledgers: [] }));
    expect(stored.ledgers).toEqual([]);
    expect(parseBindings(fx.workbook.settings.get(SETTINGS_KEY)).ledgers).toEqual([]);
  });

  it("reports rows block by block and stops when the listener throws", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`P${i + 1}`, "阿坝县院", `问题${i}`]);
    const fx = await createFakeExcel({
      workbook: {
        sheets: [{ name: "长表", cells: [["问题编号", "院名称", "问题描述"], ...rows] }],
      },
    });
    // A small payload limit makes the host refuse the first read, so the sheet comes in blocks.
    fx.setPayloadLimit(50_000);
    const seen: [number, number][] = [];
    const host = hostOf(fx);
    const [input] = await host.readSheets(["长表"], {
      onRows: (_, read, total) => seen.push([read, total]),
    });
    expect(input?.values).toHaveLength(2001);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual([2001, 2001]);
    expect(seen.every(([, total]) => total === 2001)).toBe(true);
    const stop = new Error("cancelled");
    const failure = await host
      .readSheets(["长表"], {
        onRows: () => {
          throw stop;
        },
      })
      .catch((e: unknown) => e);
    expect(failure).toBe(stop);
  });
});
