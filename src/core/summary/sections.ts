// One section per ledger kind, each a few rollup plans over the same scans.
import type { Ledger } from "../model/ledger";
import type { MeasureSpec } from "../rollup/measures/index";
import { rollupScans, type RollupResult } from "../rollup/rollup";
import type { Figure, RowRef } from "../rollup/rowRef";
import { scanLedger, type LedgerScan, type RollupContext } from "../rollup/scan";
import type {
  ActivitySection,
  FundingSection,
  MeasureSection,
  PetitionSection,
  ProblemSection,
  ProgressFigures,
  ReviewSection,
} from "./types";

const PROGRESS_MEASURES: Record<keyof ProgressFigures, MeasureSpec> = {
  measures: { fn: "count" },
  done: { fn: "statusCount", status: "done" },
  inProgress: { fn: "statusCount", status: "inProgress" },
  notStarted: { fn: "statusCount", status: "notStarted" },
  closed: { fn: "closed" },
  overdue: { fn: "overdue" },
  completionRate: { fn: "completionRate" },
};

const PROBLEM_MEASURES: Record<string, MeasureSpec> = {
  offices: { fn: "offices" },
  problems: { fn: "problems" },
  causes: { fn: "causes" },
  ...PROGRESS_MEASURES,
};

const ZERO: Figure = { value: 0, rows: [] };

function scansOf(ledgers: readonly Ledger[], kind: string, context: RollupContext): LedgerScan[] {
  return ledgers
    .filter((ledger) => ledger.kind === kind)
    .map((ledger) => scanLedger(ledger, context));
}

/** The figures of a rollup with no dimensions; zero figures when there were no rows. */
function totals(
  scans: readonly LedgerScan[],
  measures: Record<string, MeasureSpec>,
): Record<string, Figure> {
  const group = rollupScans(scans, { groupBy: [], measures }).groups[0];
  return Object.fromEntries(
    Object.keys(measures).map((name) => [name, group?.figures[name] ?? ZERO]),
  );
}

function figures<K extends string>(result: RollupResult, names: readonly K[]) {
  return result.groups.map((group) => ({
    key: group.key,
    figures: Object.fromEntries(names.map((name) => [name, group.figures[name] ?? ZERO])) as Record<
      K,
      Figure
    >,
  }));
}

export function problemSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): ProblemSection | undefined {
  const scans = scansOf(ledgers, "problem", context);
  if (scans.length === 0) return undefined;
  const names = Object.keys(PROBLEM_MEASURES) as Array<keyof ProblemSection["totals"]>;
  const byOffice = figures(
    rollupScans(scans, { groupBy: ["office"], measures: PROBLEM_MEASURES }),
    names,
  );
  const byOfficeCategory = rollupScans(scans, {
    groupBy: ["office", "category"],
    measures: { problems: { fn: "problems" } },
  });
  const byCategory = figures(
    rollupScans(scans, { groupBy: ["category"], measures: PROBLEM_MEASURES }),
    names,
  );
  return {
    totals: totals(scans, PROBLEM_MEASURES) as unknown as ProblemSection["totals"],
    byOffice: byOffice.map(({ key, figures: f }) => ({
      office: key.office ?? null,
      ...f,
      byCategory: Object.fromEntries(
        byOfficeCategory.groups
          .filter(
            (group) =>
              group.key.office === key.office &&
              group.key.category !== null &&
              group.key.category !== undefined,
          )
          .map((group) => [group.key.category as string, group.figures.problems ?? ZERO]),
      ),
    })),
    byCategory: byCategory.map(({ key, figures: f }) => ({ category: key.category ?? null, ...f })),
  };
}

export function measureSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): MeasureSection | undefined {
  const scans = scansOf(ledgers, "measure", context);
  if (scans.length === 0) return undefined;
  const names = Object.keys(PROGRESS_MEASURES) as Array<keyof ProgressFigures>;
  return {
    totals: totals(scans, PROGRESS_MEASURES) as ProgressFigures,
    byOffice: figures(
      rollupScans(scans, { groupBy: ["office"], measures: PROGRESS_MEASURES }),
      names,
    ).map(({ key, figures: f }) => ({ office: key.office ?? null, ...f })),
  };
}

/**
 * 受理 = every row; 已答复 and 已协调解决 are both "done" to the normaliser, so the status text
 * tells them apart (…解决 → resolved, any other finished state → answered).
 */
export function petitionSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): PetitionSection | undefined {
  const scans = scansOf(ledgers, "petition", context);
  if (scans.length === 0) return undefined;
  const received: RowRef[] = [];
  const answered: RowRef[] = [];
  const resolved: RowRef[] = [];
  const pending: RowRef[] = [];
  for (const scan of scans) {
    const statusField = scan.ledger.fields.find((field) => field.role === "status")?.name;
    scan.ledger.rows.forEach((row, index) => {
      const ref = scan.ref(index);
      received.push(ref);
      const status = scan.state(index).status;
      const text = statusField === undefined ? "" : (row.cells[statusField]?.text ?? "");
      if (status === "done" || status === "closed")
        (/解决|resolved/i.test(text) ? resolved : answered).push(ref);
      else pending.push(ref);
    });
  }
  const figure = (rows: RowRef[]): Figure => ({ value: rows.length, rows });
  return {
    totals: {
      received: figure(received),
      answered: figure(answered),
      resolved: figure(resolved),
      pending: figure(pending),
    },
  };
}

const REVIEW_MEASURES: Record<"reviewed" | "flawed" | "unqualified" | "flawedRate", MeasureSpec> = {
  reviewed: { fn: "sum", role: "count" },
  flawed: { fn: "sum", role: "flawed" },
  unqualified: { fn: "sum", role: "unqualified" },
  flawedRate: {
    fn: "ratio",
    numerator: { fn: "sum", roles: ["flawed", "unqualified"] },
    denominator: { fn: "sum", role: "count" },
  },
};

export function reviewSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): ReviewSection | undefined {
  const scans = scansOf(ledgers, "review", context);
  if (scans.length === 0) return undefined;
  const names = Object.keys(REVIEW_MEASURES) as Array<keyof typeof REVIEW_MEASURES>;
  return {
    totals: totals(scans, REVIEW_MEASURES) as ReviewSection["totals"],
    byOffice: figures(
      rollupScans(scans, { groupBy: ["office"], measures: REVIEW_MEASURES }),
      names,
    ).map(({ key, figures: f }) => ({ office: key.office ?? null, ...f })),
  };
}

const FUNDING_MEASURES: Record<"amountWan", MeasureSpec> = {
  amountWan: { fn: "sum", role: "amount" },
};

export function fundingSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): FundingSection | undefined {
  const scans = scansOf(ledgers, "funding", context);
  if (scans.length === 0) return undefined;
  // A transfer is a row with an amount: count them as the rows the sum used.
  const withTransfers = (f: Record<"amountWan", Figure>) => ({
    amountWan: f.amountWan,
    transfers: { value: f.amountWan.rows.length, rows: f.amountWan.rows },
  });
  const total = totals(scans, FUNDING_MEASURES) as Record<"amountWan", Figure>;
  return {
    totals: withTransfers(total),
    byOffice: figures(rollupScans(scans, { groupBy: ["office"], measures: FUNDING_MEASURES }), [
      "amountWan",
    ] as const).map(({ key, figures: f }) => ({ office: key.office ?? null, ...withTransfers(f) })),
  };
}

export function activitySection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): ActivitySection | undefined {
  const scans = scansOf(ledgers, "activity", context);
  if (scans.length === 0) return undefined;
  const byType = rollupScans(scans, { groupBy: ["category"], measures: { n: { fn: "count" } } });
  return {
    totals: {
      activities: totals(scans, { n: { fn: "count" } }).n ?? ZERO,
      byType: Object.fromEntries(
        byType.groups
          .filter((g) => g.key.category !== null)
          .map((g) => [g.key.category as string, g.figures.n ?? ZERO]),
      ),
    },
  };
}
