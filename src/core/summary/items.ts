// The open items of the progress ledgers (problem rectification, assistance measures) as the
// overdue list and the reminder slips show them: what, whose, by when, how late.
import type { Ledger } from "../model/ledger";
import type { ItemState } from "../rollup/itemState";
import { roleReader, textOf } from "../rollup/roles";
import type { RowRef } from "../rollup/rowRef";
import { scanLedger, type RollupContext } from "../rollup/scan";

export interface OpenItem {
  kind: string;
  office: string | null;
  problem: string | null;
  /** The measure text (or the item's own text when the ledger has no measure column). */
  item: string;
  responsibleUnit: string | null;
  responsiblePerson: string | null;
  deadline: string | null;
  /** Days to the deadline from the as-of date, negative when overdue; null when due at once. */
  daysLeft: number | null;
  overdue: boolean;
  /** Due at once (立行立改) with no date: overdue by an unknown number of days. */
  dueAtOnce: boolean;
  status: Exclude<ItemState["status"], "unknown">;
  row: RowRef;
}

/** Ledger kinds whose rows are tracked items with deadlines. */
export const PROGRESS_KINDS = ["problem", "measure"] as const;

/**
 * Every not-finished item with a deadline, in ledger order; with `keep`, only those it keeps. A
 * summary keeps only what its overdue list and slips show: the others are most of a large
 * province's items, and each would be built and held until the summary is done.
 */
export function openItems(
  ledgers: readonly Ledger[],
  context: RollupContext,
  keep?: (state: Pick<ItemState, "overdue" | "daysLeft">) => boolean,
): OpenItem[] {
  const items: OpenItem[] = [];
  for (const ledger of ledgers) {
    if (!(PROGRESS_KINDS as readonly string[]).includes(ledger.kind)) continue;
    const scan = scanLedger(ledger, context);
    const read = {
      problem: roleReader(ledger, "problem"),
      measure: roleReader(ledger, "measure"),
      unit: roleReader(ledger, "responsibleUnit"),
      person: roleReader(ledger, "responsiblePerson"),
    };
    let problem: string | null = null;
    ledger.rows.forEach((row, index) => {
      // Merged problem cells leave the rows below empty: the problem above still applies.
      const ownProblem = textOf(read.problem(row));
      if (ownProblem !== null || scan.problemKey(index) === null) problem = ownProblem;
      // Read in parts: a whole state per item would be made only to be copied from.
      const daysLeft = scan.daysLeft(index);
      const dueAtOnce = scan.dueAtOnce(index);
      if (daysLeft === null && !dueAtOnce) return;
      const status = scan.status(index);
      if (status === "unknown") return;
      const overdue = scan.overdue(index);
      if (keep !== undefined && !keep({ overdue, daysLeft })) return;
      items.push({
        kind: ledger.kind,
        office: scan.office(index),
        problem,
        item: textOf(read.measure(row)) ?? problem ?? "",
        responsibleUnit: textOf(read.unit(row)),
        responsiblePerson: textOf(read.person(row)),
        deadline: scan.deadline(index),
        daysLeft,
        overdue,
        dueAtOnce,
        status,
        row: scan.ref(index),
      });
    });
  }
  return items;
}

// Collators made once: localeCompare with a locale builds its collation per call, and tens of
// thousands of items are sorted (the same order: localeCompare is defined as the collator's).
const byOffice = new Intl.Collator("zh-CN").compare;
const byDefault = new Intl.Collator().compare;

/** Items due at once (立行立改) first, then oldest deadline first; ties by office, then sheet order. */
export function byDeadline(a: OpenItem, b: OpenItem): number {
  return (
    Number(b.dueAtOnce) - Number(a.dueAtOnce) ||
    (a.daysLeft ?? 0) - (b.daysLeft ?? 0) ||
    byOffice(a.office ?? "", b.office ?? "") ||
    byDefault(a.row.file ?? "", b.row.file ?? "") ||
    byDefault(a.row.sheet, b.row.sheet) ||
    a.row.row - b.row.row
  );
}

/** The overdue list (超期未完成), oldest deadline first. */
export function overdueItems(items: readonly OpenItem[]): OpenItem[] {
  return items.filter((item) => item.overdue).sort(byDeadline);
}
