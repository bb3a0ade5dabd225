import { DOMAIN_ERROR_TYPES, FRICTIONLESS_ERROR_TYPES, type ErrorType } from "./errorTypes";
import type { TableError } from "./tableError";

/** Reports keep at most this many records; counts per type stay complete. */
export const ERROR_LIMIT = 1000;

export interface ErrorReport {
  errors: TableError[];
  errorCounts: Partial<Record<ErrorType, number>>;
  /** More errors were found than the list holds. */
  truncated: boolean;
}

const ALL_TYPES: readonly ErrorType[] = [...FRICTIONLESS_ERROR_TYPES, ...DOMAIN_ERROR_TYPES];
const TYPE_INDEX = new Map<ErrorType, number>(ALL_TYPES.map((type, i) => [type, i]));

/** Collects errors up to the cap, counting all of them. */
export class ErrorCollector {
  readonly errors: TableError[] = [];
  /** Errors found after the sweep (see countLate). */
  private readonly late: TableError[] = [];
  /** Per type, in ALL_TYPES order: counted for every error, so kept in numbers, not object keys. */
  private readonly counted = new Int32Array(ALL_TYPES.length);
  private total = 0;

  constructor(private readonly limit: number = ERROR_LIMIT) {}

  get size(): number {
    return this.total;
  }

  /** Counts the error; `make` runs only while the list has room (messages cost time). */
  add(type: ErrorType, make: () => TableError): void {
    if (this.count(type)) this.errors.push(make());
  }

  /**
   * Counts an error and says whether the list still has room for its record, for hot loops
   * that should not even build a closure for errors beyond the cap.
   */
  count(type: ErrorType): boolean {
    this.tally(type);
    return this.errors.length < this.limit;
  }

  push(error: TableError): void {
    if (this.errors.length < this.limit) this.errors.push(error);
  }

  /**
   * For errors found after the sweep (repeated keys), which may lie above errors already listed:
   * they are kept apart, up to the cap, and merged in sheet order by report(). They must come
   * in sheet order among themselves: the first the cap admits are the ones kept. Says whether
   * the error (at `rowNumber`, `fieldNumber`; null: the whole row) could still be listed: not
   * when the sweep's list is full and its last error lies at or above it.
   */
  countLate(type: ErrorType, rowNumber: number, fieldNumber: number | null): boolean {
    this.tally(type);
    if (this.late.length >= this.limit) return false;
    const last = this.errors[this.limit - 1];
    return last === undefined || inSheetOrder({ rowNumber, fieldNumber }, last) < 0;
  }

  private tally(type: ErrorType): void {
    this.counted[TYPE_INDEX.get(type)!]! += 1;
    this.total += 1;
  }

  pushLate(error: TableError): void {
    if (this.late.length < this.limit) this.late.push(error);
  }

  /**
   * The errors in sheet order (rows, then columns; header errors first). When the cap was
   * reached, those listed are the first in sheet order: every error left unlisted during the
   * sweep lies at or below the last one listed.
   */
  report(): ErrorReport {
    const errorCounts: Partial<Record<ErrorType, number>> = {};
    ALL_TYPES.forEach((type, i) => {
      if (this.counted[i]! > 0) errorCounts[type] = this.counted[i]!;
    });
    const errors = [...this.errors, ...this.late].sort(inSheetOrder).slice(0, this.limit);
    return { errors, errorCounts, truncated: this.total > errors.length };
  }
}

type Position = Pick<TableError, "rowNumber" | "fieldNumber">;

function inSheetOrder(a: Position, b: Position): number {
  return (a.rowNumber ?? 0) - (b.rowNumber ?? 0) || (a.fieldNumber ?? 0) - (b.fieldNumber ?? 0);
}

/** Merges errors into one report in sheet order (rows, then columns; header errors first). */
export function mergeReports(reports: ErrorReport[], limit: number = ERROR_LIMIT): ErrorReport {
  const all = reports.flatMap((r) => r.errors).sort(inSheetOrder);
  const counts: Partial<Record<ErrorType, number>> = {};
  let total = 0;
  for (const report of reports) {
    for (const [type, n] of Object.entries(report.errorCounts) as Array<[ErrorType, number]>) {
      counts[type] = (counts[type] ?? 0) + n;
      total += n;
    }
  }
  const errors = all.slice(0, limit);
  return { errors, errorCounts: counts, truncated: total > errors.length };
}
