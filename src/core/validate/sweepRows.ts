import type { Cell } from "../model/cell";
import type { LedgerRow, NormalizedCell } from "../model/ledger";
import { cellText, isEmptyCell } from "../text";
import type { FieldPlan } from "./compileField";
import type { RowRule } from "./domainChecks";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";

export interface SweepInput {
  /** Values with merged areas filled. */
  values: Cell[][];
  /** Values as read (row lengths tell a short CSV row, missing-cell). */
  rawValues: Cell[][];
  numberFormats?: string[][];
  /** 0-based indexes of the data rows, in order. */
  dataRows: number[];
  /** Header width: cells beyond it are extra-cell errors. */
  width: number;
  /** Label per column, for errors on columns no field claims. */
  columnNames: string[];
  plans: FieldPlan[];
  /** Problem-level fields: when all are blank in a row, the row continues the previous problem. */
  parentFields: ReadonlySet<string>;
  primaryKey: string[];
  rules: RowRule[];
  missingValues: ReadonlySet<string>;
  errors: ErrorCollector;
}

function normalised(raw: Cell, text: string, value: NormalizedCell["value"], extra?: { approximate?: boolean; openEnded?: boolean }): NormalizedCell {
  const cell: NormalizedCell = { text, raw, value };
  if (extra?.approximate) cell.approximate = true;
  if (extra?.openEnded) cell.openEnded = true;
  return cell;
}

/** Parses and checks one cell; bad cells keep their text with a null value. */
function readCell(plan: FieldPlan, raw: Cell, format: string | undefined, rowNumber: number, input: SweepInput): NormalizedCell {
  const text = cellText(raw);
  const errors = input.errors;
  const position = (details?: Record<string, string | number>) => ({
    rowNumber,
    fieldNumber: plan.column + 1,
    fieldName: plan.name,
    fieldTitle: plan.title,
    cell: text,
    details,
  });
  const parsed = raw === null || (typeof raw === "string" && input.missingValues.has(raw)) ? null : plan.parse(raw, format);
  if (parsed !== null && !parsed.ok) {
    errors.add("type-error", () => makeError("type-error", position({ expected: plan.expected })));
    return normalised(raw, text, null);
  }
  const value = parsed === null ? null : parsed.value;
  if (value === null) {
    if (plan.required && !(parsed?.ok && parsed.openEnded)) {
      errors.add("constraint-error", () => makeError("constraint-error", position({ constraint: "required" })));
    }
    return parsed === null ? normalised(raw, text, null) : normalised(raw, text, null, parsed);
  }
  for (const check of plan.checks) {
    const broken = check(value);
    if (broken) errors.add("constraint-error", () => makeError("constraint-error", position({ ...broken })));
  }
  if (plan.registry && typeof value === "string" && plan.registry.canonical(value) === null) {
    errors.add("foreign-key", () => makeError("foreign-key", position({ reference: "office" })));
  }
  return normalised(raw, text, value, parsed ?? undefined);
}

function isContinuation(row: Cell[], parents: FieldPlan[]): boolean {
  if (parents.length === 0) return false;
  for (const plan of parents) if (!isEmptyCell(row[plan.column])) return false;
  return true;
}

/**
 * The row sweep: each field's parser and checks were chosen once (FieldPlan); here they run
 * cell by cell, uniqueness and the primary key are tracked in maps, and programme rules run
 * on the normalised row.
 */
export function sweepRows(input: SweepInput): LedgerRow[] {
  const { values, rawValues, numberFormats, plans, width, errors } = input;
  const parents = plans.filter((p) => input.parentFields.has(p.name));
  const uniques = new Map<string, Map<string, number>>(plans.filter((p) => p.unique && !(input.primaryKey.length === 1 && input.primaryKey[0] === p.name)).map((p) => [p.name, new Map()]));
  const keys = new Map<string, number>();
  const rows: LedgerRow[] = [];
  let previous: LedgerRow | undefined;
  for (const r of input.dataRows) {
    const row = values[r] ?? [];
    const rawLength = (rawValues[r] ?? []).length;
    const rowNumber = r + 1;
    const formats = numberFormats?.[r];
    const cells: Record<string, NormalizedCell> = {};
    const continuing = previous !== undefined && isContinuation(row, parents);
    for (const plan of plans) {
      if (continuing && input.parentFields.has(plan.name)) {
        cells[plan.name] = previous!.cells[plan.name]!;
        continue;
      }
      if (plan.column >= rawLength) {
        cells[plan.name] = normalised(null, "", null);
        continue;
      }
      cells[plan.name] = readCell(plan, row[plan.column] ?? null, formats?.[plan.column], rowNumber, input);
    }
    for (let c = rawLength; c < width; c++) {
      const name = input.columnNames[c] ?? "";
      errors.add("missing-cell", () => makeError("missing-cell", { rowNumber, fieldNumber: c + 1, fieldName: name, cell: "" }));
    }
    for (let c = width; c < row.length; c++) {
      if (isEmptyCell(row[c])) continue;
      const text = cellText(row[c] ?? null);
      errors.add("extra-cell", () => makeError("extra-cell", { rowNumber, fieldNumber: c + 1, fieldName: null, cell: text }));
    }
    for (const [name, seen] of uniques) {
      const cell = cells[name];
      if (!cell || cell.value === null || continuing) continue;
      const key = String(cell.value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, rowNumber);
      else {
        const plan = plans.find((p) => p.name === name)!;
        errors.add("unique-error", () =>
          makeError("unique-error", { rowNumber, fieldNumber: plan.column + 1, fieldName: name, fieldTitle: plan.title, cell: cell.text, details: { other: first } }),
        );
      }
    }
    checkPrimaryKey(input, cells, keys, rowNumber);
    for (const rule of input.rules) {
      const broken = rule.test(cells);
      if (broken) {
        errors.add(rule.type, () =>
          makeError(rule.type, { rowNumber, fieldNumber: rule.at.column + 1, fieldName: rule.at.name, fieldTitle: rule.at.title, cell: broken.cell, details: { other: broken.other } }),
        );
      }
    }
    const ledgerRow: LedgerRow = { rowNumber, cells };
    rows.push(ledgerRow);
    previous = ledgerRow;
  }
  return rows;
}

function checkPrimaryKey(input: SweepInput, cells: Record<string, NormalizedCell>, keys: Map<string, number>, rowNumber: number): void {
  if (input.primaryKey.length === 0) return;
  const parts: string[] = [];
  for (const name of input.primaryKey) {
    const value = cells[name]?.value;
    if (value === null || value === undefined) return;
    parts.push(String(value));
  }
  const key = parts.join("\u0001");
  const first = keys.get(key);
  if (first === undefined) {
    keys.set(key, rowNumber);
    return;
  }
  input.errors.add("primary-key", () =>
    makeError("primary-key", { rowNumber, fieldNumber: null, fieldName: null, cell: parts.join(" / "), details: { key: parts.join(" / "), other: first } }),
  );
}
