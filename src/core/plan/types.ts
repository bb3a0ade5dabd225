import type { CellArea } from "../model/cell";

/**
 * A plan is plain data describing what the add-in writes into a workbook. The core builds it;
 * a host (src/excel) executes it. Positions are 0-based (A1 = row 0, column 0), like CellArea.
 */

/** A value a plan writes into one cell. */
export type PlanValue = string | number | boolean | null;

/**
 * A rectangle of values. Strings are always written as text (the host gives them the "@" format),
 * so `=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)` or `-1+2` copied from a user cell never become a
 * formula. `columnFormats` gives a number format per column for the non-string cells.
 */
export interface ValueBlock {
  row: number;
  column: number;
  values: PlanValue[][];
  columnFormats?: (string | null)[];
}

/**
 * Formulas the add-in itself composes (never user text), in R1C1 notation so that one formula
 * serves every row: a block of n rows costs one formula, not n.
 */
export interface FormulaColumn {
  row: number;
  column: number;
  rowCount: number;
  formulaR1C1: string;
  numberFormat?: string;
}

/** A style applied to a rectangle: number format, bold, fills, wrap, alignment. */
export interface RangeStyle {
  area: CellArea;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  merge?: boolean;
  /** Row height in points (merged, wrapped text does not grow rows by itself). */
  rowHeight?: number;
}

export interface ColumnWidth {
  column: number;
  /** Width in points (Excel's API unit). */
  points: number;
}

export interface TablePlan {
  /** Excel table name: letters, digits, underscores; unique in the workbook. */
  name: string;
  /** Header row plus data rows. */
  area: CellArea;
  style?: string;
}

/** Data validation for a column of a table body. Error alerts are in Chinese. */
export type ValidationRule =
  | { kind: "list"; values: string[] }
  | { kind: "date"; min?: string; max?: string }
  | { kind: "number"; integer: boolean; min?: number; max?: number };

export interface ValidationPlan {
  area: CellArea;
  rule: ValidationRule;
  errorTitle: string;
  errorMessage: string;
  prompt?: string;
}

/**
 * One conditional-format rule per flag over the used rows of one owned column: the cell text
 * equals the flag label. Never per-cell fills, never whole columns.
 */
export interface FlagFormatRule {
  label: string;
  fill: string;
  fontColor: string;
}

export interface ConditionalFormatPlan {
  area: CellArea;
  rules: FlagFormatRule[];
}

/**
 * A native chart over a contiguous block: its first row holds the series names, its first column
 * the categories (offices), the other columns one series each.
 */
export interface ChartPlan {
  key: string;
  type: "BarStacked" | "ColumnClustered";
  title: string;
  source: CellArea;
  /** Fill colour per series, in order (flag colours paired with their labels in the legend). */
  colors?: string[];
  /** Where the chart sits: top-left cell and size in points. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
}

/** A link from a cell to a cell elsewhere in the workbook (issue report → offending cell). */
export interface HyperlinkPlan {
  row: number;
  column: number;
  sheet: string;
  address: string;
  text: string;
}

export interface PrintPlan {
  /** Page breaks go above these rows (one reminder slip per page). */
  breaksBefore: number[];
  orientation?: "Portrait" | "Landscape";
  /** Printed one page wide (as many pages down as it takes): a report read on paper. */
  fitToWidth?: boolean;
  /** Rows repeated on every page. */
  titleRows?: { first: number; last: number };
}

/** A sheet the add-in creates and owns; regeneration replaces it (found by the id in bindings). */
export interface OwnedSheetPlan {
  /** Stable key within the workbook's bindings: "summary", "issues", "slips", "template:problem". */
  key: string;
  /** Desired sheet name (the host makes it unique ignoring case). */
  name: string;
  /** "replace" (default): regeneration replaces the sheet recorded under `key`. "create": always a
   * new sheet that becomes the user's (a template they fill in); it is never replaced or removed. */
  mode?: "create" | "replace";
  blocks: ValueBlock[];
  formulas: FormulaColumn[];
  styles: RangeStyle[];
  widths: ColumnWidth[];
  freeze?: { rows: number; columns: number };
  tables: TablePlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  hyperlinks: HyperlinkPlan[];
  print?: PrintPlan;
}

/**
 * A column the add-in adds to the right of a user's ledger and owns (flags, normalised dates).
 * Its position is decided by the host: where the bindings say it is, else the first empty column
 * right of the used range. Rows are absolute sheet rows.
 */
export interface OwnedColumnPlan {
  /** Stable key: "flags", "deadlineDates". */
  key: string;
  /** The user's sheet. */
  sheet: string;
  headerRow: number;
  header: string;
  firstRow: number;
  rowCount: number;
  /**
   * Either one R1C1 formula for all rows or a formula per row (null: left empty). Owned columns
   * hold formulas only, so anything a person types into one is told apart as a constant.
   */
  formulaR1C1?: string;
  rowFormulas?: (string | null)[];
  numberFormat?: string;
  width?: number;
  conditionalFormat?: FlagFormatRule[];
}

/** Something the user should read about what was (not) written: fallbacks, skipped features. */
export interface PlanNote {
  key: string;
  zh: string;
  en: string;
}

export interface Plan {
  sheets: OwnedSheetPlan[];
  columns: OwnedColumnPlan[];
  notes: PlanNote[];
}

export function emptySheetPlan(key: string, name: string): OwnedSheetPlan {
  return {
    key,
    name,
    blocks: [],
    formulas: [],
    styles: [],
    widths: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: [],
  };
}
