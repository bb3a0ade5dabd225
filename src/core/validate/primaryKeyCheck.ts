import type { NormalizedCell } from "../model/ledger";
import type { FieldPlan } from "./compileField";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";
import { ValueTable } from "./_lib/valueTable";

/**
 * The primary key's rows seen so far. A key is looked up field by field (each field's entry is
 * the parent of the next one's) rather than joined into one string per row: the values are
 * strings the sheet already holds, where a joined key is a new string to build on every row.
 */
export interface PrimaryKeyIndex {
  /** Indexes of the key fields' cells in the row's cells (plan order); empty: no key to check. */
  at: number[];
  /** One table per key field, so each remembers its own last value (a problem's id repeats). */
  levels: ValueTable[];
}

export function primaryKeyIndex(
  plans: readonly FieldPlan[],
  primaryKey: readonly string[],
  rowCount: number,
): PrimaryKeyIndex {
  const at = primaryKey.map((name) => plans.findIndex((p) => p.name === name));
  // A key field with no column: no row can be told apart by it, so the key is not checked.
  const checked = at.includes(-1) ? [] : at;
  return { at: checked, levels: checked.map(() => new ValueTable(rowCount)) };
}

/** Reports a row whose key an earlier row already had; a row with an empty key part has no key. */
export function checkPrimaryKey(
  index: PrimaryKeyIndex,
  cells: readonly NormalizedCell[],
  rowNumber: number,
  errors: ErrorCollector,
): void {
  const at = index.at;
  for (let i = 0; i < at.length; i++) if (cells[at[i]!]!.value === null) return;
  const levels = index.levels;
  let entry = 0;
  for (let i = 0; i < at.length; i++)
    entry = levels[i]!.entryOf(entry, cells[at[i]!]!.value!, rowNumber);
  const last = levels[levels.length - 1]!;
  if (last.wasNew || !errors.count("primary-key")) return;
  const key = at.map((i) => String(cells[i]!.value)).join(" / ");
  errors.push(
    makeError("primary-key", {
      rowNumber,
      fieldNumber: null,
      fieldName: null,
      cell: key,
      details: { key, other: last.firstRow(entry) },
    }),
  );
}
