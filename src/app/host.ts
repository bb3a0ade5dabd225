// What a workflow needs from the workbook it works on, written once against this interface: the
// Excel add-in (src/excel, Office.js) and the .xlsx host (files, for the command line and the
// browser page) implement it. A host reads, writes plans the core built, and stores bindings;
// it decides nothing about ledgers.
import type { Cell, CellArea, SheetInput, SheetVisibility } from "../core/model";
import type { Plan, PlanNote } from "../core/plan";
import type { BindingRequest, Bindings, LedgerBinding } from "./bindings";

export interface SheetInfo {
  name: string;
  /** The host's id for the sheet while the workbook is open (not across save and reopen). */
  id: string;
  /** 0-based tab position. */
  position: number;
  visibility?: SheetVisibility;
}

/** Where a bound ledger's mark says it is now (the mark follows renames and inserted rows). */
export interface LedgerMarkAt {
  binding: string;
  sheet: string;
  /** 0-based header row now. */
  headerRow: number;
}

/** The workbook as a workflow first sees it: its sheets in tab order, the active one, bindings. */
export interface WorkbookState {
  sheets: SheetInfo[];
  /** The sheet the user is looking at. */
  active: string;
  bindings: Bindings;
  /** The bound ledgers' marks, where the host keeps marks. */
  ledgerMarks?: LedgerMarkAt[];
}

/** A sheet read for a plan: what the core reads, and which sheet it is. */
export interface SheetRead {
  name: string;
  id: string;
  input: SheetInput;
}

/** A plan to write, built from what was read in the same operation. */
export interface BuiltPlan {
  plan: Plan;
  /** The binding of each user sheet the plan adds owned columns to (new ones included). */
  ledgers?: readonly LedgerBinding[];
  /** Make the plan's first owned sheet the active one. */
  activate?: boolean;
}

/**
 * Told as a sheet's rows arrive (a long sheet is read in blocks of about 4 MB): rows read so
 * far and the sheet's used rows. A listener that throws stops the read (the user cancelled).
 */
export type RowsListener = (sheet: string, read: number, total: number) => void;

export interface ReadOptions {
  onRows?: RowsListener;
}

export interface WriteRequest {
  /** The sheets the plan is built from, or how to choose them from the workbook's state. */
  sheets: readonly string[] | ((state: WorkbookState) => readonly string[]);
  /** With `sheets` a function: the sheets it is expected to choose (as last seen), read early. */
  expected?: readonly string[];
  /**
   * Core work: what was read → what to write. It may take its time (the pane builds plans off
   * the page's thread); nothing is written before it resolves, and a rejection writes nothing.
   */
  build: (sheets: readonly SheetRead[], state: WorkbookState) => BuiltPlan | Promise<BuiltPlan>;
  /** Told as the plan's sheets are read. */
  onRows?: RowsListener;
}

export interface WrittenPlan {
  notes: PlanNote[];
  /** Final sheet name per owned-sheet key. */
  sheetNames: Record<string, string>;
  /** Column (0-based) of each owned column, by "sheet:key". */
  columns: Record<string, number>;
}

/**
 * Rows edited in a bound ledger (1-based physical rows; empty: the whole ledger, rows moved),
 * delivered once the user pauses. A listener that returns a promise is not called again until it
 * settles: edits meanwhile are gathered into one call after it, so an older re-check never
 * lands after a newer one.
 *
 * `complete`: the host saw every change to the sheet since its previous call — values, number
 * formats and sorts all raise events it listens to, and no write of the add-in's own ran with
 * events off — so the rows named are all that changed and a copy read earlier, with them read
 * again, is the sheet as it is. False: something may have changed unseen; only a whole read is
 * safe.
 */
export type EditListener = (
  sheet: string,
  rows: number[],
  complete: boolean,
) => void | Promise<void>;

/** Rows of a sheet read again, with what tells whether an earlier whole read still holds. */
export interface RowsRead {
  /** The sheet's used range (cells with values, 0-based) now; null when it has none. */
  used: CellArea | null;
  /**
   * Each asked row inside the used range: its values and number formats from column A, as the
   * rows of `SheetInput` hold them (blank cells null, width up to the used range's last column).
   */
  rows: { row: number; values: Cell[]; numberFormats: string[] }[];
  /**
   * Where the host reads merged areas: those meeting the asked rows, and how many the used range
   * holds in all.
   */
  merges?: { meeting: CellArea[]; total: number };
  /**
   * The areas of the used range holding formulas, where the host can tell (ExcelApi 1.9): their
   * values follow other rows' cells and change with no event of their own.
   */
  formulas?: CellArea[];
}

export interface WorkbookHost {
  state(): Promise<WorkbookState>;
  /** The named sheets as the core reads them; a sheet that is gone is an error. */
  readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetInput[]>;
  /**
   * Given rows (1-based) of one sheet and its used range, in a fixed number of requests however
   * long the sheet: what a re-check of a few edited rows reads.
   */
  readRows(sheet: string, rows: readonly number[]): Promise<RowsRead>;
  /** Reads, builds the plan and writes it: what the add-in owns is found and replaced here. */
  write(request: WriteRequest): Promise<WrittenPlan>;
  /** Records a sheet as a ledger (its header row and columns), keeping what it already owns. */
  saveBinding(request: BindingRequest): Promise<LedgerBinding>;
  /**
   * Changes the stored bindings as `change` says (read and written in one operation): to forget
   * a ledger, or to keep the workbook's as-of date. Resolves to what was stored.
   */
  updateBindings(change: (bindings: Bindings) => Bindings): Promise<Bindings>;
  /**
   * Clears the columns the add-in added to a ledger sheet (flags, normalised dates): only cells
   * under a header that still carries the add-in's mark, never a user's. Forgets them and the
   * scheme in the sheet's binding; resolves to how many columns were cleared.
   */
  removeOwnedColumns(sheet: string): Promise<number>;
  /** Shows a cell to the user (activates its sheet and selects it). */
  selectCell(sheet: string, rowNumber: number, columnNumber: number | null): Promise<void>;
  /**
   * Calls `onRows` with the rows the user edits in these ledgers (not the add-in's own writes);
   * resolves to a function that stops watching.
   */
  watchEdits(ledgers: readonly LedgerBinding[], onRows: EditListener): Promise<() => Promise<void>>;
}
