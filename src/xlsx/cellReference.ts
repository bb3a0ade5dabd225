import { MAX_COLUMNS, MAX_ROWS } from "../core/model/address";
import type { CellArea } from "../core/model/cell";

// Cell references read straight from a sheet's bytes: every cell carries one (r="AB12") and a
// ledger of 100k rows carries ~150k merged ranges. parseAddress (core/model/address) reads the
// same syntax from a string; making a string and a regex match for each of them was a tenth of
// a sheet's reading time, and most of its garbage.

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;
const DOLLAR = 36;
const COLON = 58;

/** Column and row (0-based; row -1 when the reference has none) of the last readReference. */
export const reference = { column: -1, row: -1 };

/** Reads "AB12", "$AB$12" or "AB" from b[start, end); returns where it stops, or -1 if none. */
export function readReference(b: Uint8Array, start: number, end: number): number {
  let i = start;
  if (b[i] === DOLLAR) i++;
  let column = 0;
  const letters = i;
  for (; i < end; i++) {
    const c = b[i]! & ~32;
    if (c < A || c > Z) break;
    column = column * 26 + (c - A + 1);
    if (column > MAX_COLUMNS) return -1;
  }
  if (i === letters) return -1;
  if (b[i] === DOLLAR) i++;
  let row = 0;
  const digits = i;
  for (; i < end; i++) {
    const d = b[i]!;
    if (d < ZERO || d > NINE) break;
    row = row * 10 + (d - ZERO);
    if (row > MAX_ROWS) return -1;
  }
  reference.column = column - 1;
  reference.row = i === digits ? -1 : row - 1;
  return i;
}

/** "A3:B5" or "A3" in b[start, end) as an area inside Excel's grid; null for anything else. */
export function readArea(b: Uint8Array, start: number, end: number): CellArea | null {
  let i = readReference(b, start, end);
  if (i < 0 || reference.row < 0) return null;
  const firstRow = reference.row;
  const firstColumn = reference.column;
  if (i < end) {
    if (b[i] !== COLON) return null;
    i = readReference(b, i + 1, end);
    if (i !== end || reference.row < 0) return null;
  }
  const row = Math.min(firstRow, reference.row);
  const column = Math.min(firstColumn, reference.column);
  return {
    row,
    column,
    rowCount: Math.max(firstRow, reference.row) - row + 1,
    columnCount: Math.max(firstColumn, reference.column) - column + 1,
  };
}
