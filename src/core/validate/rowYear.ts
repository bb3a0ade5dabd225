import type { FieldPlan } from "./compileField";
import type { RowValues } from "./domainChecks";

/**
 * Where a row's yearless dates (3月底, 年底前, 上半年, 第三季度) take their year from, first found:
 *   1. the row's start date (开始时间), when it names its own year;
 *   2. otherwise the row's other dates that name their own year, left to right by column;
 *   3. otherwise the sheet (the title's year, then the caller's contextYear) — the plan's default;
 *   never the clock. A measure started 2021.3.1 with 完成时限 3月底 is due 2021-03-31 whatever the
 * title says. No roll-over: 开始时间 2021.11.1 with 3月底 reads 2021-03-31, and the
 * deadline-before-start rule reports it, rather than the reader guessing the next year.
 */
export interface RowYearSources {
  /** Indexes (plan order) of date fields, start date first, then by column. */
  order: number[];
}

export function rowYearSources(plans: readonly FieldPlan[]): RowYearSources {
  const dates = plans
    .map((plan, index) => ({ plan, index }))
    .filter(({ plan }) => plan.expected === "date")
    .sort(
      (a, b) =>
        Number(b.plan.role === "startDate") - Number(a.plan.role === "startDate") ||
        a.plan.column - b.plan.column,
    );
  return { order: dates.map((d) => d.index) };
}

/** The year of the row's first date that names its own year (`deferred` marks the yearless ones). */
export function rowYear(
  sources: RowYearSources,
  values: RowValues,
  deferred: Uint8Array,
): number | undefined {
  for (const index of sources.order) {
    if (deferred[index] === 1) continue;
    const value = values[index];
    if (typeof value !== "string" || value.length !== 10) continue;
    return Number(value.slice(0, 4));
  }
  return undefined;
}
