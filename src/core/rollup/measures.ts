// Named measures a rollup plan can ask for, TanStack-style: a plan names its measure by a
// string, the registry supplies the running state, the per-row step and the final figure.
import { dayNumber } from "../dates/iso";
import type { FieldRole, Status } from "../model/ledger";
import type { LocalText } from "./localText";
import { listItems } from "./listItems";
import { numberOf, roleReader, textOf } from "./roles";
import { lazyFigure, mergeRefs, RowList, safeRatio, type Figure } from "./rowRef";
import type { LedgerScan, RollupContext } from "./scan";

export interface MeasureSpec {
  fn: MeasureName;
  /** The column for distinctCount, distinctItems and sum. */
  role?: FieldRole;
  /** Several columns summed together (瑕疵 + 不合格). */
  roles?: FieldRole[];
  /** For statusCount. */
  status?: Status;
  /** For dueSoon: due within this many days of the as-of date. */
  days?: number;
  /** For ratio. */
  numerator?: MeasureSpec;
  denominator?: MeasureSpec;
  /** For perOffice and perProsecutor: the measure to divide. */
  of?: MeasureSpec;
}

type Step<S> = (state: S, index: number) => void;

export interface MeasureDefinition<S = unknown> {
  label: LocalText;
  init(spec: MeasureSpec): S;
  compile(scan: LedgerScan, spec: MeasureSpec): Step<S>;
  /**
   * `group` holds every row of the group: counts, distinct counts and rates are computed from all
   * of them and cite them all; measures that pick rows (overdue, closed, sums) cite their own.
   */
  finish(state: S, spec: MeasureSpec, context: RollupContext, group: RowList): Figure;
}

interface Tally {
  value: number;
  rows: RowList;
}

/** Counts rows for which `test` holds. */
function countWhere(
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

interface Distinct {
  keys: Set<string>;
}

/** Counts distinct keys over the rows of the group (all of which it cites). */
function distinctBy(
  label: LocalText,
  keysOf: (scan: LedgerScan, spec: MeasureSpec) => (index: number) => string | string[] | null,
): MeasureDefinition<Distinct> {
  return {
    label,
    init: () => ({ keys: new Set() }),
    compile(scan, spec) {
      const read = keysOf(scan, spec);
      return (state, index) => {
        const keys = read(index);
        if (keys === null) return;
        if (typeof keys === "string") state.keys.add(keys);
        else for (const key of keys) state.keys.add(key);
      };
    },
    finish: (state, _spec, _context, group) => lazyFigure(state.keys.size, group),
  };
}

function rolesOf(spec: MeasureSpec): FieldRole[] {
  return spec.roles ?? (spec.role === undefined ? [] : [spec.role]);
}

const sum: MeasureDefinition<Tally> = {
  label: { zh: "合计", en: "Sum" },
  init: () => ({ value: 0, rows: new RowList() }),
  compile(scan, spec) {
    const readers = rolesOf(spec).map((role) => roleReader(scan.ledger, role));
    const rows = scan.ledger.rows;
    const ref = scan.ref;
    return (state, index) => {
      const row = rows[index];
      if (row === undefined) return;
      let seen = false;
      for (const read of readers) {
        const value = numberOf(read(row));
        if (value !== null) {
          state.value += value;
          seen = true;
        }
      }
      if (seen) state.rows.add(ref, index);
    };
  },
  finish: (state) => lazyFigure(state.value, state.rows),
};

interface Pair {
  numerator: unknown;
  denominator: unknown;
}

function required(spec: MeasureSpec | undefined, what: string): MeasureSpec {
  if (spec === undefined) throw new Error(`measure spec needs "${what}"`);
  return spec;
}

const ratio: MeasureDefinition<Pair> = {
  label: { zh: "比率", en: "Ratio" },
  init: (spec) => ({
    numerator: measureOf(required(spec.numerator, "numerator")).init(
      required(spec.numerator, "numerator"),
    ),
    denominator: measureOf(required(spec.denominator, "denominator")).init(
      required(spec.denominator, "denominator"),
    ),
  }),
  compile(scan, spec) {
    const top = required(spec.numerator, "numerator");
    const bottom = required(spec.denominator, "denominator");
    const stepTop = measureOf(top).compile(scan, top);
    const stepBottom = measureOf(bottom).compile(scan, bottom);
    return (state, index) => {
      stepTop(state.numerator, index);
      stepBottom(state.denominator, index);
    };
  },
  finish(state, spec, context, group) {
    const top = required(spec.numerator, "numerator");
    const bottom = required(spec.denominator, "denominator");
    const a = measureOf(top).finish(state.numerator, top, context, group);
    const b = measureOf(bottom).finish(state.denominator, bottom, context, group);
    const value = a.value === null || b.value === null ? null : safeRatio(a.value, b.value);
    return { value, rows: mergeRefs(a.rows, b.rows) };
  },
};

interface Fair {
  inner: unknown;
  offices: Map<string, number | null>;
}

/**
 * 院均 and 人均: a measure divided by the offices in the group, or by their actual prosecutors
 * (实有员额检察官: the row's own column, else the office registry). Null when any office's
 * prosecutor count is unknown — a fair comparison must not guess.
 */
function fair(
  label: LocalText,
  divisor: (offices: Map<string, number | null>) => number | null,
): MeasureDefinition<Fair> {
  return {
    label,
    init: (spec) => {
      const inner = required(spec.of, "of");
      return { inner: measureOf(inner).init(inner), offices: new Map() };
    },
    compile(scan, spec) {
      const inner = required(spec.of, "of");
      const step = measureOf(inner).compile(scan, inner);
      const readProsecutors = roleReader(scan.ledger, "prosecutors");
      const rows = scan.ledger.rows;
      const registry = scan.context.registry;
      return (state, index) => {
        step(state.inner, index);
        const office = scan.office(index);
        if (office === null) return;
        const row = rows[index];
        const own = row === undefined ? null : numberOf(readProsecutors(row));
        const known = state.offices.get(office) ?? null;
        state.offices.set(office, own ?? known ?? registry?.get(office)?.prosecutors ?? null);
      };
    },
    finish(state, spec, context, group) {
      const inner = required(spec.of, "of");
      const figure = measureOf(inner).finish(state.inner, inner, context, group);
      const by = divisor(state.offices);
      return {
        value: figure.value === null || by === null ? null : safeRatio(figure.value, by),
        rows: figure.rows,
      };
    },
  };
}

/** The deadline has come by the as-of date (deadline on or before it; open-ended never). */
const due = (scan: LedgerScan) => {
  const asOfDay = dayNumber(scan.context.asOf);
  return (index: number) => {
    const deadline = scan.state(index).deadline;
    const day = deadline === null ? null : dayNumber(deadline);
    return day !== null && asOfDay !== null && day <= asOfDay;
  };
};

const finished = (scan: LedgerScan) => (index: number) => {
  const status = scan.status(index);
  return status === "done" || status === "closed";
};

export const MEASURES = {
  count: {
    label: { zh: "条数", en: "Rows" },
    init: () => ({ value: 0 }),
    compile: () => (state) => {
      state.value += 1;
    },
    finish: (state, _spec, _context, group) => lazyFigure(state.value, group),
  } satisfies MeasureDefinition<{ value: number }>,
  distinctCount: {
    label: { zh: "去重计数", en: "Distinct count" },
    init: () => ({ keys: new Set<string>() }),
    compile(scan, spec) {
      const name = scan.ledger.fields.find((field) => field.role === (spec.role ?? "id"))?.name;
      const rows = scan.ledger.rows;
      if (name === undefined) return () => undefined;
      return (state, index) => {
        const key = textOf(rows[index]?.cells[name]?.value ?? null);
        if (key !== null) state.keys.add(key);
      };
    },
    finish: (state, _spec, _context, group) => lazyFigure(state.keys.size, group),
  } satisfies MeasureDefinition<Distinct>,
  distinctItems: distinctBy({ zh: "条目数", en: "Distinct items" }, (scan, spec) => {
    const read = roleReader(scan.ledger, spec.role ?? "cause");
    const rows = scan.ledger.rows;
    return (index) => {
      const row = rows[index];
      const text = row === undefined ? null : textOf(read(row));
      return text === null ? null : listItems(text);
    };
  }),
  offices: distinctBy({ zh: "院数", en: "Offices" }, (scan) => scan.office),
  problems: distinctBy({ zh: "问题", en: "Problems" }, (scan) => scan.problemKey),
  causes: distinctBy({ zh: "原因", en: "Causes" }, (scan) => scan.causeKeys),
  sum,
  ratio,
  statusCount: countWhere(
    { zh: "状态计数", en: "Status count" },
    (scan, spec) => (index) => scan.status(index) === spec.status,
  ),
  completed: countWhere({ zh: "已完成（含销号）", en: "Completed (incl. closed)" }, finished),
  completionRate: {
    label: { zh: "完成率", en: "Completion rate" },
    init: () => ({ done: 0, all: 0 }),
    compile(scan) {
      const isFinished = finished(scan);
      return (state, index) => {
        state.all += 1;
        if (isFinished(index)) state.done += 1;
      };
    },
    finish: (state, _spec, _context, group) => lazyFigure(safeRatio(state.done, state.all), group),
  } satisfies MeasureDefinition<{ done: number; all: number }>,
  overdue: countWhere(
    { zh: "超期未完成", en: "Overdue" },
    (scan) => (index) => scan.state(index).overdue,
  ),
  dueSoon: countWhere({ zh: "临期", en: "Due soon" }, (scan, spec) => {
    const days = spec.days ?? 7;
    return (index) => {
      const left = scan.state(index).daysLeft;
      return left !== null && left >= 0 && left <= days;
    };
  }),
  doneLate: countWhere(
    { zh: "超期完成", en: "Done late" },
    (scan) => (index) => scan.state(index).doneLate,
  ),
  due: countWhere({ zh: "已到期", en: "Due by the date" }, due),
  onTime: countWhere({ zh: "按期完成", en: "Done on time" }, (scan) => {
    const isDue = due(scan);
    const isFinished = finished(scan);
    return (index) => isDue(index) && isFinished(index) && !scan.state(index).doneLate;
  }),
  closed: countWhere(
    { zh: "已销号", en: "Closed" },
    (scan) => (index) => scan.status(index) === "closed",
  ),
  perOffice: fair({ zh: "院均", en: "Per office" }, (offices) => offices.size),
  perProsecutor: fair({ zh: "人均", en: "Per prosecutor" }, (offices) => {
    let total = 0;
    for (const prosecutors of offices.values()) {
      if (prosecutors === null) return null;
      total += prosecutors;
    }
    return total;
  }),
};

export type MeasureName = keyof typeof MEASURES;

/** The registry entry for a spec, with its state type erased for generic callers. */
export function measureOf(spec: MeasureSpec): MeasureDefinition<unknown> {
  return MEASURES[spec.fn] as unknown as MeasureDefinition<unknown>;
}
