/**
 * What a write costs on the wire: the bytes of the request Microsoft's Excel library sends for it,
 * so a write fills each request up to the budget instead of guessing with a wide margin.
 *
 * How the library sends a 2-D property (values, numberFormat, formulasR1C1) on a range: the
 * array as JSON, `null` already replaced by "" (the writers do), in one SetProperty action; past
 * 1,500 cells (ExcelApi 1.3 and later) it calls `_ValidateArraySize` and sets the array in row
 * chunks of about 1,500 cells, each chunk a range of its own (two `getRow` paths and a
 * `getBoundingRect`) — `setRangePropertiesInBulk` in the library. The constants below are what
 * those actions and paths take, measured on the library through the fake host
 * (test/excel/requestBytes.test.ts) and rounded up, so the estimate is never under the request.
 */
import { jsonBytes } from "./payload";

/** The request around its actions, and the workbook and worksheet paths every write names. */
export const REQUEST_FRAME_BYTES = 1_000;
/** One range: its `getRange` path with the address, the reference kept, the instantiation. */
export const RANGE_BYTES = 400;
/** One range whose reference is not kept (released at once with `trackedObjects.remove`): its
 * `getRange` path with the address and the instantiation, without the `_KeepReference` action. */
export const UNKEPT_RANGE_BYTES = 300;
/** One property set on a range: the SetProperty action around the array. */
export const PROPERTY_BYTES = 120;
/** A set the library splits: its `_ValidateArraySize` call. */
export const BULK_CHECK_BYTES = 300;
/** One chunk of a split set: three paths (two rows, their bounding range) and their actions. */
export const BULK_CHUNK_BYTES = 1_000;
/** Cells per chunk the library sets at a time (`maxCellCount` in the library). */
export const BULK_CELLS = 1_500;

/**
 * What a hyperlink write sets on its cell (Excel's `HyperlinkProperty`): an address outside the
 * workbook or a reference inside it, the text shown and the screen tip, each as the library sends it.
 */
export interface HyperlinkValue {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/**
 * Bytes of setting one cell's hyperlink: its range and one SetProperty action, whose argument is
 * the link object as JSON — the address or reference, the text and the screen tip, escaped and
 * UTF-8 as they travel. Measured on the value sent, not on the plan it came from: the reference
 * quotes the sheet's name and doubles its apostrophes. `kept`: false when the cell's range is
 * released at once (the owned sheet's links: see writeSheet).
 */
export function hyperlinkWriteBytes(value: HyperlinkValue, kept = true): number {
  return (kept ? RANGE_BYTES : UNKEPT_RANGE_BYTES) + PROPERTY_BYTES + jsonBytes(value);
}

/** UTF-8 bytes of one row of a 2-D array as the library sends it (null as ""). */
export function rowBytes(row: readonly unknown[]): number {
  return jsonBytes(row.map((v) => (v === null ? "" : v)));
}

/** Chunks the library splits a set of `rows` × `columns` cells into (0: sent whole). */
export function bulkChunks(rows: number, columns: number): number {
  if (rows * columns <= BULK_CELLS) return 0;
  return Math.ceil(rows / Math.max(1, Math.round(BULK_CELLS / columns)));
}

/** Bytes of setting one 2-D property of `rows` × `columns` cells whose rows take `arrayBytes`. */
export function propertySetBytes(rows: number, columns: number, arrayBytes: number): number {
  const chunks = bulkChunks(rows, columns);
  // The array's brackets and commas: one per row, and a pair around each chunk.
  const punctuation = rows + 2 * Math.max(1, chunks);
  return (
    arrayBytes +
    punctuation +
    PROPERTY_BYTES +
    (chunks === 0 ? 0 : BULK_CHECK_BYTES + chunks * (BULK_CHUNK_BYTES + PROPERTY_BYTES))
  );
}

/** Bytes of a range given one or more 2-D properties, each as its rows' total `rowBytes`. */
export function rangeWriteBytes(rows: number, columns: number, arrays: readonly number[]): number {
  return RANGE_BYTES + arrays.reduce((n, a) => n + propertySetBytes(rows, columns, a), 0);
}

/**
 * The most rows from `start` whose write fits in `room` bytes (at most `most`), and its bytes:
 * `arrays` are the properties set, each as its rows' `rowBytes`. The estimate only grows with
 * each row, so rows are added until the next would not fit.
 */
export function rowsThatFit(
  arrays: readonly (readonly number[])[],
  start: number,
  columns: number,
  room: number,
  most = Infinity,
): { count: number; bytes: number } {
  const sums = arrays.map(() => 0);
  const rows = arrays[0]?.length ?? 0;
  let fitted = { count: 0, bytes: 0 };
  for (let i = start; i < rows && i - start < most; i++) {
    arrays.forEach((a, k) => (sums[k] = (sums[k] ?? 0) + (a[i] ?? 0)));
    const bytes = rangeWriteBytes(i - start + 1, columns, sums);
    if (bytes > room) break;
    fitted = { count: i - start + 1, bytes };
  }
  return fitted;
}
