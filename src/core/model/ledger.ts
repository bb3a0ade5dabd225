import type { Cell } from "./cell";

/** The ten ledgers Taizhang ships; a user descriptor may name others. */
export const LEDGER_KINDS = [
  "office",
  "problem",
  "measure",
  "pairing",
  "exchange",
  "petition",
  "activity",
  "performance",
  "funding",
  "review",
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * What a field means to the programme, independent of its column title. Rollups, flags and
 * summaries find columns by role, never by name.
 */
export type FieldRole =
  | "id"
  | "office"
  | "city"
  | "province"
  | "category"
  | "problemId"
  | "problem"
  | "cause"
  | "measure"
  | "responsibleUnit"
  | "responsiblePerson"
  | "startDate"
  | "deadline"
  | "status"
  | "doneDate"
  | "closed"
  | "closedDate"
  | "evidence"
  | "note"
  | "helper"
  | "amount"
  | "date"
  | "period"
  | "indicator"
  | "value"
  | "direction"
  | "prosecutors"
  | "count"
  | "flawed"
  | "unqualified"
  | "backbone"
  | "young"
  | "sixOnes"
  | "other";

/** Canonical progress state. 已销号 (closed) is its own state, never merged with done. */
export type Status = "done" | "inProgress" | "notStarted" | "closed";

/** A cell after normalisation. `text` always keeps what the user typed (or its display). */
export interface NormalizedCell {
  /** The original cell text ("" for an empty cell). */
  text: string;
  /** The raw host value. */
  raw: Cell;
  /**
   * The typed value: string, number, boolean, ISO date "YYYY-MM-DD", Status, or null when the
   * cell is empty, means "missing" (无/—/空), or a date means "no deadline" (长期坚持).
   */
  value: string | number | boolean | null;
  /** 约/余/近 and the like: the number is approximate. */
  approximate?: boolean;
  /** The deadline is open-ended (长期坚持, 持续推进). */
  openEnded?: boolean;
  /**
   * The date reads "at once" (立行立改): due when the item was found. The reader puts the row's
   * 开始时间 in `value` when there is one; otherwise the value stays null and an unfinished item
   * counts as overdue.
   */
  immediate?: boolean;
  /**
   * The value was not typed in this cell: it comes from the sheet around the row — a section
   * heading above it (一、队伍方面（6项）), the title, a 填表单位 line, the sheet's or the file's
   * name — because the sheet has no column for the field or left the cell empty.
   */
  derived?: DerivedFrom;
}

/** Where a value the row did not hold was taken from (see NormalizedCell.derived). */
export type DerivedFrom = "section" | "title" | "filler" | "sheetName" | "fileName" | "startDate";

/** One data row of a ledger, keyed by field name. */
export interface LedgerRow {
  /** Physical 1-based row number in the sheet. */
  rowNumber: number;
  cells: Record<string, NormalizedCell>;
}

/** A field as the rest of the core sees it once a sheet is read (see the Table Schema descriptors). */
export interface LedgerField {
  /** Field name from the descriptor (ASCII, stable: used in JSON and bindings). */
  name: string;
  /** Chinese title shown to users. */
  title: string;
  role: FieldRole;
  /** Table Schema type: string, integer, number, date, boolean, plus "status" for progress words. */
  type: string;
  /** The field belongs to the parent row (a problem over several measure rows) and fills down. */
  parent?: boolean;
  /**
   * No column of the sheet holds the field, and nothing around the table gave it: every row's
   * cell is empty. Summaries say which figures this leaves out (see `whenMissing`).
   */
  missing?: boolean;
  /** What figures leave out when the field is missing (from the descriptor). */
  whenMissing?: { zh: string; en: string };
}

/**
 * A read ledger: what rollups, flags and summaries consume. The reader's full result (mapping,
 * header row, errors) extends this.
 */
export interface Ledger {
  kind: LedgerKind | string;
  file?: string;
  sheet: string;
  fields: LedgerField[];
  rows: LedgerRow[];
}
