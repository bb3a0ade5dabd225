// What a write does with the output an earlier run left, decided the same way by every host from
// the marks it found and what the cells hold now. The rule: replace only what is exactly as
// Taizhang left it; whatever a person renamed, typed in or annotated is theirs from then on.
import type { ColumnMark, SheetMark } from "./marks";

/** An owned sheet found by its mark, with a fingerprint of its constants now. */
export interface FoundSheet {
  id: string;
  name: string;
  position: number;
  mark: SheetMark;
  /** Fingerprint of what it holds now; null when it could not be read. */
  current: string | null;
}

export type AdoptedWhy = "renamed" | "edited" | "unfinished";

export interface SheetFate {
  /** The earlier output to replace: Taizhang's, exactly as it was left. */
  replace: FoundSheet | null;
  /** An earlier output a person made theirs: left as it is, and no longer marked. */
  adopted: { sheet: FoundSheet; why: AdoptedWhy } | null;
}

export function sheetFate(found: FoundSheet | undefined): SheetFate {
  if (!found) return { replace: null, adopted: null };
  const unchanged = found.current !== null && found.current === found.mark.fingerprint;
  if (found.name !== found.mark.name)
    return { replace: null, adopted: { sheet: found, why: "renamed" } };
  // A run that failed before marking its sheet complete may still have written all of it.
  if (unchanged) return { replace: found, adopted: null };
  return {
    replace: null,
    adopted: { sheet: found, why: found.mark.complete ? "edited" : "unfinished" },
  };
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
  /** The range the add-in wrote there last time (rows), to clear what the new plan leaves out. */
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
