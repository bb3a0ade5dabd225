import type { NormalizedCell } from "../model/ledger";
import type { FieldPlan } from "./compileField";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";
import { ValueTable } from "./_lib/valueTable";

/** A `unique` column's values seen so far, each with the row that first had it. */
export interface UniqueColumn {
  /** Index of the column's cell in the row's cells (plan order). */
  at: number;
  plan: FieldPlan;
  seen: ValueTable;
}

/** Unique columns, except a one-field primary key (checkPrimaryKey reports that one). */
export function uniqueColumns(
  plans: readonly FieldPlan[],
  primaryKey: readonly string[],
  rowCount: number,
): UniqueColumn[] {
  const soleKey = primaryKey.length === 1 ? primaryKey[0] : undefined;
  const columns: UniqueColumn[] = [];
  plans.forEach((plan, at) => {
    if (plan.unique && plan.name !== soleKey)
      columns.push({ at, plan, seen: new ValueTable(rowCount) });
  });
  return columns;
}

/** Reports each unique column's value that an earlier row already had; empty cells never clash. */
export function checkUnique(
  columns: readonly UniqueColumn[],
  cells: readonly NormalizedCell[],
  rowNumber: number,
  errors: ErrorCollector,
): void {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const cell = cells[column.at]!;
    if (cell.value === null) continue;
    const entry = column.seen.entryOf(0, cell.value, rowNumber);
    if (column.seen.wasNew || !errors.count("unique-error")) continue;
    errors.push(
      makeError("unique-error", {
        rowNumber,
        fieldNumber: column.plan.column + 1,
        fieldName: column.plan.name,
        fieldTitle: column.plan.title,
        cell: cell.text,
        details: { other: column.seen.firstRow(entry) },
      }),
    );
  }
}
