// The registry plans name their measures from, TanStack-style: "count", "distinctCount", …
import { fairMeasure, ratioMeasure } from "./composite";
import { COUNTING_MEASURES } from "./counting";
import { DISTINCT_MEASURES } from "./distinct";
import { sum } from "./sum";
import type { MeasureDefinition, MeasureName, MeasureSpec } from "./types";

export const MEASURES = {
  ...COUNTING_MEASURES,
  ...DISTINCT_MEASURES,
  sum,
  ratio: ratioMeasure((spec) => measureOf(spec)),
  perOffice: fairMeasure(
    (spec) => measureOf(spec),
    { zh: "院均", en: "Per office" },
    (offices) => offices.size,
  ),
  perProsecutor: fairMeasure(
    (spec) => measureOf(spec),
    { zh: "人均", en: "Per prosecutor" },
    (offices) => {
      let total = 0;
      for (const prosecutors of offices.values()) {
        if (prosecutors === null) return null;
        total += prosecutors;
      }
      return total;
    },
  ),
} satisfies Record<MeasureName, object>;

export type { MeasureName };

/** The registry entry for a spec, with its state type erased for generic callers. */
export function measureOf(spec: MeasureSpec): MeasureDefinition<unknown> {
  return MEASURES[spec.fn] as unknown as MeasureDefinition<unknown>;
}
