/**
 * What a colleague without the add-in sees in the flag column the core plans: every column of a
 * flags plan (状态判定, normalised dates, the flags) written through Range.formulasR1C1 (as
 * src/excel writes them) right of the ledger, evaluated by the fake's formula engine and read
 * back as `values` through Microsoft's library.
 */
import type { SheetSeed } from "../../fakeExcel";
import type { Cell } from "../../../src/core/model/cell";
import type { Plan } from "../../../src/core/plan/types";
import { testHost } from "./host";

/**
 * The flag column's shown value on each 1-based row of the sheet, the plan's columns written from
 * 0-based column `firstColumn` on, in the plan's order, `{{column:key}}` resolved as the host does.
 */
export async function shownOnSheet(
  seed: SheetSeed,
  plan: Plan,
  rows: readonly number[],
  firstColumn: number,
  today: string,
): Promise<unknown[]> {
  const host = await testHost({ sheets: [seed], formulaEngine: "basic", today });
  const place = new Map(plan.columns.map((c, i) => [c.key, firstColumn + i]));
  const resolve = (formula: string) =>
    formula.replace(/\{\{column:([^}]+)\}\}/g, (_, key: string) =>
      String((place.get(key) ?? 0) + 1),
    );
  const flagColumn = place.get("flags") ?? firstColumn;
  const lastRow = Math.max(0, ...rows);
  return host.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(seed.name);
    for (const column of plan.columns) {
      const at = place.get(column.key) ?? firstColumn;
      for (const row of rows) {
        const formula =
          column.formulaR1C1 ?? column.rowFormulas?.[row - 1 - column.firstRow] ?? null;
        if (formula !== null) sheet.getCell(row - 1, at).formulasR1C1 = [[resolve(formula)]];
      }
    }
    const shown = sheet.getRangeByIndexes(0, flagColumn, lastRow, 1).load("values");
    await ctx.sync();
    return rows.map((row) => shown.values[row - 1]?.[0]);
  });
}

/**
 * The flag shown on rows holding just these cells (keyed by 0-based column), from sheet row 2
 * on, the plan's columns right of every given cell.
 */
export async function shownOnRows(
  plan: Plan,
  rows: readonly Readonly<Record<number, Cell | undefined>>[],
  today: string,
): Promise<unknown[]> {
  const width = 1 + Math.max(0, ...rows.flatMap((cells) => Object.keys(cells).map(Number)));
  const cells = rows.map((given) => Array.from({ length: width }, (_, c) => given[c] ?? null));
  const seed: SheetSeed = { name: "Sheet1", cells: [[], ...cells] };
  return shownOnSheet(
    seed,
    plan,
    rows.map((_, i) => i + 2),
    width,
    today,
  );
}
