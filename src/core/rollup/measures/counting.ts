// Counting measures: rows, rows in a state, overdue, due, done on time, closed, completion rate.
import { dayNumber } from "../../dates/iso";
import type { LocalText } from "../localText";
import { lazyFigure, safeRatio } from "../rowRef";
import { RowList } from "../rowList";
import type { LedgerScan } from "../scan";
import type { MeasureDefinition, MeasureSpec } from "./types";

export interface Tally {
  value: number;
  rows: RowList;
}

/** Counts rows for which `test` holds. */
export function countWhere(
  label: LocalText,
  test: (scan: LedgerScan, spec: MeasureSpec) => (index: number) => boolean,
): MeasureDefinition<Tally> {
  return {
    label,
    init: () => ({ value: 0, rows: new RowList() }),
    compile(scan, spec) {
      const holds = test(scan, spec);
      const ref = scan.ref;
      return (state, index) => {
        if (holds(index)) {
          state.value += 1;
          state.rows.add(ref, index);
        }
      };
    },
    finish: (state) => lazyFigure(state.value, state.rows),
  };
}

/**
 * The deadline has come by the as-of date (deadline on or before it; open-ended never), for an
 * item whose state is known (whether it was done on time cannot be told of an unknown one).
 */
const due = (scan: LedgerScan) => {
  const asOfDay = dayNumber(scan.context.asOf);
  return (index: number) => {
    if (scan.status(index) === "unknown") return false;
    const day = scan.deadlineDay(index);
    return day !== null && asOfDay !== null && day <= asOfDay;
  };
};

const finished = (scan: LedgerScan) => (index: number) => {
  const status = scan.status(index);
  return status === "done" || status === "closed";
};

export const COUNTING_MEASURES = {
  count: {
    label: { zh: "条数", en: "Rows" },
    init: () => ({ value: 0 }),
    compile: () => (state) => {
      state.value += 1;
    },
    finish: (state, _spec, _context, group) => lazyFigure(state.value, group),
  } satisfies MeasureDefinition<{ value: number }>,
  statusCount: countWhere(
    { zh: "状态计数", en: "Status count" },
    (scan, spec) => (index) => scan.status(index) === spec.status,
  ),
  completed: countWhere({ zh: "已完成（含销号）", en: "Completed (incl. closed)" }, finished),
  // Over the items whose state is known: an unreadable status is neither done nor not done.
  completionRate: {
    label: { zh: "完成率", en: "Completion rate" },
    init: () => ({ done: 0, all: 0 }),
    compile(scan) {
      const isFinished = finished(scan);
      return (state, index) => {
        if (scan.status(index) === "unknown") return;
        state.all += 1;
        if (isFinished(index)) state.done += 1;
      };
    },
    finish: (state, _spec, _context, group) => lazyFigure(safeRatio(state.done, state.all), group),
  } satisfies MeasureDefinition<{ done: number; all: number }>,
  overdue: countWhere(
    { zh: "超期未完成", en: "Overdue" },
    (scan) => (index) => scan.overdue(index),
  ),
  dueSoon: countWhere({ zh: "临期", en: "Due soon" }, (scan, spec) => {
    const days = spec.days ?? 7;
    return (index) => {
      const left = scan.daysLeft(index);
      return left !== null && left >= 0 && left <= days;
    };
  }),
  doneLate: countWhere(
    { zh: "超期完成", en: "Done late" },
    (scan) => (index) => scan.doneLate(index),
  ),
  due: countWhere({ zh: "已到期", en: "Due by the date" }, due),
  onTime: countWhere({ zh: "按期完成", en: "Done on time" }, (scan) => {
    const isDue = due(scan);
    const isFinished = finished(scan);
    return (index) => isDue(index) && isFinished(index) && !scan.doneLate(index);
  }),
  closed: countWhere(
    { zh: "已销号", en: "Closed" },
    (scan) => (index) => scan.status(index) === "closed",
  ),
};
