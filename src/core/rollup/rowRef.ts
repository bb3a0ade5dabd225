// Every figure carries the rows it came from, so the UI can select them and a reader can check.
import type { Ledger } from "../model/ledger";
import type { RowRef } from "../model/rowRef";
import type { RowList } from "./rowList";

export type { RowRef };

/** A number (or null when it cannot be computed) with the rows behind it. */
export interface Figure {
  value: number | null;
  rows: RowRef[];
}

/** The refs of a ledger's rows, index for index, built once and shared by every figure. */
export function rowRefsOf(ledger: Ledger): RowRef[] {
  return ledger.rows.map((row) =>
    ledger.file === undefined
      ? { sheet: ledger.sheet, row: row.rowNumber }
      : { file: ledger.file, sheet: ledger.sheet, row: row.rowNumber },
  );
}

/** Refs merged in order without duplicates (a ratio's numerator and denominator share rows). */
export function mergeRefs(...lists: RowRef[][]): RowRef[] {
  const seen = new Set<RowRef>();
  const merged: RowRef[] = [];
  for (const list of lists) {
    for (const ref of list) {
      if (!seen.has(ref)) {
        seen.add(ref);
        merged.push(ref);
      }
    }
  }
  return merged;
}

/** Division that yields null instead of NaN or Infinity. */
export function safeRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Two counts added (已完成 = done + closed), citing both figures' rows, merged only when read: most headlines are printed, not traced. */
export function sumFigure(a: Figure, b: Figure): Figure {
  return lazyRows((a.value ?? 0) + (b.value ?? 0), () => mergeRefs(a.rows, b.rows));
}

/** A figure whose `rows` are made on first read (an own, enumerable property). */
export function lazyRows(value: number | null, makeRows: () => RowRef[]): Figure {
  return withLazyRows({ value }, makeRows);
}

/**
 * Where a lazy figure keeps its rows: how to make them (a RowList or a function), then the refs
 * once made. A property of its own, not enumerable (JSON, Object.keys, spreads and equality
 * checks see `value` and `rows` only), under a symbol nobody else reads.
 */
const ROWS_SOURCE = Symbol("rows source");
type RowsSource = RowList | (() => RowRef[]) | RowRef[];
type LazyHolder = { [ROWS_SOURCE]: RowsSource };

/**
 * The one getter of every lazy `rows`. Shared, not a closure per figure: V8 gives objects whose
 * accessors differ a hidden class each (then a dictionary), and a summary holds tens of thousands
 * of figures — a closure, its context and a dictionary per figure were several times the figure.
 */
function rowsOfSource(this: LazyHolder): RowRef[] {
  const source = this[ROWS_SOURCE];
  if (Array.isArray(source)) return source;
  const refs = typeof source === "function" ? source() : source.toRefs();
  this[ROWS_SOURCE] = refs;
  return refs;
}

/** `fields` with `rows` added last, made on first read (an own, enumerable property). */
export function withLazyRows<T extends object>(
  fields: T,
  makeRows: (() => RowRef[]) | RowList,
): T & { rows: RowRef[] } {
  Object.defineProperty(fields, "rows", { enumerable: true, get: rowsOfSource });
  Object.defineProperty(fields, ROWS_SOURCE, { writable: true, value: makeRows });
  return fields as T & { rows: RowRef[] };
}

/** A figure citing the rows of a RowList, materialised on first read. */
export function lazyFigure(value: number | null, rows: RowList): Figure {
  rows.trim();
  return withLazyRows({ value }, rows);
}
