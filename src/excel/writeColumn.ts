import type { PlanNote, PlanValue } from "../core/plan/types";
import { areaAddress, cellAddress, columnLetter } from "../core/model/address";
import { jsonBytes } from "./payload";
import type { PlacedColumn } from "./placeColumns";
import { has, type Supports } from "./support";
import type { WriteBatch } from "./writeBatch";
import { queueFlagRules } from "./writeFlagRules";
import { TEXT_FORMAT } from "./writeValues";

/** What the caller needs after the sync for the static-fill fallback. */
export interface ColumnWriteResult {
  placed: PlacedColumn;
  /** Loaded flag values when conditional formats were unavailable. */
  fallback?: Excel.Range;
}

/**
 * Writes one owned column on a user's sheet: clears only what the add-in wrote there last time,
 * writes the header as text and the body as one R1C1 formula (constant size for any number of
 * rows) or as values, and adds the flag rules.
 */
export async function writeOwnedColumn(
  sheet: Excel.Worksheet,
  placed: PlacedColumn,
  resolve: (formula: string) => string,
  w: { batch: WriteBatch; supports: Supports; notes: PlanNote[] },
): Promise<ColumnWriteResult> {
  const { plan, column } = placed;
  if (placed.previous) {
    const old = sheet.getRange(areaAddress(placed.previous));
    if (has(w.supports, "conditionalFormats")) old.conditionalFormats.clearAll();
    old.clear("All");
  }
  const header = sheet.getRange(cellAddress(plan.headerRow, column));
  header.numberFormat = [[TEXT_FORMAT]];
  header.values = [[plan.header]];
  header.format.font.bold = true;
  const body = sheet.getRange(
    areaAddress({ row: plan.firstRow, column, rowCount: plan.rowCount, columnCount: 1 }),
  );
  // A single value set on a multi-cell range applies to every cell: one formula, any row count.
  if (plan.numberFormat) body.numberFormat = plan.numberFormat as unknown as string[][];
  if (plan.formulaR1C1 !== undefined) {
    body.formulasR1C1 = resolve(plan.formulaR1C1) as unknown as string[][];
  } else if (plan.values) {
    const values: PlanValue[][] = plan.values.map((v) => [v === null ? "" : v]);
    await w.batch.reserve(jsonBytes(values));
    body.values = values;
  }
  if (plan.width)
    sheet.getRange(`${columnLetter(column)}:${columnLetter(column)}`).format.columnWidth =
      plan.width;
  const result: ColumnWriteResult = { placed };
  if (plan.conditionalFormat && plan.conditionalFormat.length > 0) {
    if (!queueFlagRules(body, plan.conditionalFormat, w)) {
      body.load("values");
      result.fallback = body;
    }
  }
  return result;
}
