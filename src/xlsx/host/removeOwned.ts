import type { LedgerBinding } from "../../app/bindings";
import { ownedColumnTargets } from "../../app/ownership/ownedColumns";
import type { CellArea } from "../../core/model/cell";
import type { KeptCell } from "../write/ownedColumns";
import type { SheetContents } from "./ownedFound";
import { typedRows } from "./ownedFound";

/** What 移除标识 does to one ledger sheet of a file. */
export interface OwnedRemoval {
  /** Owned columns to clear (cells and flag colours), header to last row. */
  clear: CellArea[];
  /** Cells inside them a person typed over the formulas (人工标识): left as they are. */
  keep: KeptCell[];
  /** Column marks to delete: of columns cleared, adopted, or over cells deleted since. */
  forget: string[];
}

/**
 * The owned columns of a ledger sheet to clear, found as the Excel host finds them
 * (ownedColumnTargets): by their marks, or, for a workbook from before marks, where the binding
 * recorded them. A column whose header a person replaced is theirs: left as it is and
 * only forgotten; in the others, cells typed over the formulas stay.
 */
export function ownedToRemove(
  binding: LedgerBinding,
  sheetName: string,
  marks: readonly { name: string; comment: string; value: string }[],
  contents: SheetContents,
): OwnedRemoval {
  const { targets, stale } = ownedColumnTargets(binding, sheetName, marks);
  const forget = [...stale, ...targets.flatMap((t) => (t.markName === null ? [] : [t.markName]))];
  const clear: CellArea[] = [];
  const keep: KeptCell[] = [];
  const values = contents.values(sheetName) ?? [];
  for (const { header, area } of targets) {
    if ((values[area.row]?.[area.column] ?? "") !== header) continue;
    clear.push(area);
    const rows = { first: area.row + 1, last: area.row + area.rowCount - 1 };
    for (const row of typedRows(contents, sheetName, area.column, rows))
      keep.push({ row, column: area.column });
  }
  return { clear, keep, forget };
}
