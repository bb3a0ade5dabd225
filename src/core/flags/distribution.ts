// How many items carry each flag, overall and per office, with the rows behind each count.
import type { Ledger } from "../model/ledger";
import type { Figure, RowRef } from "../rollup/rowRef";
import { scanLedger, type LedgerScan, type RollupContext } from "../rollup/scan";
import { flagOf } from "./assign";
import type { FlagId, FlagScheme } from "./scheme";

export interface FlagCount {
  id: FlagId;
  label: { zh: string; en: string };
  fill: string;
  font: string;
  count: Figure;
}

export interface FlagDistribution {
  scheme: string;
  /** One entry per flag of the scheme, in the scheme's order (zero counts included). */
  total: FlagCount[];
  /** Per office, offices in the order their first row appears. */
  byOffice: Array<{ office: string | null; flags: FlagCount[] }>;
  /** Items with no flag because their state is unknown (状态无法识别: an unreadable status). */
  unknown: Figure;
}

/** Flags of every row of the given ledgers (typically the problem or measure ledgers). */
export function flagDistribution(
  ledgers: readonly Ledger[],
  scheme: FlagScheme,
  context: RollupContext,
): FlagDistribution {
  return flagDistributionOfScans(
    ledgers.map((ledger) => scanLedger(ledger, context)),
    scheme,
  );
}

export function flagDistributionOfScans(
  scans: readonly LedgerScan[],
  scheme: FlagScheme,
): FlagDistribution {
  const empty = (): RowRef[][] => scheme.flags.map(() => []);
  const total = empty();
  const offices = new Map<string | null, RowRef[][]>();
  const unknown: RowRef[] = [];
  for (const scan of scans) {
    scan.ledger.rows.forEach((_row, index) => {
      const state = scan.state(index);
      if (state.status === "unknown") {
        unknown.push(scan.ref(index));
        return;
      }
      const flag = flagOf(state, scheme);
      if (flag === undefined) return;
      const slot = scheme.flags.indexOf(flag);
      const ref = scan.ref(index);
      const office = scan.office(index);
      let byFlag = offices.get(office);
      if (byFlag === undefined) {
        byFlag = empty();
        offices.set(office, byFlag);
      }
      total[slot]?.push(ref);
      byFlag[slot]?.push(ref);
    });
  }
  const counts = (rows: RowRef[][]): FlagCount[] =>
    scheme.flags.map((flag, slot) => ({
      id: flag.id,
      label: flag.label,
      fill: flag.fill,
      font: flag.font,
      count: { value: rows[slot]?.length ?? 0, rows: rows[slot] ?? [] },
    }));
  return {
    scheme: scheme.id,
    total: counts(total),
    byOffice: [...offices.entries()].map(([office, rows]) => ({ office, flags: counts(rows) })),
    unknown: { value: unknown.length, rows: unknown },
  };
}
