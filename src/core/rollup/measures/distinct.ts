// Distinct counts: values of a column, numbered list items, offices, problems, causes. One
// problem spans several measure rows, so problems and causes are only ever counted distinct.
import { listItems } from "../listItems";
import type { LocalText } from "../localText";
import { roleReader, textOf } from "../roles";
import { lazyFigure } from "../rowRef";
import type { LedgerScan } from "../scan";
import type { MeasureDefinition, MeasureSpec } from "./types";

interface Distinct {
  keys: Set<string>;
}

/**
 * Distinct causes: a cause is an item of a problem's cause list. Counted per problem rather than
 * with one "problem␟item" string per cause in a set: each problem keeps the text of the list its
 * first row gave (the same text has the same items), turned into a set of items only when a row
 * brings another text.
 */
interface Causes {
  count: number;
  byProblem: Map<string, string | Set<string>>;
  /** A row of the group came from a sheet with a 原因分析 column: else there is nothing to count. */
  counted: boolean;
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

export const DISTINCT_MEASURES = {
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
  causes: {
    label: { zh: "原因", en: "Causes" },
    init: () => ({ count: 0, byProblem: new Map(), counted: false }),
    compile(scan) {
      const hasColumn = scan.ledger.fields.some((f) => f.role === "cause" && f.missing !== true);
      return (state, index) => {
        if (hasColumn) state.counted = true;
        const text = scan.causeText(index);
        const problem = scan.problemKey(index);
        if (text === null || problem === null) return;
        const seen = state.byProblem.get(problem);
        // The problem's rows below its first share its text: nothing new.
        if (seen === text) return;
        if (seen === undefined) {
          const count = scan.causeCount(index);
          // A list with no items counts nothing and is not the problem's list.
          if (count === 0) return;
          state.byProblem.set(problem, text);
          state.count += count;
          return;
        }
        // Another list for a problem already counted (its cause cell differs on a later row, or
        // another file has the same problem): count only the items it adds.
        const items = listItems(text);
        if (items.length === 0) return;
        const union = seen instanceof Set ? seen : new Set(listItems(seen));
        const before = union.size;
        for (const item of items) union.add(item);
        state.count += union.size - before;
        state.byProblem.set(problem, union);
      };
    },
    // No 原因分析 column behind any of the group's rows: the count is unknown (—), not 0.
    finish: (state, _spec, _context, group) =>
      lazyFigure(state.counted ? state.count : null, group),
  } satisfies MeasureDefinition<Causes>,
};
