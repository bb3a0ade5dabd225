// 问题整改台账: problems, causes and measures with their progress, per office and per category.
import type { Ledger } from "../../model/ledger";
import { rollupScans } from "../../rollup/rollup";
import type { RollupContext } from "../../rollup/scan";
import type { ProblemSection } from "../types";
import { PROBLEM_MEASURES, ZERO, figures, scansOf, totals } from "./shared";

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
    totals: totals(scans, PROBLEM_MEASURES, context) as unknown as ProblemSection["totals"],
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
