import type { FieldConstraints } from "../../ledgers";
import type { ValueCheck } from "./valueCheck";

/** constraints.minLength / maxLength on text, counted in characters (汉字 count one each). */
export function lengthCheck(constraints: FieldConstraints): ValueCheck | undefined {
  const { minLength, maxLength } = constraints;
  if (minLength === undefined && maxLength === undefined) return undefined;
  return (value) => {
    const length = [...String(value)].length;
    if (minLength !== undefined && length < minLength)
      return { constraint: "minLength", limit: minLength };
    if (maxLength !== undefined && length > maxLength)
      return { constraint: "maxLength", limit: maxLength };
    return null;
  };
}
