/** The fake Excel host as the Excel-layer tests use it: Microsoft's library, an in-memory book. */
import { createFakeExcel, type FakeExcel, type SheetSeed } from "../../fakeExcel";
import type { ExcelApiVersion } from "../../fakeExcel";
import type { Cell, SheetInput } from "../../../src/core/model/cell";
import type { Supports } from "../../../src/excel/support";

export interface TestHost {
  fx: FakeExcel;
  supports: Supports;
  run<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export async function testHost(options: {
  sheets: SheetSeed[];
  apiVersion?: ExcelApiVersion;
  /**
   * "basic" turns on the fake's small formula engine, so formula cells read what Excel would
   * show (a flag label) instead of #CALC!; `today` ("yyyy-mm-dd") fixes TODAY() so a test's
   * as-of date and the sheet's agree.
   */
  formulaEngine?: "basic";
  today?: string;
  settings?: Record<string, unknown>;
}): Promise<TestHost> {
  const fx = await createFakeExcel({
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
    workbook: {
      sheets: options.sheets,
      ...(options.formulaEngine ? { formulaEngine: options.formulaEngine } : {}),
      ...(options.today ? { today: options.today } : {}),
      ...(options.settings ? { settings: options.settings } : {}),
    },
  });
  const supports: Supports = (version) =>
    fx.Office.context.requirements.isSetSupported("ExcelApi", version);
  return { fx, supports, run: (body) => fx.Excel.run(body) };
}

/** A SheetInput as the seed of a fake sheet: numbers with their formats, strings as typed. */
export function seedOf(sheet: SheetInput, extra: Partial<SheetSeed> = {}): SheetSeed {
  return {
    name: sheet.name,
    cells: sheet.values.map((row, r) =>
      row.map((value: Cell, c) => {
        if (value === null) return null;
        const format = sheet.numberFormats?.[r]?.[c];
        return format && format !== "General" ? { value, numberFormat: format } : value;
      }),
    ),
    ...extra,
  };
}
