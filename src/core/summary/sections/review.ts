// 案件评查台账: reviewed, flawed, unqualified and the flawed rate.
import type { Ledger } from "../../model/ledger";
import type { MeasureSpec } from "../../rollup/measures/index";
import { rollupScans } from "../../rollup/rollup";
import type { RollupContext } from "../../rollup/scan";
import type { ReviewSection } from "../types";
import { figures, scansOf, totals } from "./shared";

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
    totals: totals(scans, REVIEW_MEASURES, context) as ReviewSection["totals"],
    byOffice: figures(
      rollupScans(scans, { groupBy: ["office"], measures: REVIEW_MEASURES }),
      names,
    ).map(({ key, figures: f }) => ({ office: key.office ?? null, ...f })),
  };
}
