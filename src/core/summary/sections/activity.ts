// 工作活动台账: activities by type.
import type { Ledger } from "../../model/ledger";
import { rollupScans } from "../../rollup/rollup";
import type { RollupContext } from "../../rollup/scan";
import type { ActivitySection } from "../types";
import { ZERO, scansOf, totals } from "./shared";

export function activitySection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): ActivitySection | undefined {
  const scans = scansOf(ledgers, "activity", context);
  if (scans.length === 0) return undefined;
  const byType = rollupScans(scans, { groupBy: ["category"], measures: { n: { fn: "count" } } });
  return {
    totals: {
      activities: totals(scans, { n: { fn: "count" } }, context).n ?? ZERO,
      byType: Object.fromEntries(
        byType.groups
          .filter((g) => g.key.category !== null)
          .map((g) => [g.key.category as string, g.figures.n ?? ZERO]),
      ),
    },
  };
}
