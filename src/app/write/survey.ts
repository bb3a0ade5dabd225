// What a host knows about a workbook before it writes a plan, in the shape both hosts fill
// (src/excel reads it through Office.js, src/xlsx/host from the file's parts), so the rules that
// decide a write (placeColumns, preflight, the ownership fates) are written once.
import type { CellArea, SheetInput } from "../../core/model/cell";
import type { SheetRead as AppSheetRead, WorkbookState } from "../host";
import type { LockEntry } from "../ownership/lock";
import type { FoundColumn, FoundSheet } from "../ownership/fates";

/** A workbook name as the survey reads it. */
export interface NameRead {
  name: string;
  comment: string;
  /** What it refers to, as Excel writes it ("台账汇总!$A$1"); "#REF!" once its cells are gone. */
  value: string;
}

export interface WorkbookSurvey extends WorkbookState {
  /** Names of tables and defined names: a new table's name must differ from all of them. */
  tables: string[];
  readOnly: boolean;
  structureProtected: boolean;
  /** The add-in's marks: workbook names starting Taizhang_, with their comment and reference. */
  marks: NameRead[];
  /** Every writer's entry in the settings (one writer at a time). */
  locks: LockEntry[];
}

export interface SheetRead extends AppSheetRead {
  protected: boolean;
  /** Excel tables on the sheet: a column written right beside one may join it. */
  tableCount: number;
  /** The used range (values only), or null for an empty sheet. */
  used: CellArea | null;
  input: SheetInput;
}

/** What earlier runs left that this plan would write again, as found by their marks. */
export interface OwnedFound {
  /** By plan key: every earlier run's sheet of that key still marked. */
  sheets: Map<string, FoundSheet[]>;
  /** By "sheet:key". */
  columns: Map<string, FoundColumn>;
}
