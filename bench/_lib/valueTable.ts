import type { CellValue } from "../../src/core/validate/compileField";

/**
 * The validate benchmark's key table for ajv's runner, which checks each row as it comes (ajv
 * validates one record at a time): `unique` and the primary key remembered row by row. It was the
 * core's own until the core moved to checking whole columns after the sweep (see
 * src/core/validate/keyCheck.ts); kept here as the fastest per-row structure we measured (about
 * twice a Set or Map), so ajv's side is not slowed by a naive one.
 *
 * Entries keyed by (parent entry, cell value), each with the row that first had it: the state of
 * a `unique` column (parent 0) or of a primary key, one level per key field (each level's parent
 * is the entry of the fields before it, so no key string is ever joined).
 *
 * Open addressing over typed arrays, sized once for the sheet's rows so it does not rehash as
 * it fills. A Map would do the same job, but on a 100k-row sheet its lookups walk chains of
 * entries scattered in memory; here a probe reads typed-array slots and compares stored hashes,
 * and touches the value itself only when the hashes agree. Values compare with `===`: a column
 * holds its parser's one type.
 */
export class ValueTable {
  /** Set by each entryOf: whether that call added the entry. */
  wasNew = false;
  private mask: number;
  /**
   * Two numbers per slot, side by side so a probe reads one cache line: the entry number,
   * 1-based (0: empty slot), then the entry's hash.
   */
  private slots: Int32Array;
  /** Per entry (0-based): its parent entry and first row, in typed arrays (no boxes, no GC). */
  private parents: Int32Array;
  private firstRows: Int32Array;
  private values: CellValue[] = [];
  /** The last entry asked for: rows repeat their neighbours (a problem's measures share its id). */
  private lastParent = -1;
  private lastValue: CellValue | undefined = undefined;
  private lastEntry = 0;

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.mask = size - 1;
    this.slots = takeBuffer(size * 2);
    this.parents = takeBuffer(size);
    this.firstRows = takeBuffer(size);
  }

  /**
   * Hands the table's arrays back for the next table of the same size (the sweep calls this when
   * done). Validating again — the add-in does on every edit — then allocates nothing outside the
   * heap, and outside-heap allocations are what make V8 collect garbage early.
   */
  release(): void {
    for (const buffer of [this.slots, this.parents, this.firstRows]) giveBuffer(buffer);
    this.slots = this.parents = this.firstRows = new Int32Array(0);
    this.values = [];
    this.mask = 0;
  }

  /** The entry of (parent, value), added with `rowNumber` when new (see `wasNew`); 1-based. */
  entryOf(parent: number, value: CellValue, rowNumber: number): number {
    if (value === this.lastValue && parent === this.lastParent) {
      this.wasNew = false;
      return this.lastEntry;
    }
    const hash = (hashValue(value) ^ Math.imul(parent, 0x9e3779b1)) | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot * 2]!;
      if (entry === 0) break;
      if (
        slots[slot * 2 + 1] === hash &&
        this.values[entry - 1] === value &&
        this.parents[entry - 1] === parent
      ) {
        this.wasNew = false;
        return this.remember(parent, value, entry);
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.values.length + 1;
    this.values.push(value);
    this.parents[entry - 1] = parent;
    this.firstRows[entry - 1] = rowNumber;
    slots[slot * 2] = entry;
    slots[slot * 2 + 1] = hash;
    this.wasNew = true;
    // Past three quarters full, probes grow long: only when the expected size was too small.
    if (entry * 4 > this.mask * 3) this.grow();
    return this.remember(parent, value, entry);
  }

  private remember(parent: number, value: CellValue, entry: number): number {
    this.lastParent = parent;
    this.lastValue = value;
    this.lastEntry = entry;
    return entry;
  }

  /** The row that first had the entry. */
  firstRow(entry: number): number {
    return this.firstRows[entry - 1]!;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    giveBuffer(this.slots);
    this.slots = takeBuffer(size * 2);
    const parents = takeBuffer(size);
    parents.set(this.parents);
    giveBuffer(this.parents);
    this.parents = parents;
    const firstRows = takeBuffer(size);
    firstRows.set(this.firstRows);
    giveBuffer(this.firstRows);
    this.firstRows = firstRows;
    for (let i = 0; i < this.values.length; i++) {
      const hash = (hashValue(this.values[i]!) ^ Math.imul(this.parents[i]!, 0x9e3779b1)) | 0;
      let slot = hash & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = i + 1;
      this.slots[slot * 2 + 1] = hash;
    }
  }
}

/** Released arrays kept for reuse, at most this many bytes (one 100k-row sheet's tables). */
const POOL_BYTES = 16 << 20;
const pool: Int32Array[] = [];
let pooled = 0;

/** A zeroed array of `length`, reused from the pool when one of that length is there. */
function takeBuffer(length: number): Int32Array {
  const at = pool.findIndex((buffer) => buffer.length === length);
  if (at < 0) return new Int32Array(length);
  const buffer = pool.splice(at, 1)[0]!;
  pooled -= buffer.byteLength;
  return buffer.fill(0);
}

function giveBuffer(buffer: Int32Array): void {
  if (buffer.length === 0 || pooled + buffer.byteLength > POOL_BYTES) return;
  pool.push(buffer);
  pooled += buffer.byteLength;
}

/** FNV-1a over a string's UTF-16 code units; numbers by their text; booleans as two constants. */
function hashValue(value: CellValue): number {
  if (typeof value === "string") return hashString(value);
  if (typeof value === "number") return hashString(String(value)) ^ 0x5bd1e995;
  return value ? 0x1f3d5b79 : 0x2c1b3c6d;
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
