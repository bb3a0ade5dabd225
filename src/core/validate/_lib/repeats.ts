/**
 * Entries whose key an earlier entry already had, each with that earlier entry: what `unique`
 * and the primary key report. The whole column is known when the sweep ends, so it is checked
 * at once rather than row by row:
 *
 * A row-by-row hash table over a 100k-row sheet is megabytes of slots visited in random order,
 * and nearly every lookup waits on memory. Here the entries are first grouped by the top bits of
 * their hash (a counting sort, which reads and writes in order), and each group is checked with
 * a table small enough to stay in cache. The sort is stable, so within a group entries keep
 * sheet order and the first of equal keys is the one an earlier row had.
 */
import { hashString, mix } from "../../text/hash";

export { hashString };

/** Entries per group: its table (two slots an entry, four bytes each) fits the first-level cache. */
const GROUP_SIZE = 1024;

/**
 * Reused between calls (the add-in re-checks on every edit): grown, never shrunk. `order` lists
 * the entries group by group, `grouped` their hashes in that same order (a group's hashes are
 * then read from one stretch of memory), `table` is the current group's slots.
 */
let order = new Int32Array(0);
let grouped = new Int32Array(0);
let table = new Int32Array(0);

/**
 * `hashes[i]` is entry i's key hash (see hashValue); `same(a, b)` compares two entries' keys,
 * called only when their hashes agree. Returns [entry, first entry with that key] pairs, in
 * entry order.
 */
export function findRepeats(
  hashes: Int32Array,
  count: number,
  same: (a: number, b: number) => boolean,
): Array<[number, number]> {
  const repeats: Array<[number, number]> = [];
  if (count < 2) return repeats;
  let bits = 0;
  while (count >> bits > GROUP_SIZE) bits++;
  const starts = groupByHash(hashes, count, bits);
  const groups = starts.length - 1;
  let largest = 0;
  for (let g = 0; g < groups; g++) largest = Math.max(largest, starts[g + 1]! - starts[g]!);
  if (table.length < tableSize(largest)) table = new Int32Array(tableSize(largest));
  for (let g = 0; g < groups; g++) checkGroup(starts[g]!, starts[g + 1]!, same, repeats);
  if (groups > 1) repeats.sort((a, b) => a[0] - b[0]);
  return repeats;
}

/** A power of two at least twice the entries: probes stay short. */
function tableSize(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  return size;
}

/**
 * Orders the entries (into `order`) by the top `bits` of their hash, keeping entry order within
 * a group; returns where each group starts (and, last, where the last one ends).
 * Each long loop here is a function of its own: a loop the engine optimises while it runs is
 * compiled with its whole function, before the later loops have run, and that code was left at
 * the next loop on every call (a deopt per sweep in --trace-deopt).
 */
function groupByHash(hashes: Int32Array, count: number, bits: number): Int32Array {
  const groups = 1 << bits;
  const starts = new Int32Array(groups + 1);
  if (order.length < count) {
    order = new Int32Array(count);
    grouped = new Int32Array(count);
  }
  if (bits === 0) {
    starts[1] = count;
    for (let i = 0; i < count; i++) order[i] = i;
    grouped.set(hashes.subarray(0, count));
    return starts;
  }
  // Top bits choose the group, low bits the slot within it: independent bits of the hash.
  const shift = 32 - bits;
  countGroups(hashes, count, shift, starts);
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  scatter(hashes, count, shift, starts.slice(0, groups));
  return starts;
}

/** Entries per group, each group's count one place on (starts[g + 1]). */
function countGroups(hashes: Int32Array, count: number, shift: number, starts: Int32Array): void {
  for (let i = 0; i < count; i++) starts[(hashes[i]! >>> shift) + 1]! += 1;
}

/** Entries (and their hashes) to their group's next place, in entry order. */
function scatter(hashes: Int32Array, count: number, shift: number, next: Int32Array): void {
  for (let i = 0; i < count; i++) {
    const hash = hashes[i]!;
    const at = next[hash >>> shift]!++;
    order[at] = i;
    grouped[at] = hash;
  }
}

/** Finds the repeats among the entries order[from..to), which share the top bits of their hash. */
function checkGroup(
  from: number,
  to: number,
  same: (a: number, b: number) => boolean,
  repeats: Array<[number, number]>,
): void {
  if (to - from < 2) return;
  const size = tableSize(to - from);
  const mask = size - 1;
  table.fill(0, 0, size);
  for (let k = from; k < to; k++) {
    const hash = grouped[k]!;
    let slot = hash & mask;
    for (;;) {
      const held = table[slot]!;
      if (held === 0) {
        // Slots hold the position in `order` + 1: 0 marks an empty one.
        table[slot] = k + 1;
        break;
      }
      if (grouped[held - 1] === hash && same(order[held - 1]!, order[k]!)) {
        repeats.push([order[k]!, order[held - 1]!]);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/** A cell value's hash: strings by their units, numbers by their text, booleans as constants. */
export function hashValue(value: string | number | boolean): number {
  if (typeof value === "string") return hashString(value);
  if (typeof value === "number") return hashString(String(value)) ^ 0x5bd1e995;
  return value ? 0x1f3d5b79 : 0x2c1b3c6d;
}

/** Combines the hashes of a key's fields, in order. */
export function combineHashes(left: number, right: number): number {
  return mix(left ^ Math.imul(right, 0x9e3779b1));
}
