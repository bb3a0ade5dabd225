// What every section shares: the progress measures, scans of one kind, totals and per-group figures.
import type { Ledger } from "../../model/ledger";
import type { MeasureSpec } from "../../rollup/measures/index";
import { emptyFigures, rollupScans, type RollupResult } from "../../rollup/rollup";
import type { Figure } from "../../rollup/rowRef";
import { scanLedger, type LedgerScan, type RollupContext } from "../../rollup/scan";
import type { ProgressFigures } from "../types";

export const PROGRESS_MEASURES: Record<keyof ProgressFigures, MeasureSpec> = {
  measures: { fn: "count" },
  done: { fn: "statusCount", status: "done" },
  inProgress: { fn: "statusCount", status: "inProgress" },
  notStarted: { fn: "statusCount", status: "notStarted" },
  closed: { fn: "closed" },
  unknown: { fn: "statusCount", status: "unknown" },
  overdue: { fn: "overdue" },
  completionRate: { fn: "completionRate" },
};

export const PROBLEM_MEASURES: Record<string, MeasureSpec> = {
  offices: { fn: "offices" },
  problems: { fn: "problems" },
  causes: { fn: "causes" },
  ...PROGRESS_MEASURES,
};

export const ZERO: Figure = { value: 0, rows: [] };

export function scansOf(
  ledgers: readonly Ledger[],
  kind: string,
  context: RollupContext,
): LedgerScan[] {
  return ledgers
    .filter((ledger) => ledger.kind === kind)
    .map((ledger) => scanLedger(ledger, context));
}

/** The figures of a rollup with no dimensions; each measure's empty figure when there were no rows. */
export function totals(
  scans: readonly LedgerScan[],
  measures: Record<string, MeasureSpec>,
  context: RollupContext,
): Record<string, Figure> {
  const group = rollupScans(scans, { groupBy: [], measures }).groups[0];
  return group?.figures ?? emptyFigures(measures, context);
}

export function figures<K extends string>(result: RollupResult, names: readonly K[]) {
  return result.groups.map((group) => ({
    key: group.key,
    figures: Object.fromEntries(names.map((name) => [name, group.figures[name] ?? ZERO])) as Record<
      K,
      Figure
    >,
  }));
}
