import type { Cell } from "../model/cell";
import type { FieldPlan } from "./compileField";
import type { RowRule } from "./domainChecks";
import type { ErrorCollector } from "./errorReport";

/** What one sweep over a sheet's rows works from: the grid, the compiled fields and the rules. */
export interface SweepInput {
  /** Values with merged areas filled. */
  values: Cell[][];
  /** Values as read (row lengths tell a short CSV row, missing-cell). */
  rawValues: Cell[][];
  numberFormats?: string[][];
  /** 0-based first row below the header. */
  dataStart: number;
  /** 0-based header rows: a copy of one inside the data is skipped, not read as an item. */
  headerRows?: readonly number[];
  /** Header width: cells beyond it are extra-cell errors. */
  width: number;
  /** Label per column, for errors on columns no field claims. */
  columnNames: string[];
  plans: FieldPlan[];
  /** Problem-level fields: when all are blank in a row, the row continues the previous problem. */
  parentFields: ReadonlySet<string>;
  primaryKey: string[];
  rules: RowRule[];
  missingValues: ReadonlySet<string>;
  errors: ErrorCollector;
  /** False: check only, keep no rows (validateSheet). Default true. */
  collectRows?: boolean;
  /**
   * Report blank rows inside the data as `blank-row` errors. Only for a table no ledger schema
   * applies to (Frictionless's no-schema case); a recognised ledger's blank rows are separators,
   * skipped and listed in `skipped` without an error.
   */
  reportBlankRows?: boolean;
}
