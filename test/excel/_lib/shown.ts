/**
 * What a colleague without the add-in sees for a formula the core plans: the formula written
 * through Range.formulasR1C1 (as src/excel writes it) into a fake sheet, evaluated by the fake's
 * formula engine and read back as `values` through Microsoft's library.
 */
import type { SheetSeed } from "../../fakeExcel";
import type { Cell } from "../../../src/core/model/cell";
import { testHost } from "./host";

/** The shown value of `formulaR1C1` in `column` (0-based) of each 1-based row of the sheet. */
export async function shownOnSheet(
  seed: SheetSeed,
  formulaR1C1: string,
  rows: readonly number[],
  column: number,
  today: string,
): Promise<unknown[]> {
  const host = await testHost({ sheets: [seed], formulaEngine: "basic", today });
  const lastRow = Math.max(0, ...rows);
  return host.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(seed.name);
    for (const row of rows) sheet.getCell(row - 1, column).formulasR1C1 = [[formulaR1C1]];
    const shown = sheet.getRangeByIndexes(0, column, lastRow, 1).load("values");
    await ctx.sync();
    return rows.map((row) => shown.values[row - 1]?.[0]);
  });
}

/**
 * The shown value of `formulaR1C1` on rows holding just these cells (keyed by 0-based column),
 * from sheet row 2 on, the formula in the first column right of every given cell.
 */
export async function shownOnRows(
  formulaR1C1: string,
  rows: readonly Readonly<Record<number, Cell | undefined>>[],
  today: string,
): Promise<unknown[]> {
  const width = 1 + Math.max(0, ...rows.flatMap((cells) => Object.keys(cells).map(Number)));
  const cells = rows.map((given) => Array.from({ length: width }, (_, c) => given[c] ?? null));
  const seed: SheetSeed = { name: "Sheet1", cells: [[], ...cells] };
  return shownOnSheet(
    seed,
    formulaR1C1,
    rows.map((_, i) => i + 2),
    width,
    today,
  );
}
