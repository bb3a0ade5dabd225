import type { LedgerBinding } from "../../app/bindings";
import { columnMarkName, decodeMark } from "../../app/ownership/marks";
import { parseSheetReference } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import { OWNED_MARK } from "../../core/plan/ownedMark";
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
 * The owned columns of a ledger sheet to clear, as the Excel host finds them
 * (src/excel/removeOwnedColumns): by their marks, or, for a workbook from before marks, where the
 * binding recorded them. A column whose header a person replaced is theirs: left as it is and
 * only forgotten; in the others, cells typed over the formulas stay.
 */
export function ownedToRemove(
  binding: LedgerBinding,
  sheetName: string,
  marks: readonly { name: string; comment: string; value: string }[],
  contents: SheetContents,
): OwnedRemoval {
  const targets: { header: string; area: CellArea }[] = [];
  const forget: string[] = [];
  const markedKeys = new Set<string>();
  for (const m of marks) {
    const mark = decodeMark(m.comment);
    if (mark?.kind !== "column" || m.name !== columnMarkName(binding.id, mark.key)) continue;
    markedKeys.add(mark.key);
    const at = parseSheetReference(m.value);
    if (!at) forget.push(m.name);
    else if (at.sheet === sheetName) {
      forget.push(m.name);
      targets.push({ header: mark.header, area: at.area });
    }
  }
  for (const record of binding.ownedColumns) {
    if (markedKeys.has(record.key) || !record.header.startsWith(OWNED_MARK)) continue;
    targets.push({
      header: record.header,
      area: {
        row: binding.headerRow,
        column: record.column,
        rowCount: Math.max(1, record.lastRow - binding.headerRow + 1),
        columnCount: 1,
      },
    });
  }
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
