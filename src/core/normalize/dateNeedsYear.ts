import type { Cell } from "../model/cell";
import { parseDate } from "./date";

/**
 * True when the cell is a date only once a year is supplied: 3月底, 年底前, 上半年, 第三季度,
 * 6月15日, 3月至6月. Such a cell's reading depends on its row (see validate/rowYear), so the
 * sweep reads it after the row's other dates. Tried in 2000, a leap year, so 2月29日 counts.
 */
export function dateNeedsYear(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const alone = parseDate(cell);
  if (alone.ok) return false;
  const withYear = parseDate(cell, { contextYear: 2000 });
  return withYear.ok && withYear.value !== null;
}
