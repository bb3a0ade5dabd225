import type { FieldConstraints } from "../../ledgers";
import type { ValueCheck } from "./valueCheck";

/** constraints.pattern: the whole text must match (Table Schema anchors the pattern). */
export function patternCheck(constraints: FieldConstraints): ValueCheck | undefined {
  if (constraints.pattern === undefined) return undefined;
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${constraints.pattern})$`, "u");
  } catch {
    // A user's pattern that is not a regular expression cannot be met by any value.
    return () => ({ constraint: "pattern", limit: constraints.pattern ?? "" });
  }
  const broken = { constraint: "pattern", limit: constraints.pattern };
  return (value) => (regex.test(String(value)) ? null : broken);
}
