import type { Cell } from "../model/cell";

/** The mark on the header of every column the add-in adds to a user's ledger, for people to see. */
export const OWNED_MARK = "【台账助手】";

/** Headers sit near the top; a marked cell further down is the user's own text. */
const HEADER_SCAN_ROWS = 20;

/** The 0-based columns of a sheet whose header bears OWNED_MARK: the add-in's, not the user's. */
export function ownedColumnsOf(values: readonly (readonly Cell[])[]): Set<number> {
  const owned = new Set<number>();
  for (const row of values.slice(0, HEADER_SCAN_ROWS))
    row.forEach((cell, c) => {
      if (typeof cell === "string" && cell.startsWith(OWNED_MARK)) owned.add(c);
    });
  return owned;
}

/** The owned-sheet keys of consolidation's merged sheets: `merged:problem`, one per ledger kind. */
export const MERGED_SHEET_KEY_PREFIX = "merged:";

/**
 * Whether a sheet is an owned sheet (by its key in the workbook's marks) made from ledgers rather
 * than holding their rows: 台账汇总, 工作提示单, 台账问题清单, 报送情况, 重复编号. Read back as
 * ledgers, their lists and per-office tables would count every item again and take headings for
 * offices. A merged sheet is the other kind: the offices' rows, which a provincial consolidation
 * of cities' consolidated workbooks reads as a ledger.
 */
export function isDerivedSheet(sheet: { ownedKey?: string }): boolean {
  return sheet.ownedKey !== undefined && !sheet.ownedKey.startsWith(MERGED_SHEET_KEY_PREFIX);
}
