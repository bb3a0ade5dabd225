/**
 * Functions that take arrays whole (see arrays.ts): SUMPRODUCT, LOOKUP's vector form, and the
 * character functions a formula uses to clean text (ASC, CHAR, UNICHAR).
 */
import type { Fn } from "./functions";
import type { Scalar } from "./values";
import { EMPTY, VALUE_ERROR, compare, isArray, isError, isRange, toNumber, toText } from "./values";

/** Full-width forms (and the ideographic space) to half-width, as ASC does in Chinese Excel. */
function halfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) out += " ";
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

export const ARRAY_AWARE_FUNCTIONS: Record<string, Fn> = {
  // SUMPRODUCT multiplies its arrays element by element and adds the products; what is not a
  // number (text, TRUE) counts 0 — which is why formulas write --(test).
  SUMPRODUCT: (args, ctx) => {
    const lists = args.map((a) => ctx.cells(a));
    const length = lists[0]?.length ?? 0;
    if (lists.some((l) => l.length !== length)) return VALUE_ERROR;
    let sum = 0;
    for (let i = 0; i < length; i++) {
      let product = 1;
      for (const list of lists) {
        const v = list[i] as Scalar;
        if (isError(v)) return v;
        product *= typeof v === "number" ? v : 0;
      }
      sum += product;
    }
    return sum;
  },
  // LOOKUP(value, vector): the last element not greater than `value` among those of its type;
  // errors are passed over (so LOOKUP(1E+100, --MID(…)) gives the last number of the array).
  LOOKUP: ([value, vector, result], ctx) => {
    if (value === undefined || vector === undefined) return VALUE_ERROR;
    const target = ctx.scalar(value);
    const cells = ctx.cells(vector);
    const results = result === undefined ? cells : ctx.cells(result);
    let found = -1;
    cells.forEach((cell, i) => {
      if (isError(cell) || cell === EMPTY || typeof cell !== typeof target) return;
      if (compare(cell, target) <= 0) found = i;
    });
    return found < 0 ? { error: "#N/A" } : (results[found] ?? { error: "#N/A" });
  },
  ASC: ([t], ctx) => {
    const text = toText(ctx.scalar(t ?? ""));
    return isError(text) ? text : halfWidth(text);
  },
  // CLEAN removes the 7-bit control characters (0–31): line breaks and tabs typed into a cell.
  CLEAN: ([t], ctx) => {
    const text = toText(ctx.scalar(t ?? ""));
    // eslint-disable-next-line no-control-regex
    return isError(text) ? text : text.replace(/[\u0000-\u001f]/g, "");
  },
  CHAR: ([n], ctx) => {
    const code = toNumber(ctx.scalar(n ?? 0));
    if (isError(code)) return code;
    // Excel's CHAR follows the system code page: only 1–127 are the same everywhere.
    return code >= 1 && code <= 127 ? String.fromCharCode(Math.trunc(code)) : VALUE_ERROR;
  },
  UNICHAR: ([n], ctx) => {
    const code = toNumber(ctx.scalar(n ?? 0));
    if (isError(code)) return code;
    return code >= 1 && code <= 0x10ffff ? String.fromCodePoint(Math.trunc(code)) : VALUE_ERROR;
  },
};

/** For the MIN/MAX/SUM family: an error inside an array argument is the result, as in Excel. */
export function arrayError(args: readonly unknown[]): Scalar | null {
  for (const a of args) {
    if (!isArray(a) || isRange(a)) continue;
    for (const row of a.array) for (const v of row) if (isError(v)) return v;
  }
  return null;
}
