import { parsePeriod } from "../dates";
import type { Cell } from "../model/cell";
import { FAILED, MISSING, isMissingWord, type Parsed } from "./parsed";

/**
 * Reads a 绩效考评 reporting period to its key ("2021-Q2", "2021-H1", "2021-06", "2021"); the
 * cell keeps the text as typed. A text of none of the period shapes (core/dates/periods), a month
 * past 12 or a period with no year (二季度) is a type-error: ranking across offices needs every
 * period to name its year.
 */
export function parsePeriodLabel(cell: Cell): Parsed<string> {
  if (cell === null) return MISSING;
  if (typeof cell === "boolean") return FAILED;
  // 2021 typed as a number is the year; 2021.06 as a number cannot be told from 2021.6.
  if (typeof cell === "number")
    return Number.isInteger(cell) ? parsePeriodLabel(String(cell)) : FAILED;
  const text = cell.trim();
  if (text === "" || isMissingWord(text)) return MISSING;
  const period = parsePeriod(text);
  return period === null ? FAILED : { ok: true, value: period.key };
}
