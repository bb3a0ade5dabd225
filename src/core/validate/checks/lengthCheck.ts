import type { FieldConstraints } from "../../ledgers";
import type { ValueCheck } from "./valueCheck";

/**
 * Characters (code points: 汉字 and emoji count one each) in a text. Counted without building an
 * array of them: this runs on every cell of a column with a length constraint.
 */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** constraints.minLength / maxLength on text, counted in characters (汉字 count one each). */
export function lengthCheck(constraints: FieldConstraints): ValueCheck | undefined {
  const { minLength, maxLength } = constraints;
  if (minLength === undefined && maxLength === undefined) return undefined;
  const tooShort = { constraint: "minLength", limit: minLength ?? 0 };
  const tooLong = { constraint: "maxLength", limit: maxLength ?? 0 };
  return (value) => {
    const text = typeof value === "string" ? value : String(value);
    // A text has between length/2 and length characters: count only when that does not decide.
    const most = text.length;
    const least = (most + 1) >> 1;
    if (
      (minLength === undefined || least >= minLength) &&
      (maxLength === undefined || most <= maxLength)
    )
      return null;
    const length = codePoints(text);
    if (minLength !== undefined && length < minLength) return tooShort;
    if (maxLength !== undefined && length > maxLength) return tooLong;
    return null;
  };
}
