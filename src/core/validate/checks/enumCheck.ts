import type { FieldConstraints } from "../../ledgers";
import type { ValueCheck } from "./valueCheck";

/** constraints.enum: the value must be one of the listed ones (compared as text). */
export function enumCheck(constraints: FieldConstraints): ValueCheck | undefined {
  if (!constraints.enum) return undefined;
  const allowed = new Set(constraints.enum.map(String));
  const broken = { constraint: "enum", limit: constraints.enum.join("/") };
  return (value) => (allowed.has(String(value)) ? null : broken);
}
