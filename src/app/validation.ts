import type { ErrorType } from "../core/validate";

/** One validation error as the 校验 list shows it; row and column are physical, 1-based. */
export interface Issue {
  sheet: string;
  type: ErrorType;
  rowNumber: number | null;
  fieldNumber: number | null;
  /** "C5", "C" (a header problem), "5" (a whole row) or "" (a field with no column). */
  position: string;
  /** The column as the ledger heads it (答复时间), or the field's title when it has none. */
  field: string;
  cell: string;
  /** Where, in a clerk's words: 第4行“完成时限”, 表头E列. */
  where: { zh: string; en: string };
  /** What is wrong and what to type instead, never repeating `where`. */
  message: { zh: string; en: string };
}

export interface LedgerChecked {
  sheet: string;
  kind: string;
  rows: number;
  errors: number;
  bound: boolean;
}

export interface Validation {
  ledgers: LedgerChecked[];
  issues: Issue[];
  counts: Partial<Record<ErrorType, number>>;
  /** Some sheet had more than 1,000 errors: the list is cut, the counts are not. */
  truncated: boolean;
}

/** A ledger checked again after a user's edit. */
export interface RowsRechecked {
  sheet: string;
  /** The rows whose issues this update replaces (every row of the ledger when it can). */
  rows: number[];
  /**
   * The update replaces every row's issues on the sheet, also rows past its end now (rows were
   * deleted): the ledger was checked whole and its list is complete.
   */
  whole?: boolean;
  /** What the check found in those rows. */
  issues: Issue[];
}

/**
 * Replaces what the list says about the re-checked rows with what a re-check found, keeping the
 * counts in step (they are adjusted, not recounted, so a cut list keeps its true totals).
 */
export function applyRecheck(validation: Validation, update: RowsRechecked): Validation {
  const rows = new Set(update.rows);
  const stale = (i: Issue) =>
    i.sheet === update.sheet &&
    i.rowNumber !== null &&
    (update.whole === true || rows.has(i.rowNumber));
  const counts = { ...validation.counts };
  const removed = validation.issues.filter(stale);
  for (const i of removed) counts[i.type] = Math.max(0, (counts[i.type] ?? 0) - 1);
  const fresh = update.issues.filter(stale);
  for (const i of fresh) counts[i.type] = (counts[i.type] ?? 0) + 1;
  for (const type of Object.keys(counts) as ErrorType[])
    if (counts[type] === 0) delete counts[type];
  const order = (sheet: string) => validation.ledgers.findIndex((l) => l.sheet === sheet);
  const issues = [...validation.issues.filter((i) => !stale(i)), ...fresh].sort(
    (a, b) =>
      order(a.sheet) - order(b.sheet) ||
      (a.rowNumber ?? 0) - (b.rowNumber ?? 0) ||
      (a.fieldNumber ?? 0) - (b.fieldNumber ?? 0),
  );
  const delta = fresh.length - removed.length;
  return {
    ...validation,
    ledgers: validation.ledgers.map((l) =>
      l.sheet === update.sheet ? { ...l, errors: Math.max(0, l.errors + delta) } : l,
    ),
    issues,
    counts,
  };
}
