import type { CellValue, FieldPlan } from "./compileField";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";
import type { TableError } from "./tableError";
import { giveBuffer, giveValues, takeBuffer, takeValues } from "./_lib/bufferPool";
import { combineHashes, findRepeats, hashValue } from "./_lib/repeats";

/**
 * A key no two rows may share: a `unique` column, or the primary key's fields. The sweep hands
 * each row's values over as it goes (remember); repeats are found once the sheet is read
 * (reportRepeats), a whole column at a time (see findRepeats).
 */
export interface KeyColumn {
  type: "unique-error" | "primary-key";
  /** The key's fields: indexes into the row's values (plan order), and their plans. */
  at: number[];
  plans: FieldPlan[];
  /**
   * Rows continuing the problem above are not checked by a `unique` parent field: such a row
   * holds no value of its own there (it is the problem above's).
   */
  skipContinuing: boolean;
  /** Rows remembered so far, and per row: its key's hash, row number and field values. */
  count: number;
  hashes: Int32Array;
  rowNumbers: Int32Array;
  parts: CellValue[][];
  /** The primary key, when this `unique` column is one of its fields (see CarriedKey). */
  carried: CarriedKey | null;
}

/**
 * A primary key that includes a `unique` column checked on every row: two rows can share the
 * key only where they share that column's value, so the key is checked among that column's
 * repeats alone, and its other fields' values ride along with the column's entries.
 */
interface CarriedKey {
  /** Where the carrying column is among the key's fields. */
  position: number;
  /** The other fields (indexes into the row's values) and their values per entry; null: no key. */
  others: number[];
  otherParts: Array<Array<CellValue | null>>;
}

/** The keys of a sheet, and each field's last value and its hash (see rememberKeys). */
export interface SheetKeys {
  columns: KeyColumn[];
  lastValues: Array<CellValue | null>;
  lastHashes: Int32Array;
}

/**
 * The keys to check: each `unique` column (bar a one-field primary key), then the primary key —
 * carried by one of those columns when it can be (see CarriedKey).
 */
export function sheetKeys(
  plans: readonly FieldPlan[],
  primaryKey: readonly string[],
  parentFields: ReadonlySet<string>,
  capacity: number,
): SheetKeys {
  return {
    columns: keyColumns(plans, primaryKey, parentFields, capacity),
    lastValues: plans.map(() => null),
    lastHashes: new Int32Array(plans.length),
  };
}

function keyColumns(
  plans: readonly FieldPlan[],
  primaryKey: readonly string[],
  parentFields: ReadonlySet<string>,
  capacity: number,
): KeyColumn[] {
  const key = (type: KeyColumn["type"], at: number[], skipContinuing: boolean): KeyColumn => ({
    type,
    at,
    plans: at.map((i) => plans[i]!),
    skipContinuing,
    count: 0,
    hashes: takeBuffer(capacity),
    rowNumbers: takeBuffer(capacity),
    parts: at.map(() => takeValues<CellValue>()),
    carried: null,
  });
  const soleKey = primaryKey.length === 1 ? primaryKey[0] : undefined;
  const keys: KeyColumn[] = [];
  plans.forEach((plan, at) => {
    if (plan.unique && plan.name !== soleKey)
      keys.push(key("unique-error", [at], parentFields.has(plan.name)));
  });
  const at = primaryKey.map((name) => plans.findIndex((p) => p.name === name));
  // A key field with no column: no row can be told apart by it, so the key is not checked.
  if (at.length === 0 || at.includes(-1)) return keys;
  const carrier = keys.find((k) => !k.skipContinuing && at.includes(k.at[0]!));
  if (carrier === undefined) {
    keys.push(key("primary-key", at, false));
    return keys;
  }
  const position = at.indexOf(carrier.at[0]!);
  const others = at.filter((_field, i) => i !== position);
  carrier.carried = {
    position,
    others,
    otherParts: others.map(() => takeValues<CellValue | null>()),
  };
  return keys;
}

/**
 * Takes one row's key values; a row with an empty key field has no key and is left out. A value
 * is hashed once, however many keys it is part of, and not again while the rows below repeat it
 * (a problem's measures share its id).
 */
export function rememberKeys(
  sheet: SheetKeys,
  values: readonly (CellValue | null)[],
  rowNumber: number,
  continuing: boolean,
): void {
  const { columns } = sheet;
  for (let k = 0; k < columns.length; k++) {
    const key = columns[k]!;
    if (continuing && key.skipContinuing) continue;
    const at = key.at;
    const first = values[at[0]!];
    if (first === null || first === undefined) continue;
    let hash = fieldHash(sheet, at[0]!, first);
    if (at.length > 1) {
      let i = 1;
      for (; i < at.length; i++) {
        const value = values[at[i]!];
        if (value === null || value === undefined) break;
        hash = combineHashes(hash, fieldHash(sheet, at[i]!, value));
      }
      if (i < at.length) continue;
    }
    if (key.count === key.hashes.length) grow(key);
    const n = key.count++;
    key.hashes[n] = hash;
    key.rowNumbers[n] = rowNumber;
    key.parts[0]![n] = first;
    for (let j = 1; j < at.length; j++) key.parts[j]![n] = values[at[j]!]!;
    const carried = key.carried;
    if (carried !== null) {
      const { others, otherParts } = carried;
      for (let j = 0; j < others.length; j++) otherParts[j]![n] = values[others[j]!] ?? null;
    }
  }
}

/** A field value's hash, remembered while the rows below repeat the value. */
function fieldHash(sheet: SheetKeys, field: number, value: CellValue): number {
  if (value === sheet.lastValues[field]) return sheet.lastHashes[field]!;
  const hash = hashValue(value);
  sheet.lastValues[field] = value;
  sheet.lastHashes[field] = hash;
  return hash;
}

function grow(key: KeyColumn): void {
  for (const name of ["hashes", "rowNumbers"] as const) {
    const larger = takeBuffer(Math.max(16, key[name].length * 2));
    larger.set(key[name]);
    giveBuffer(key[name]);
    key[name] = larger;
  }
}

/** A repeat found: `entry` of `key` (a row) has the key of its earlier entry `first`. */
interface Repeat {
  key: KeyColumn;
  /** The primary key carried by a unique column (see CarriedKey), rather than the column's own. */
  carried: boolean;
  entry: number;
  first: number;
  rowNumber: number;
  /** The error's field number: a primary-key error is about the whole row (0, before its cells). */
  field: number;
}

/**
 * Reports every row whose key an earlier row had, pointing at that earlier row, and hands the
 * keys' arrays back. `cellText` gives the text of a row's cell, for a `unique` column's error.
 */
export function reportRepeats(
  sheet: SheetKeys,
  errors: ErrorCollector,
  cellText: (rowNumber: number, column: number) => string,
): void {
  sheet.lastValues.fill(null);
  // Every key's repeats first, then errors in sheet order: the list keeps the first it is given.
  const found: Repeat[] = [];
  for (const key of sheet.columns) {
    const { parts } = key;
    const repeats = findRepeats(key.hashes, key.count, (a, b) => {
      for (let j = 0; j < parts.length; j++) if (parts[j]![a] !== parts[j]![b]) return false;
      return true;
    });
    const field = key.type === "unique-error" ? key.plans[0]!.column + 1 : 0;
    const repeat = (carried: boolean, entry: number, first: number): Repeat => ({
      key,
      carried,
      entry,
      first,
      rowNumber: key.rowNumbers[entry]!,
      field: carried ? 0 : field,
    });
    for (const [entry, first] of repeats) found.push(repeat(false, entry, first));
    if (key.carried !== null)
      for (const [entry, first] of carriedRepeats(key.carried, repeats))
        found.push(repeat(true, entry, first));
  }
  found.sort((a, b) => a.rowNumber - b.rowNumber || a.field - b.field);
  for (const repeat of found) {
    const type = repeat.carried ? "primary-key" : repeat.key.type;
    if (!errors.countLate(type, repeat.rowNumber, repeat.field || null)) continue;
    errors.pushLate(repeatError(repeat, cellText));
  }
  for (const key of sheet.columns) {
    giveBuffer(key.hashes);
    giveBuffer(key.rowNumbers);
    for (const values of key.parts) giveValues(values, key.count);
    for (const values of key.carried?.otherParts ?? []) giveValues(values, key.count);
  }
}

/**
 * The carried primary key's repeats, from its column's: entries sharing the column's value (the
 * first and each repeat of it) share the key where their other fields are equal too. Returns
 * [entry, first entry with its key] pairs.
 */
function carriedRepeats(
  carried: CarriedKey,
  columnRepeats: ReadonlyArray<[number, number]>,
): Array<[number, number]> {
  // The column's repeats by the entry first holding their value, in entry order.
  const sharing = new Map<number, number[]>();
  for (const [entry, first] of columnRepeats) {
    const entries = sharing.get(first);
    if (entries === undefined) sharing.set(first, [first, entry]);
    else entries.push(entry);
  }
  const { otherParts } = carried;
  const repeats: Array<[number, number]> = [];
  for (const entries of sharing.values()) {
    // The other fields' values, nested a level a field, lead to the first entry holding them.
    const seen = new Map<CellValue, unknown>();
    for (const entry of entries) {
      let level = seen;
      let j = 0;
      for (; j < otherParts.length - 1; j++) {
        const value = otherParts[j]![entry] ?? null;
        if (value === null || value !== value) break;
        let next = level.get(value) as Map<CellValue, unknown> | undefined;
        if (next === undefined) level.set(value, (next = new Map()));
        level = next;
      }
      const value = otherParts[j]![entry] ?? null;
      // An empty field: the row has no key. NaN equals nothing (as the column's own check has it).
      if (j < otherParts.length - 1 || value === null || value !== value) continue;
      const first = level.get(value) as number | undefined;
      if (first === undefined) level.set(value, entry);
      else repeats.push([entry, first]);
    }
  }
  return repeats;
}

/** The key's values, in key order, of one entry. */
function keyValues(repeat: Repeat): CellValue[] {
  const { key, entry } = repeat;
  if (!repeat.carried) return key.parts.map((values) => values[entry]!);
  const { position, otherParts } = key.carried!;
  const values = otherParts.map((parts) => parts[entry]!);
  values.splice(position, 0, key.parts[0]![entry]!);
  return values;
}

function repeatError(
  repeat: Repeat,
  cellText: (rowNumber: number, column: number) => string,
): TableError {
  const { key, rowNumber } = repeat;
  const other = key.rowNumbers[repeat.first]!;
  if (!repeat.carried && key.type === "unique-error") {
    const plan = key.plans[0]!;
    return makeError("unique-error", {
      rowNumber,
      fieldNumber: plan.column + 1,
      fieldName: plan.name,
      fieldTitle: plan.title,
      cell: cellText(rowNumber, plan.column),
      details: { other },
    });
  }
  const text = keyValues(repeat).map(String).join(" / ");
  return makeError("primary-key", {
    rowNumber,
    fieldNumber: null,
    fieldName: null,
    cell: text,
    details: { key: text, other },
  });
}
