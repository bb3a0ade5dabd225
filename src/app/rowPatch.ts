// A re-check reads the rows the user edited, not the whole ledger: the last whole read is kept
// and the rows read again are put into it. Only when what Excel says of the sheet now (its used
// range, its merged areas) agrees with the copy; otherwise the caller reads the whole sheet.
import type { Cell, CellArea, SheetInput } from "../core/model";
import { OWNED_MARK } from "../core/plan/ownedMark";
import { usedArea } from "../core/model/usedArea";
import type { RowsRead } from "./host";

/** A sheet as last read whole (or patched since), with the used range it implies. */
export interface KeptSheet {
  input: SheetInput;
  used: CellArea | null;
}

export function keptSheet(input: SheetInput): KeptSheet {
  return { input, used: usedArea(input.values) };
}

const areaKey = (a: CellArea) => `${a.row},${a.column},${a.rowCount},${a.columnCount}`;

/**
 * The kept sheet with the rows read put in, or null when that would not be the sheet as a whole
 * read gives it now: the used range moved or changed width, grew or shrank past rows not read,
 * or merged areas changed. `asked`: the 1-based rows that were read.
 */
export function patchRows(
  kept: KeptSheet,
  read: RowsRead,
  asked: readonly number[],
  headerRow: number,
): KeptSheet | null {
  const before = kept.used;
  const now = read.used;
  if (!before || !now) return null;
  if (
    before.row !== now.row ||
    before.column !== now.column ||
    before.columnCount !== now.columnCount
  )
    return null;
  // 0-based rows read again.
  const readRows = new Set(asked.map((r) => r - 1));
  const [endBefore, endNow] = [before.row + before.rowCount, now.row + now.rowCount];
  // Rows the sheet gained or lost at its end must all have been read.
  for (let r = Math.min(endBefore, endNow); r < Math.max(endBefore, endNow); r++)
    if (!readRows.has(r)) return null;
  if (!sameMerges(kept.input.merges, read, readRows)) return null;

  const values = kept.input.values.slice(0, endNow);
  const formats = (kept.input.numberFormats ?? []).slice(0, endNow);
  for (let r = values.length; r < endNow; r++) {
    values[r] = [];
    formats[r] = [];
  }
  for (const r of readRows) {
    // Rows above the used range read as nothing, as a whole read leaves them.
    if (r < now.row) {
      values[r] = [];
      formats[r] = [];
    }
  }
  for (const row of read.rows) {
    if (row.row - 1 >= endNow) continue;
    values[row.row - 1] = row.values;
    formats[row.row - 1] = row.numberFormats;
  }
  const input: SheetInput = { ...kept.input, values, numberFormats: formats };
  if (!formulasRead(read.formulas, readRows, values[headerRow] ?? [])) return null;
  return { input, used: now };
}

/**
 * The merged areas meeting the rows read are the ones kept there, and the sheet holds as many
 * as it did (a merge made or undone elsewhere changes the count).
 */
function sameMerges(
  kept: readonly CellArea[] | undefined,
  read: RowsRead,
  readRows: ReadonlySet<number>,
): boolean {
  if (!read.merges) return kept === undefined || kept.length === 0;
  const all = kept ?? [];
  if (read.merges.total !== all.length) return false;
  const meets = (a: CellArea) => {
    for (let r = a.row; r < a.row + a.rowCount; r++) if (readRows.has(r)) return true;
    return false;
  };
  const keptMeeting = new Set(all.filter(meets).map(areaKey));
  const readMeeting = new Set(read.merges.meeting.map(areaKey));
  return keptMeeting.size === readMeeting.size && [...keptMeeting].every((k) => readMeeting.has(k));
}

/**
 * Formulas only in the rows read or in the add-in's own columns (the flag formulas, which read
 * their own row; the checks skip those columns). A formula of the user's elsewhere may follow the
 * edited cells (a 合计 row's COUNTA) and changed with no event: the sheet is read whole.
 */
function formulasRead(
  formulas: readonly CellArea[] | undefined,
  readRows: ReadonlySet<number>,
  header: readonly Cell[],
): boolean {
  if (!formulas) return false;
  const owned = (c: number) => {
    const label = header[c];
    return typeof label === "string" && label.startsWith(OWNED_MARK);
  };
  for (const area of formulas)
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      if (readRows.has(r)) continue;
      for (let c = area.column; c < area.column + area.columnCount; c++)
        if (!owned(c)) return false;
    }
  return true;
}
