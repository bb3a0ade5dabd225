// Durable marks: how a workbook itself says what Taizhang owns, so ownership survives save and
// reopen (when sheet ids are renumbered), renames, moves and inserted columns, in Excel and in
// files written without it. Each mark is a defined name over a range (Excel keeps names
// through all of these; names follow inserted and deleted rows and columns; pasted copies of
// cells do not carry them) whose comment holds the mark as compact JSON. The names are
// workbook-scoped (one request reads them all) and hidden. Workbook settings only cache them.

const PREFIX = "Taizhang_";

/** Name characters Excel allows everywhere in a name: keys and ids are reduced to them. */
function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, "_");
}

/**
 * Over A1 of a sheet a run wrote (summary, issue list, slips): one name per plan key and run, so
 * a run marks its new sheet before the earlier one goes, and a failure at any point leaves each
 * sheet's mark telling whose it is and whether it was finished.
 */
export function sheetMarkName(key: string, run: string): string {
  return `${sheetMarkPrefix(key)}${safe(run)}`;
}

/** What the names of every run's mark of one plan key start with. */
export function sheetMarkPrefix(key: string): string {
  return `${PREFIX}Sheet_${safe(key)}__`;
}

/** Over an owned column's range (header to last row) on a user's ledger. */
export function columnMarkName(binding: string, key: string): string {
  return `${PREFIX}Column_${safe(binding)}_${safe(key)}`;
}

/** Over the header row of a user's sheet bound as a ledger. */
export function ledgerMarkName(binding: string): string {
  return `${PREFIX}Ledger_${safe(binding)}`;
}

export function isMarkName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** The run a sheet mark's name ends with. */
export function runOfSheetMark(name: string): string {
  return name.slice(name.lastIndexOf("__") + 2);
}

/** What a sheet mark records about the sheet as the add-in last left it. */
export interface SheetMark {
  kind: "sheet";
  /** The plan's key for the sheet (summary, issues, slips). */
  key: string;
  /** The name the add-in gave it: another name now means the user renamed (adopted) it. */
  name: string;
  /** The name the run added it under, which it may still bear if the run failed at the end. */
  alias?: string;
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
  run: string;
}

/** What a ledger mark records: the binding it belongs to (its header labels are in the binding). */
export interface LedgerMark {
  kind: "ledger";
  binding: string;
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
        ...(mark.alias === undefined ? {} : { a: mark.alias }),
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
      });
    case "ledger":
      return JSON.stringify({ t: "l", b: mark.binding });
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
    const alias = text("a");
    return {
      kind: "sheet",
      key,
      name,
      ...(alias === undefined ? {} : { alias }),
      fingerprint: fp,
      run,
      complete: d.c === 1,
    };
  }
  if (d.t === "c") {
    const [key, header, run] = [text("k"), text("h"), text("r")];
    if (key === undefined || header === undefined || run === undefined) return null;
    return { kind: "column", key, header, run };
  }
  if (d.t === "l") {
    const binding = text("b");
    return binding === undefined ? null : { kind: "ledger", binding };
  }
  return null;
}

/** A fresh id for one run of a write, so its own sheets can be told from any other run's. */
export function newRunId(random: () => number = Math.random): string {
  return `${Date.now().toString(36)}${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}
