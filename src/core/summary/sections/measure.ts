// 帮扶措施台账: assistance measures and their progress, per office.
import type { Ledger } from "../../model/ledger";
import { rollupScans } from "../../rollup/rollup";
import type { RollupContext } from "../../rollup/scan";
import type { MeasureSection, ProgressFigures } from "../types";
import { PROGRESS_MEASURES, figures, scansOf, totals } from "./shared";

export function measureSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): MeasureSection | undefined {
  const scans = scansOf(ledgers, "measure", context);
  if (scans.length === 0) return undefined;
  const names = Object.keys(PROGRESS_MEASURES) as Array<keyof ProgressFigures>;
  return {
    totals: totals(scans, PROGRESS_MEASURES, context) as ProgressFigures,
    byOffice: figures(
      rollupScans(scans, { groupBy: ["office"], measures: PROGRESS_MEASURES }),
      names,
    ).map(({ key, figures: f }) => ({ office: key.office ?? null, ...f })),
  };
}
