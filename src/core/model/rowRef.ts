/** One source row: the sheet (and file) and the physical 1-based row number. */
export interface RowRef {
  file?: string;
  sheet: string;
  row: number;
}
