/** An Excel Table: a named area with a header row, owned by one sheet. */
import type { Rect } from "../address";
import type { SheetModel } from "./sheet";

export interface TableColumnModel {
  id: number;
  /** Name given at creation; the live name is the header cell (see tableColumnName). */
  name: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Whole table including the header row (and the total row when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  columns: TableColumnModel[];
  deleted: boolean;
}

/** A table column's name is its header cell, as in Excel: typing a new header renames the column. */
export function tableColumnName(table: TableModel, index: number): string {
  const cell = table.sheet.peek(table.rect.top, table.rect.left + index);
  const value = cell ? (cell.formula ?? cell.value) : "";
  return value === "" ? (table.columns[index]?.name ?? "") : String(value);
}
