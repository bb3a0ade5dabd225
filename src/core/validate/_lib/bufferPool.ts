/**
 * Int32Arrays handed back after a sweep, kept for the next one. Validating again — the add-in
 * does on every edit — then allocates nothing outside the heap, and outside-heap allocations are
 * what make V8 collect garbage early.
 */

/** At most this many bytes are kept (the key arrays of a few 100k-row sheets). */
const POOL_BYTES = 16 << 20;
const pool: Int32Array[] = [];
let pooled = 0;

/** An array of `length` (contents undefined: callers write before they read). */
export function takeBuffer(length: number): Int32Array {
  const at = pool.findIndex((buffer) => buffer.length === length);
  if (at < 0) return new Int32Array(length);
  const buffer = pool.splice(at, 1)[0]!;
  pooled -= buffer.byteLength;
  return buffer;
}

export function giveBuffer(buffer: Int32Array): void {
  if (buffer.length === 0 || pooled + buffer.byteLength > POOL_BYTES) return;
  pool.push(buffer);
  pooled += buffer.byteLength;
}

/**
 * Arrays of cell values, reused the same way: a 100k-element array is a large object to V8, and
 * growing a fresh one row by row re-allocates it several times per sweep.
 */
const valueArrays: unknown[][] = [];
const VALUE_ARRAYS_KEPT = 8;

export function takeValues<T>(): T[] {
  return (valueArrays.pop() ?? []) as T[];
}

/** Hands an array back; its first `used` elements are cleared so it holds no sheet's values. */
export function giveValues(values: unknown[], used: number): void {
  if (valueArrays.length >= VALUE_ARRAYS_KEPT) return;
  values.fill(null, 0, used);
  valueArrays.push(values);
}
