/**
 * Where the table sits in a sheet, as a plain record the reader applies: which rows are the
 * header (two for grouped headers), what each column's label is once flattened, where data
 * starts and what the title lines above said. Row and column indexes are 0-based.
 */
export interface ColumnLabel {
  /** 0-based column. */
  column: number;
  /** Flattened label as shown: 整改情况/完成时间 for a two-row header. */
  text: string;
  /** Matching keys, most specific first (sub-column, then group). */
  keys: string[];
  /** Unit stated in the label's brackets (金额（万元）). */
  unit?: string;
}

export interface SheetLayout {
  /** 0-based header rows, top first (empty when the sheet has no header at all). */
  headerRows: number[];
  labels: ColumnLabel[];
  /** Number of columns the header spans. */
  width: number;
  /** 0-based first row after the header. */
  dataStart: number;
  /** Text of the rows above the header (titles, 填报单位, 单位：万元). */
  titleLines: string[];
}
