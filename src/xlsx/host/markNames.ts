import type { LedgerBinding } from "../../app/bindings";
import {
  columnMarkName,
  encodeMark,
  ledgerMarkName,
  sheetMarkName,
  type SheetMark,
} from "../../app/ownership/marks";
import { columnLetter, quoteSheet } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import type { NameRequest } from "../package/definedNames";

// The marks as the file keeps them: hidden workbook-wide defined names whose `comment` attribute
// holds the mark (where Excel keeps a name's comment, and shows it in the Name Manager), over the
// same ranges the Excel host marks, so either host finds what the other wrote.

/** `'台账汇总'!$A$1:$B$9`: absolute, as Excel writes a name's reference. */
export function absoluteReference(sheet: string, area: CellArea): string {
  const cell = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  const first = cell(area.row, area.column);
  const single = area.rowCount === 1 && area.columnCount === 1;
  const last = cell(area.row + area.rowCount - 1, area.column + area.columnCount - 1);
  return `${quoteSheet(sheet)}!${first}${single ? "" : `:${last}`}`;
}

function markName(name: string, sheet: string, area: CellArea, comment: string): NameRequest {
  return { name, formula: absoluteReference(sheet, area), comment, hidden: true };
}

/** Over A1 of an output sheet, finished (a file is written whole or not at all). */
export function sheetMarkRequest(mark: Omit<SheetMark, "kind" | "complete">): NameRequest {
  const full: SheetMark = { kind: "sheet", ...mark, complete: true };
  return markName(
    sheetMarkName(mark.key, mark.run),
    mark.name,
    { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    encodeMark(full),
  );
}

/** Over an owned column, header to last row. */
export function columnMarkRequest(
  binding: string,
  column: { key: string; header: string; sheet: string; area: CellArea },
  run: string,
): NameRequest {
  return markName(
    columnMarkName(binding, column.key),
    column.sheet,
    column.area,
    encodeMark({ kind: "column", key: column.key, header: column.header, run }),
  );
}

/** Over a bound ledger's header row, as wide as its mapped columns (as the Excel host marks it). */
export function ledgerMarkRequest(binding: LedgerBinding): NameRequest {
  const width = Math.max(1, ...Object.values(binding.mapping).map((c) => c + 1));
  return markName(
    ledgerMarkName(binding.id),
    binding.sheet,
    { row: binding.headerRow, column: 0, rowCount: 1, columnCount: width },
    encodeMark({ kind: "ledger", binding: binding.id }),
  );
}
