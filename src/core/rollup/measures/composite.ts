// Measures built from other measures: a ratio of two, and the fair-comparison figures 院均 and
// 人均. They find their parts through a lookup so this file needs no registry.
import { numberOf, roleReader } from "../roles";
import { lazyRows, mergeRefs, safeRatio } from "../rowRef";
import type { LocalText } from "../localText";
import { required, type MeasureDefinition, type MeasureLookup } from "./types";

interface Pair {
  numerator: unknown;
  denominator: unknown;
}

export function ratioMeasure(measureOf: MeasureLookup): MeasureDefinition<Pair> {
  return {
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
      return lazyRows(value, () => mergeRefs(a.rows, b.rows));
    },
  };
}

interface Fair {
  inner: unknown;
  offices: Map<string, number | null>;
}

/**
 * 院均 and 人均: a measure divided by the offices in the group, or by their actual prosecutors
 * (实有员额检察官: the row's own column, else the office registry). Null when any office's
 * prosecutor count is unknown — a fair comparison must not guess.
 */
export function fairMeasure(
  measureOf: MeasureLookup,
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
      const value = figure.value === null || by === null ? null : safeRatio(figure.value, by);
      return lazyRows(value, () => figure.rows);
    },
  };
}
