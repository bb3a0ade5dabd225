import type { TableRows } from "../layout";
import type { Cell, SheetInput } from "../model/cell";

/** Physical rows, 1-based and inclusive (one table of a sheet holding several). */
export type RowRange = TableRows;

const NO_ROW: Cell[] = [];

/**
 * The sheet with only the rows of one table: rows above it empty, rows below it cut, merged areas
 * kept where they lie inside it. Rows keep their numbers, so every error and reference still
 * points at the right row of the real sheet.
 */
export function regionOf(sheet: SheetInput, range: RowRange): SheetInput {
  const first = Math.max(0, range.from - 1);
  const end = Math.min(sheet.values.length, range.to);
  const values = sheet.values.slice(0, end).map((row, r) => (r < first ? NO_ROW : row));
  const merges = (sheet.merges ?? []).filter((m) => m.row >= first && m.row + m.rowCount <= end);
  return { ...sheet, values, merges };
}
