// What a write does with the output earlier runs left, decided the same way by every host from
// the marks it found and what the sheets hold now. The rule: replace only what is exactly as
// Taizhang left it; whatever a person renamed, typed in or annotated is theirs from then on.
import type { ColumnMark, SheetMark } from "./marks";

/** A sheet found by one of the add-in's marks, with a fingerprint of its constants now. */
export interface FoundSheet {
  id: string;
  name: string;
  position: number;
  /** The mark's own name (one per run and key). */
  markName: string;
  mark: SheetMark;
  /** Fingerprint of what it holds now; null when it could not be read. */
  current: string | null;
}

export type AdoptedWhy = "renamed" | "edited" | "unfinished";

export interface SheetFate {
  /** The earlier output to replace: Taizhang's, exactly as it was left. Its place goes to the new. */
  replace: FoundSheet | null;
  /** Older copies of Taizhang's output left by a run that failed at the very end: removed. */
  remove: FoundSheet[];
  /** Earlier output a person made theirs: left as it is, and no longer marked. */
  adopted: { sheet: FoundSheet; why: AdoptedWhy }[];
}

function untouched(found: FoundSheet): boolean {
  return found.current !== null && found.current === found.mark.fingerprint;
}

function named(found: FoundSheet): boolean {
  return found.name === found.mark.name || found.name === found.mark.alias;
}

/**
 * The fate of every earlier sheet of one plan key. The newest finished one, if untouched, is
 * replaced; other untouched finished ones (a run that failed between marking its sheet finished
 * and removing the earlier one) go; anything renamed, typed in or never finished is kept.
 */
export function sheetFate(found: readonly FoundSheet[]): SheetFate {
  const fate: SheetFate = { replace: null, remove: [], adopted: [] };
  const newestFirst = [...found].sort((a, b) => (a.mark.run < b.mark.run ? 1 : -1));
  for (const sheet of newestFirst) {
    if (!named(sheet)) fate.adopted.push({ sheet, why: "renamed" });
    else if (!sheet.mark.complete) fate.adopted.push({ sheet, why: "unfinished" });
    else if (!untouched(sheet)) fate.adopted.push({ sheet, why: "edited" });
    else if (fate.replace === null) fate.replace = sheet;
    else fate.remove.push(sheet);
  }
  return fate;
}

/** An owned column found by its mark (the name follows inserted rows and columns). */
export interface FoundColumn {
  sheet: string;
  /** 0-based column, first row (the header) and last row of the marked range now. */
  column: number;
  firstRow: number;
  lastRow: number;
  mark: ColumnMark;
  /** The header cell's value now. */
  header: unknown;
  /** 0-based rows of the body that hold a typed value instead of the add-in's formula. */
  typedRows: number[];
}

export interface ColumnFate {
  /** Where to write: the marked column, or null for a new column right of the user's data. */
  column: number | null;
  /** The rows the add-in wrote there last time, to empty what the new plan leaves out. */
  previous: { firstRow: number; lastRow: number } | null;
  /** The person changed the header: it is theirs, written no more. */
  keepHeader: boolean;
  /** Cells a person typed over the formulas (人工标识): left as they are. */
  typedRows: number[];
}

/**
 * Owned columns hold formulas only (flags, and normalised dates as =DATE(…)), so whatever a person
 * typed into one is found cell by cell and kept, and the rest is Taizhang's to rewrite.
 */
export function columnFate(found: FoundColumn | undefined): ColumnFate {
  if (!found) return { column: null, previous: null, keepHeader: false, typedRows: [] };
  return {
    column: found.column,
    previous: { firstRow: found.firstRow, lastRow: found.lastRow },
    keepHeader: found.header !== found.mark.header,
    typedRows: found.typedRows,
  };
}
