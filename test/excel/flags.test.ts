import { describe, expect, it } from "vitest";
import { flagScheme, columnFlagScheme } from "../../src/core/flags";
import { flagsWrite } from "../../src/app/flags";
import type { WriteRequest } from "../../src/app/host";
import type { FlagsPlanOptions, FlagSchemeInput } from "../../src/core/plan";
import { writePlan } from "../../src/excel/writePlan";
import { parseBindings, SETTINGS_KEY } from "../../src/app/bindings";
import { TaizhangError } from "../../src/excel/error";
import type { ExcelApiVersion } from "../fakeExcel";
import { seedOf, testHost, type TestHost } from "./_lib/host";
import { COL, INJECTIONS, problemSheet, readProblem } from "./_lib/ledgers";
import { snapshot } from "./_lib/snapshot";

const SHEET = "问题整改";
/** I: 状态判定, the first column right of the ledger (A..H); J: the flags. */
const READING_COLUMN = 8;
const FLAG_COLUMN = 9;
const banner = columnFlagScheme(flagScheme("flags"));
const lights = columnFlagScheme(flagScheme("lights"));
const AS_OF = "2021-06-30";

async function ledgerHost(
  rows: number,
  options: { apiVersion?: ExcelApiVersion; protected?: boolean; textDeadlines?: boolean } = {},
) {
  const sheet = problemSheet(rows, { textDeadlines: options.textDeadlines ?? false });
  // Excel computes the flag formulas; TODAY() is the as-of date the add-in plans for.
  return testHost({
    sheets: [
      seedOf(sheet, options.protected ? { protected: true } : {}),
      { name: "别的表", cells: [["不相干"]] },
    ],
    formulaEngine: "basic",
    today: AS_OF,
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
  });
}

function request(
  scheme: FlagSchemeInput = banner,
  extra: Partial<FlagsPlanOptions> = {},
): WriteRequest {
  return flagsWrite(SHEET, scheme, { asOf: AS_OF, ...extra }, readProblem);
}

/** The flag column written through the one write transaction. */
function applyFlags(host: TestHost, write: WriteRequest) {
  return host.run((ctx) => writePlan(ctx, write, { supports: host.supports }));
}

/** What a colleague sees in the flag column, by 0-based row, read through the library. */
async function shownFlags(host: TestHost, column = FLAG_COLUMN): Promise<unknown[]> {
  return host.run(async (ctx) => {
    // The ledger's title sits in A1, so the used range's columns are the sheet's (ExcelApi 1.1).
    const shown = ctx.workbook.worksheets
      .getItem(SHEET)
      .getUsedRange()
      .getColumn(column)
      .load("values");
    await ctx.sync();
    return shown.values.map((line) => line[0]);
  });
}

describe("flags on a user's ledger", () => {
  it("挂图作战: adds 状态判定 and the flag column, one rule per flag, in ≤ 3 requests", async () => {
    const host = await ledgerHost(30);
    const result = await applyFlags(host, request());
    expect(host.fx.requests.count).toBeLessThanOrEqual(3);
    expect(result.columns[`${SHEET}:flags`]).toBe(FLAG_COLUMN);
    const sheet = host.fx.workbook.findSheet(SHEET)!;
    expect(sheet.peek(1, READING_COLUMN)?.value).toBe("【台账助手】状态判定");
    expect(sheet.peek(1, FLAG_COLUMN)?.value).toBe("【台账助手】挂图作战");
    expect(sheet.peek(2, FLAG_COLUMN)?.formula).toMatch(/^=IF\(/);
    expect(sheet.peek(31, FLAG_COLUMN)?.formula).toMatch(/^=IF\(/);
    expect(sheet.peek(32, FLAG_COLUMN)).toBeUndefined();
    // Rows 3.. hold 已完成, 推进中, 未启动, 已完成（6月）, 正在推进, 已销号, 未完成 in turn.
    const flags = await shownFlags(host);
    expect([2, 3, 4, 6, 7, 8].map((r) => flags[r])).toEqual([
      "红旗",
      "黄旗",
      "黑旗",
      "黄旗",
      "已销号",
      "黑旗",
    ]);
    // One rule per label, over the used rows of the owned column only.
    const labels = sheet.conditionalFormats.map((cf) => cf.rule.formula1);
    expect(labels.sort()).toEqual(
      ['="已销号"', '="红旗"', '="超期完成"', '="黄旗"', '="黑旗"'].sort(),
    );
    for (const cf of sheet.conditionalFormats) {
      expect(cf.rect).toEqual({ top: 2, left: FLAG_COLUMN, bottom: 31, right: FLAG_COLUMN });
    }
    expect(
      sheet.conditionalFormats.find((cf) => cf.rule.formula1 === '="红旗"')?.format.fillColor,
    ).toBe("#C00000");
  });

  it("never changes a cell the user typed, and the injection strings stay their text", async () => {
    const host = await ledgerHost(12);
    await applyFlags(host, request());
    const writes = host.fx.cellLog.entries;
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.sheet === SHEET && /^[IJ]/.test(w.address))).toBe(true);
    const sheet = host.fx.workbook.findSheet(SHEET)!;
    INJECTIONS.forEach((text, i) => {
      expect(sheet.peek(2 + i, COL.problem)?.value).toBe(text);
      expect(sheet.peek(2 + i, COL.problem)?.formula).toBeUndefined();
    });
  });

  it("stores the binding in the workbook's settings", async () => {
    const host = await ledgerHost(5);
    await applyFlags(host, request());
    const bindings = parseBindings(host.fx.workbook.settings.get(SETTINGS_KEY));
    expect(bindings.ledgers).toHaveLength(1);
    expect(bindings.ledgers[0]).toMatchObject({
      id: "L1",
      sheet: SHEET,
      headerRow: 1,
      kind: "problem",
      scheme: "flags",
      mapping: { status: COL.status, deadline: COL.deadline },
      ownedColumns: [
        {
          key: "statusReading",
          column: READING_COLUMN,
          header: "【台账助手】状态判定",
          lastRow: 6,
        },
        { key: "flags", column: FLAG_COLUMN, header: "【台账助手】挂图作战", lastRow: 6 },
      ],
    });
  });

  it("a rerun gives the same workbook and touches no user cell", async () => {
    const host = await ledgerHost(20);
    await applyFlags(host, request());
    const first = snapshot(host.fx);
    host.fx.cellLog.reset();
    host.fx.requests.reset();
    await applyFlags(host, request());
    expect(snapshot(host.fx)).toEqual(first);
    // Read, what the column holds now (cells typed over the formula), write, Excel.run's close.
    expect(host.fx.requests.count).toBeLessThanOrEqual(4);
    expect(host.fx.cellLog.entries.every((w) => /^[IJ]/.test(w.address))).toBe(true);
  });

  it("switching to 督办亮灯 replaces the owned column in place; a colleague's edit moves the light", async () => {
    const host = await ledgerHost(14);
    await applyFlags(host, request());
    await applyFlags(host, request(lights));
    const sheet = host.fx.workbook.findSheet(SHEET)!;
    expect(sheet.peek(1, FLAG_COLUMN)?.value).toBe("【台账助手】督办亮灯");
    expect(sheet.peek(1, FLAG_COLUMN + 1)).toBeUndefined();
    expect(sheet.conditionalFormats.map((cf) => cf.rule.formula1).sort()).toEqual(
      ['="已销号"', '="红灯"', '="绿灯"', '="超期完成"', '="黄灯"'].sort(),
    );
    // Row 4 is 推进中 with a deadline in 2021-04: overdue on 2021-06-30.
    expect((await shownFlags(host))[3]).toBe("红灯");
    // A colleague without the add-in types 已完成 into 进展状态 (G4): Excel recomputes.
    host.fx.userEdit(SHEET, "G4", [["已完成"]]);
    expect((await shownFlags(host))[3]).toBe("绿灯");
  });

  it("puts its column right of anything the user typed, never over it", async () => {
    const sheet = problemSheet(6);
    sheet.values[1]!.push("我的备注");
    sheet.values[4]!.push("别动");
    const host = await testHost({ sheets: [seedOf(sheet)] });
    const result = await applyFlags(host, request());
    expect(result.columns[`${SHEET}:flags`]).toBe(FLAG_COLUMN + 1);
    expect(host.fx.cellLog.entries.every((w) => /^[JK]/.test(w.address))).toBe(true);
  });

  it("text deadlines: an owned date column beside it by default, the user's column untouched", async () => {
    const host = await ledgerHost(8, { textDeadlines: true });
    const result = await applyFlags(host, request(lights));
    const DATES = FLAG_COLUMN;
    expect(result.columns).toEqual({
      [`${SHEET}:statusReading`]: READING_COLUMN,
      [`${SHEET}:deadlineDates`]: DATES,
      [`${SHEET}:flags`]: DATES + 1,
    });
    const sheet = host.fx.workbook.findSheet(SHEET)!;
    // Each date is a formula, so a date typed over one is told apart as a person's.
    expect(sheet.peek(2, DATES)?.formula).toMatch(/DATE\(2021,\d+,\d+\)/);
    expect(typeof (await shownFlags(host, DATES))[2]).toBe("number");
    expect(sheet.peek(2, DATES)?.numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.peek(2, DATES + 1)?.formula).toContain("J3");
    expect(host.fx.cellLog.entries.every((w) => /^[IJK]/.test(w.address))).toBe(true);
  });

  it("on ExcelApi 1.4 paints static fills from the computed flags and says so", async () => {
    const host = await ledgerHost(14, { apiVersion: "1.4" });
    const result = await applyFlags(host, request());
    const note = result.notes.find((n) => n.key === "missing:conditionalFormats");
    expect(note?.zh).toContain("静态填色");
    expect(note?.zh).toContain("ExcelApi 1.6");
    const sheet = host.fx.workbook.findSheet(SHEET)!;
    expect(sheet.conditionalFormats).toEqual([]);
    // The fallback reads back what Excel computed: one request more than on newer hosts.
    expect(host.fx.requests.count).toBeLessThanOrEqual(4);
    const flags = await shownFlags(host);
    for (let r = 2; r < 16; r++) {
      const color = banner.colors[String(flags[r])];
      expect(color).toBeDefined();
      expect(sheet.peek(r, FLAG_COLUMN)?.style.fillColor).toBe(color?.fill);
    }
  });
});

describe("flags refused", () => {
  it("refuses a protected sheet with a clear message and changes nothing", async () => {
    const host = await ledgerHost(5, { protected: true });
    const before = snapshot(host.fx);
    const error = await applyFlags(host, request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaizhangError);
    expect((error as TaizhangError).key).toBe("sheetProtected");
    expect((error as TaizhangError).zh).toContain("受保护");
    expect(host.fx.cellLog.entries).toEqual([]);
    expect(snapshot(host.fx)).toEqual(before);
  });
});
