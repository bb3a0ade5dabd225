// How many items carry each flag, overall and per office, with the rows behind each count.
import type { Ledger } from "../model/ledger";
import { RowList } from "../rollup/rowList";
import { lazyFigure, type Figure } from "../rollup/rowRef";
import { scanLedger, type LedgerScan, type RollupContext } from "../rollup/scan";
import { flagSlot, type FlagFacts } from "./assign";
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

/**
 * The rows of each flag are gathered as RowLists (row indexes) and become RowRefs only when a
 * count's rows are read, and each row's facts are read from the scan's typed parts into one
 * object: a whole state and a RowRef per row, held in arrays per flag, were the largest part of
 * the distribution's memory over a province's rows.
 */
export function flagDistributionOfScans(
  scans: readonly LedgerScan[],
  scheme: FlagScheme,
): FlagDistribution {
  const empty = (): RowList[] => scheme.flags.map(() => new RowList());
  const total = empty();
  const offices = new Map<string | null, RowList[]>();
  const unknown = new RowList();
  const facts: FlagFacts = { status: "unknown", overdue: false, daysLeft: null, doneLate: false };
  for (const scan of scans) {
    const ref = scan.ref;
    const rowCount = scan.ledger.rows.length;
    for (let index = 0; index < rowCount; index++) {
      const status = scan.status(index);
      if (status === "unknown") {
        unknown.add(ref, index);
        continue;
      }
      facts.status = status;
      facts.overdue = scan.overdue(index);
      facts.daysLeft = scan.daysLeft(index);
      facts.doneLate = scan.doneLate(index);
      const slot = flagSlot(facts, scheme);
      if (slot < 0) continue;
      const office = scan.office(index);
      let byFlag = offices.get(office);
      if (byFlag === undefined) {
        byFlag = empty();
        offices.set(office, byFlag);
      }
      total[slot]?.add(ref, index);
      byFlag[slot]?.add(ref, index);
    }
  }
  const counts = (rows: RowList[]): FlagCount[] =>
    scheme.flags.map((flag, slot) => {
      const list = rows[slot] as RowList;
      return {
        id: flag.id,
        label: flag.label,
        fill: flag.fill,
        font: flag.font,
        count: lazyFigure(list.length, list),
      };
    });
  return {
    scheme: scheme.id,
    total: counts(total),
    byOffice: [...offices.entries()].map(([office, rows]) => ({ office, flags: counts(rows) })),
    unknown: lazyFigure(unknown.length, unknown),
  };
}
