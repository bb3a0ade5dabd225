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
  /** Rows continuing the problem above (same parent cells) are not checked: `unique` columns. */
  skipContinuing: boolean;
  /** Rows remembered so far, and per row: its key's hash, row number and field values. */
  count: number;
  hashes: Int32Array;
  rowNumbers: Int32Array;
  parts: CellValue[][];
}

/** The keys of a sheet, and each field's last value and its hash (see rememberKeys). */
export interface SheetKeys {
  columns: KeyColumn[];
  lastValues: Array<CellValue | null>;
  lastHashes: Int32Array;
}

/** The keys to check: each `unique` column (bar a one-field primary key), then the primary key. */
export function sheetKeys(
  plans: readonly FieldPlan[],
  primaryKey: readonly string[],
  capacity: number,
): SheetKeys {
  return {
    columns: keyColumns(plans, primaryKey, capacity),
    lastValues: plans.map(() => null),
    lastHashes: new Int32Array(plans.length),
  };
}

function keyColumns(
  plans: readonly FieldPlan[],
  primaryKey: readonly string[],
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
  });
  const soleKey = primaryKey.length === 1 ? primaryKey[0] : undefined;
  const keys: KeyColumn[] = [];
  plans.forEach((plan, at) => {
    if (plan.unique && plan.name !== soleKey) keys.push(key("unique-error", [at], true));
  });
  const at = primaryKey.map((name) => plans.findIndex((p) => p.name === name));
  // A key field with no column: no row can be told apart by it, so the key is not checked.
  if (at.length > 0 && !at.includes(-1)) keys.push(key("primary-key", at, false));
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
  const found: Array<{
    key: KeyColumn;
    entry: number;
    first: number;
    rowNumber: number;
    field: number;
  }> = [];
  for (const key of sheet.columns) {
    const { parts } = key;
    const repeats = findRepeats(key.hashes, key.count, (a, b) => {
      for (let j = 0; j < parts.length; j++) if (parts[j]![a] !== parts[j]![b]) return false;
      return true;
    });
    // A primary-key error is about the whole row: it comes before the row's cell errors.
    const field = key.type === "unique-error" ? key.plans[0]!.column + 1 : 0;
    for (const [entry, first] of repeats)
      found.push({ key, entry, first, rowNumber: key.rowNumbers[entry]!, field });
  }
  found.sort((a, b) => a.rowNumber - b.rowNumber || a.field - b.field);
  for (const { key, entry, first, rowNumber } of found) {
    if (!errors.countLate(key.type)) continue;
    errors.pushLate(repeatError(key, entry, rowNumber, key.rowNumbers[first]!, cellText));
  }
  for (const key of sheet.columns) {
    giveBuffer(key.hashes);
    giveBuffer(key.rowNumbers);
    for (const values of key.parts) giveValues(values, key.count);
  }
}

function repeatError(
  key: KeyColumn,
  entry: number,
  rowNumber: number,
  other: number,
  cellText: (rowNumber: number, column: number) => string,
): TableError {
  if (key.type === "unique-error") {
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
  const text = key.parts.map((values) => String(values[entry])).join(" / ");
  return makeError("primary-key", {
    rowNumber,
    fieldNumber: null,
    fieldName: null,
    cell: text,
    details: { key: text, other },
  });
}
