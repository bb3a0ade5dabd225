import type { FieldConstraints } from "../../ledgers";
import type { ValueCheck } from "./valueCheck";

/** constraints.minimum / maximum: numbers compare as numbers, ISO dates as text. */
export function minimumCheck(constraints: FieldConstraints): ValueCheck | undefined {
  const limit = constraints.minimum;
  if (limit === undefined) return undefined;
  const broken = { constraint: "minimum", limit };
  return (value) => (typeof value !== "boolean" && value < limit ? broken : null);
}

export function maximumCheck(constraints: FieldConstraints): ValueCheck | undefined {
  const limit = constraints.maximum;
  if (limit === undefined) return undefined;
  const broken = { constraint: "maximum", limit };
  return (value) => (typeof value !== "boolean" && value > limit ? broken : null);
}
