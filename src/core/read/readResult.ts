import type { TableSchemaDescriptor } from "../ledgers";
import type { Ledger } from "../model/ledger";
import type { ErrorType } from "../validate/errorTypes";
import type { TableError } from "../validate/tableError";
import type { ColumnMapping, SkippedRow } from "../layout";
import type { OfficeFromContext, SectionInfo } from "./contextFill";
import type { RowRange } from "./region";

export interface UnmappedColumn {
  column: number;
  letter: string;
  label: string;
}

/**
 * What `readLedger` returns: a `Ledger` (kind, fields, rows of normalised cells) plus how the
 * sheet was understood and every problem found in it.
 */
export interface ReadLedgerResult extends Ledger {
  /** The descriptor the sheet was read with (shipped, user-supplied, or inferred from labels). */
  schema: TableSchemaDescriptor;
  /** Number of data rows read (rows.length when rows are kept). */
  rowCount: number;
  /** How well the sheet fits its kind, 0..1 (1 when a descriptor was given). */
  kindConfidence: number;
  /** Physical 1-based header rows (two for a grouped header); empty when there is none. */
  headerRows: number[];
  /** First header row, 1-based (null when the sheet is empty). */
  headerRow: number | null;
  mapping: ColumnMapping[];
  /** Columns no field claims; their values stay in the sheet and out of `rows`. */
  unmappedColumns: UnmappedColumn[];
  skippedRows: SkippedRow[];
  /**
   * The sheet's year for 3月底/年底前 (the title rows', else the option's), if any. A row whose own
   * dates name a year uses that year instead (see validate/rowYear).
   */
  contextYear?: number;
  errors: TableError[];
  errorCounts: Partial<Record<ErrorType, number>>;
  /** More than 1,000 errors: the list is cut, the counts are not. */
  truncated: boolean;
  valid: boolean;
  /** Foreign keys already checked (resource names), so `validateLedgers` does not repeat them. */
  checkedReferences: string[];
  /** The rows read when the sheet holds several tables (see ReadOptions.rows). */
  region?: RowRange;
  /**
   * The office the rows belong to, taken from the title, a 填表单位 line, the sheet's or the
   * file's name because no column holds it (every row's office cell says so in `derived`).
   */
  officeFrom?: OfficeFromContext;
  /** Section headings over the rows (一、队伍方面（6项）), with the items counted under each. */
  sections?: SectionInfo[];
}

/** What validateSheet returns: the whole result except the rows. */
export type SheetReport = Omit<ReadLedgerResult, "rows">;
