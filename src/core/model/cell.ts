/** What a host can read from one cell: Excel's value types, with empty cells as null. */
export type Cell = string | number | boolean | null;

/** A rectangle of cells, 0-based from the sheet's top-left cell (A1 = row 0, column 0). */
export interface CellArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * A sheet as a host reads it. `values[r][c]` is the cell at physical row r+1, column c+1.
 * Rows may be ragged (CSV). `numberFormats` parallels `values` where the host knows them (it
 * tells a date serial from a plain number); `merges` lists merged areas.
 */
export interface SheetInput {
  /** Name of the file the sheet came from, if any (CLI, browser page). */
  file?: string;
  name: string;
  values: Cell[][];
  numberFormats?: string[][];
  merges?: CellArea[];
  /** The workbook uses the 1904 date system (Excel for Mac files of old). */
  date1904?: boolean;
  /**
   * How the sheet is shown, where the host knows it. Hidden sheets usually hold drop-down source
   * lists or old copies (作废); "veryHidden" ones can only be unhidden by code. Absent = visible.
   */
  visibility?: SheetVisibility;
  /** Physical 1-based rows the user hid (filtered or folded away), where the host knows them. */
  hiddenRows?: number[];
  /**
   * The key of the Taizhang output this sheet is, where the workbook's marks say so (台账汇总:
   * "summary"; a merged sheet: "merged:problem"): see isDerivedSheet. Absent for the user's sheets.
   */
  ownedKey?: string;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";
