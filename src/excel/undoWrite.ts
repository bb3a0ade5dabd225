import { areaAddress } from "../core/model/address";
import type { PlacedColumn } from "./placeColumns";
import { has, type Supports } from "./support";

/**
 * Error path only: removes the sheets this run added and clears the owned columns it was writing
 * (empty or the add-in's own before), so a failure leaves nothing half-written.
 */
export async function removeCreated(
  context: Excel.RequestContext,
  created: readonly { addedAs: string }[],
  placed: readonly PlacedColumn[],
  supports: Supports,
): Promise<void> {
  if (created.length === 0 && placed.length === 0) return;
  try {
    for (const p of placed) {
      const rows =
        Math.max(
          p.plan.firstRow + p.plan.rowCount,
          p.previous ? p.previous.row + p.previous.rowCount : 0,
        ) - p.plan.headerRow;
      const range = context.workbook.worksheets
        .getItem(p.plan.sheet)
        .getRange(
          areaAddress({ row: p.plan.headerRow, column: p.column, rowCount: rows, columnCount: 1 }),
        );
      if (has(supports, "conditionalFormats")) range.conditionalFormats.clearAll();
      range.clear("All");
    }
    const found = created.map((c) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(c.addedAs);
      sheet.load("name");
      return sheet;
    });
    await context.sync();
    for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // The original failure is the one to report.
  }
}
