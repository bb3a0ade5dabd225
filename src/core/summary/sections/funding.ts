// 经费援助台账: the amount in 万元 and the number of transfers.
import type { Ledger } from "../../model/ledger";
import type { MeasureSpec } from "../../rollup/measures/index";
import { rollupScans } from "../../rollup/rollup";
import type { Figure } from "../../rollup/rowRef";
import type { RollupContext } from "../../rollup/scan";
import type { FundingSection } from "../types";
import { figures, scansOf, totals } from "./shared";

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
  const total = totals(scans, FUNDING_MEASURES, context) as Record<"amountWan", Figure>;
  return {
    totals: withTransfers(total),
    byOffice: figures(rollupScans(scans, { groupBy: ["office"], measures: FUNDING_MEASURES }), [
      "amountWan",
    ] as const).map(({ key, figures: f }) => ({ office: key.office ?? null, ...withTransfers(f) })),
  };
}
