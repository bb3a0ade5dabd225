import type { Plan } from "./types";

/** Several plans executed as one (summary + issue list + reminder slips in a single write). */
export function mergePlans(...plans: readonly Plan[]): Plan {
  return {
    sheets: plans.flatMap((p) => p.sheets),
    columns: plans.flatMap((p) => p.columns),
    notes: plans.flatMap((p) => p.notes),
  };
}
