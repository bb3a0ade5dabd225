/** An Excel Table: a named area with a header row, owned by one sheet. */
import type { Rect } from "../address";
import type { SheetModel } from "./sheet";

export interface TableColumnModel {
  id: number;
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
