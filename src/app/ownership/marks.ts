// Durable marks: how a workbook itself says what Taizhang owns, so ownership survives save and
// reopen (when sheet ids are renumbered), renames, moves and inserted columns, in Excel and in
// files written without it. Each mark is a worksheet-scoped defined name (Excel keeps names
// through all of these; names follow inserted and deleted rows and columns; pasted copies of
// cells do not carry them) whose comment holds the mark as compact JSON. Workbook settings only
// cache them.

/** On a sheet the add-in wrote (summary, issue list, slips); refers to ="<key>". */
export const SHEET_MARK = "Taizhang_Sheet";
/** On a user's sheet bound as a ledger; refers to ="<binding id>". */
export const LEDGER_MARK = "Taizhang_Ledger";
const COLUMN_MARK_PREFIX = "Taizhang_Column_";

/** The name over an owned column's range (header to last row) on a user's sheet. */
export function columnMarkName(key: string): string {
  return COLUMN_MARK_PREFIX + key.replace(/[^A-Za-z0-9_]/g, "_");
}

export function isColumnMarkName(name: string): boolean {
  return name.startsWith(COLUMN_MARK_PREFIX);
}

/** What a sheet mark records about the sheet as the add-in last left it. */
export interface SheetMark {
  kind: "sheet";
  /** The plan's key for the sheet (summary, issues, slips). */
  key: string;
  /** The name the add-in gave it: another name now means the user renamed (adopted) it. */
  name: string;
  /** Fingerprint of the values the add-in wrote: other values now mean the user typed in it. */
  fingerprint: string;
  /** The run that wrote it, so a failed run removes only its own sheets. */
  run: string;
  /** False while a run is still writing it (a leftover of a failed run stays false). */
  complete: boolean;
}

/** What a column mark records about an owned column. */
export interface ColumnMark {
  kind: "column";
  key: string;
  /** The header text the add-in wrote. */
  header: string;
  /**
   * Fingerprint of the formula (R1C1) the add-in wrote in every row: a cell holding another
   * formula or a value is the user's (a manual setting, 人工标识). Names' comments are short, so
   * the formula itself is not kept.
   */
  formula?: string;
  /** Fingerprint of the values, for a column of values (normalised dates). */
  fingerprint?: string;
  run: string;
}

/** What a ledger mark records: the binding it belongs to and the header it was bound with. */
export interface LedgerMark {
  kind: "ledger";
  binding: string;
  /** Fingerprint of the header row's labels when the sheet was bound. */
  header: string;
}

export type Mark = SheetMark | ColumnMark | LedgerMark;

/** The mark as a name's comment: compact JSON. */
export function encodeMark(mark: Mark): string {
  switch (mark.kind) {
    case "sheet":
      return JSON.stringify({
        t: "s",
        k: mark.key,
        n: mark.name,
        f: mark.fingerprint,
        r: mark.run,
        c: mark.complete ? 1 : 0,
      });
    case "column":
      return JSON.stringify({
        t: "c",
        k: mark.key,
        h: mark.header,
        r: mark.run,
        ...(mark.formula === undefined ? {} : { x: mark.formula }),
        ...(mark.fingerprint === undefined ? {} : { f: mark.fingerprint }),
      });
    case "ledger":
      return JSON.stringify({ t: "l", b: mark.binding, h: mark.header });
  }
}

/** A name's comment read back as a mark; null for anything that is not one of ours. */
export function decodeMark(comment: string | null | undefined): Mark | null {
  if (!comment) return null;
  let data: unknown;
  try {
    data = JSON.parse(comment);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  const text = (key: string) => (typeof d[key] === "string" ? (d[key] as string) : undefined);
  if (d.t === "s") {
    const [key, name, fp, run] = [text("k"), text("n"), text("f"), text("r")];
    if (key === undefined || name === undefined || fp === undefined || run === undefined)
      return null;
    return { kind: "sheet", key, name, fingerprint: fp, run, complete: d.c === 1 };
  }
  if (d.t === "c") {
    const [key, header, run] = [text("k"), text("h"), text("r")];
    if (key === undefined || header === undefined || run === undefined) return null;
    const formula = text("x");
    const fp = text("f");
    return {
      kind: "column",
      key,
      header,
      run,
      ...(formula === undefined ? {} : { formula }),
      ...(fp === undefined ? {} : { fingerprint: fp }),
    };
  }
  if (d.t === "l") {
    const [binding, header] = [text("b"), text("h")];
    if (binding === undefined || header === undefined) return null;
    return { kind: "ledger", binding, header };
  }
  return null;
}

/** A fresh id for one run of a write, so its own sheets can be told from any other run's. */
export function newRunId(random: () => number = Math.random): string {
  return `${Date.now().toString(36)}${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}
