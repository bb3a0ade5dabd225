import { areaAddress, cellAddress, columnLetter } from "../core/model/address";
import type { PlanNote } from "../core/plan/types";
import { rowBytes } from "./requestBytes";
import type { PlacedColumn } from "../app/write/placeColumns";
import { has, type Supports } from "./support";
import type { WriteBatch } from "./writeBatch";
import { queueFlagRules } from "./writeFlagRules";
import { TEXT_FORMAT } from "./writeValues";
import { rowRuns } from "../core/model/rowRuns";

/** What the caller needs after the sync for the static-fill fallback. */
export interface ColumnWriteResult {
  placed: PlacedColumn;
  /** Loaded flag values when conditional formats were unavailable. */
  fallback?: Excel.Range;
}

/**
 * Writes one owned column on a user's sheet. Cells a person typed over the formulas (人工标识)
 * and a header they changed are left as they are; rows the add-in filled last time and the plan
 * no longer covers are emptied; the body is one R1C1 formula per run of rows (constant size for
 * any number of rows) or a formula per row; then the flag rules.
 */
export async function writeOwnedColumn(
  sheet: Excel.Worksheet,
  placed: PlacedColumn,
  resolve: (formula: string) => string,
  w: { batch: WriteBatch; supports: Supports; notes: PlanNote[] },
): Promise<ColumnWriteResult> {
  const { plan, column, previous } = placed;
  const typed = new Set(placed.typedRows);
  const last = plan.firstRow + plan.rowCount - 1;
  const range = (run: { row: number; rowCount: number }) =>
    sheet.getRange(areaAddress({ ...run, column, columnCount: 1 }));
  if (previous) {
    if (has(w.supports, "conditionalFormats"))
      range({
        row: previous.firstRow,
        rowCount: previous.lastRow - previous.firstRow + 1,
      }).conditionalFormats.clearAll();
    const stale = new Set(typed);
    for (let r = plan.firstRow; r <= last; r++) stale.add(r);
    for (const run of rowRuns(previous.firstRow + 1, previous.lastRow, stale))
      range(run).clear("Contents");
  }
  if (!placed.keepHeader) {
    const header = sheet.getRange(cellAddress(plan.headerRow, column));
    header.numberFormat = [[TEXT_FORMAT]];
    header.values = [[plan.header]];
    header.format.font.bold = true;
  }
  for (const run of rowRuns(plan.firstRow, last, typed)) {
    const body = range(run);
    // A single value set on a multi-cell range applies to every cell: one formula, any row count.
    if (plan.numberFormat) body.numberFormat = plan.numberFormat as unknown as string[][];
    if (plan.formulaR1C1 !== undefined) {
      body.formulasR1C1 = resolve(plan.formulaR1C1) as unknown as string[][];
    } else if (plan.rowFormulas) {
      const formulas = Array.from({ length: run.rowCount }, (_, i) => [
        plan.rowFormulas?.[run.row - plan.firstRow + i] ?? "",
      ]);
      // In pieces that fill each request: a long column of formulas can pass 5 MB.
      const sizes = formulas.map(rowBytes);
      for (let start = 0; start < formulas.length;) {
        const count = await w.batch.reserveRows([sizes], start, 1);
        range({ row: run.row + start, rowCount: count }).formulasR1C1 = formulas.slice(
          start,
          start + count,
        );
        start += count;
      }
    }
  }
  if (plan.width)
    sheet.getRange(`${columnLetter(column)}:${columnLetter(column)}`).format.columnWidth =
      plan.width;
  const result: ColumnWriteResult = { placed };
  if (plan.conditionalFormat && plan.conditionalFormat.length > 0) {
    const all = range({ row: plan.firstRow, rowCount: plan.rowCount });
    if (!queueFlagRules(all, plan.conditionalFormat, w)) {
      all.load("values");
      result.fallback = all;
    }
  }
  return result;
}
