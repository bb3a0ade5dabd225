/** MATCH over a one-row or one-column range or an array constant ({"已完成","推进中"}). */
import type { Fn } from "./functions";
import type { Scalar } from "./values";
import { wildcardPattern } from "./textMatch";
import { EMPTY, compare, isArray, isError, isRange, toNumber } from "./values";

const NA = { error: "#N/A" };

function sameKind(a: Scalar, b: Scalar): boolean {
  return typeof a === typeof b && a !== EMPTY && b !== EMPTY && !isError(a) && !isError(b);
}

export const LOOKUP_FUNCTIONS: Record<string, Fn> = {
  MATCH: ([l, within, t], ctx) => {
    const lookup = ctx.scalar(l ?? EMPTY);
    if (isError(lookup)) return lookup;
    if (lookup === EMPTY) return NA;
    if (within === undefined) return NA;
    const oneLine = isRange(within)
      ? within.rect.top === within.rect.bottom || within.rect.left === within.rect.right
      : isArray(within)
        ? within.array.length === 1 || within.array.every((row) => row.length === 1)
        : true;
    if (!oneLine) return NA;
    const items = ctx.cells(within);
    const type = t === undefined ? 1 : toNumber(ctx.scalar(t));
    if (isError(type)) return type;
    if (type === 0) {
      const re =
        typeof lookup === "string" && /[*?~]/.test(lookup) ? wildcardPattern(lookup) : null;
      const at = items.findIndex((item) =>
        re
          ? typeof item === "string" && re.test(item)
          : sameKind(item, lookup) && compare(item, lookup) === 0,
      );
      return at < 0 ? NA : at + 1;
    }
    // Sorted lookups: the last item not past the lookup value (ascending for 1, descending for -1).
    let found = -1;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] ?? EMPTY;
      if (!sameKind(item, lookup)) continue;
      const c = compare(item, lookup);
      if (type > 0 ? c > 0 : c < 0) break;
      found = i;
    }
    return found < 0 ? NA : found + 1;
  },
};
