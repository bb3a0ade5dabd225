import type { NormalizedCell } from "../model/ledger";

/**
 * Date cells typed as numbers (Excel serials), shared by every sheet read in this process: one
 * frozen cell per serial and reading. A column's memo shares a cell down one sheet; a
 * consolidation keeps the rows of a thousand offices' sheets, whose start dates and deadlines
 * are mostly the same days, and each sheet kept its own cell, text and ISO date per day. Only
 * date columns' numbers come here: days are few (a decade is 3,653), amounts are not and would
 * fill the table. Bounded: once full, a new day's cell is shared down its sheet only.
 */
const readingsBySerial = new Map<number, NormalizedCell[]>();
let count = 0;
const MOST = 8_192;

/** The process's frozen cell that reads as `cell` (raw, text and value), or `cell` itself. */
export function sharedDateCell(cell: NormalizedCell): NormalizedCell {
  const raw = cell.raw;
  // A flagged reading (长期坚持 and the like) is never a number's; kept apart all the same.
  if (typeof raw !== "number" || hasFlags(cell)) return cell;
  const readings = readingsBySerial.get(raw);
  if (readings !== undefined)
    for (const known of readings)
      if (Object.is(known.value, cell.value) && known.text === cell.text) return known;
  if (count >= MOST) return cell;
  count += 1;
  const frozen = Object.freeze(cell);
  if (readings === undefined) readingsBySerial.set(raw, [frozen]);
  else readings.push(frozen);
  return frozen;
}

function hasFlags(cell: NormalizedCell): boolean {
  return (
    cell.approximate !== undefined ||
    cell.openEnded !== undefined ||
    cell.immediate !== undefined ||
    cell.derived !== undefined
  );
}
