/** The worksheet functions the basic engine knows: enough for flag, status and rollup formulas. */
import { dateToSerial, serialToDate } from "../model/serialDate";
import type { Scalar, Value } from "./values";
import {
  EMPTY,
  VALUE_ERROR,
  compare,
  isArray,
  isError,
  isRange,
  toBool,
  toNumber,
  toText,
} from "./values";
import { TEXT_FUNCTIONS } from "./textFunctions";
import { LOOKUP_FUNCTIONS } from "./lookupFunctions";
import { ARRAY_AWARE_FUNCTIONS, arrayError } from "./arrayFunctions";
import { trimSpaces, wildcardPattern } from "./textMatch";

const NA: Scalar = { error: "#N/A" };

export interface FunctionContext {
  /** Every cell of a range argument, row by row. */
  cells(v: Value): Scalar[];
  scalar(v: Value): Scalar;
  today: number;
}

export type Fn = (args: Value[], ctx: FunctionContext) => Scalar;

function numbers(args: Value[], ctx: FunctionContext): number[] {
  return args.flatMap((a) =>
    (isRange(a) || isArray(a)
      ? ctx.cells(a).filter((c): c is number => typeof c === "number")
      : [toNumber(ctx.scalar(a))]
    ).filter((n): n is number => typeof n === "number"),
  );
}

function criteriaMatcher(criteria: Scalar): (v: Scalar) => boolean {
  if (typeof criteria !== "string") return (v) => v !== EMPTY && compare(v, criteria) === 0;
  const m = /^(<>|<=|>=|=|<|>)?(.*)$/s.exec(criteria);
  const op = m?.[1] ?? "";
  const operand = m?.[2] ?? "";
  const asNumber =
    operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  const target: Scalar = asNumber ?? operand;
  if (
    (op === "" || op === "=" || op === "<>") &&
    typeof target === "string" &&
    /[*?~]/.test(target)
  ) {
    // Excel's criteria wildcards: * any run, ? one character, ~ makes the next one literal
    // (support.microsoft.com COUNTIF: "~" before * or ? to find the character itself).
    const re = wildcardPattern(target);
    return (v) => (op === "<>") !== re.test(v === EMPTY ? "" : String(v));
  }
  return (v) => {
    if (op === "" || op === "=")
      return target === "" ? v === EMPTY || v === "" : v !== EMPTY && compare(v, target) === 0;
    if (op === "<>")
      return target === "" ? !(v === EMPTY || v === "") : v === EMPTY || compare(v, target) !== 0;
    if (v === EMPTY || typeof v !== typeof target) return false;
    const c = compare(v, target);
    return op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  };
}

function text(v: Value, ctx: FunctionContext): string | null {
  const t = toText(ctx.scalar(v));
  return isError(t) ? null : t;
}

export const FUNCTIONS: Record<string, Fn> = {
  IF: ([c, a, b], ctx) => {
    const cond = toBool(ctx.scalar(c ?? false));
    if (isError(cond)) return cond;
    return cond ? ctx.scalar(a ?? true) : b === undefined ? false : ctx.scalar(b);
  },
  AND: (args, ctx) => {
    const vals: Scalar[] = args.flatMap((a) =>
      isRange(a) || isArray(a) ? ctx.cells(a).filter((c) => c !== EMPTY) : [ctx.scalar(a)],
    );
    for (const v of vals) {
      const b = toBool(v);
      if (isError(b)) return b;
      if (!b) return false;
    }
    return true;
  },
  OR: (args, ctx) => {
    const vals: Scalar[] = args.flatMap((a) =>
      isRange(a) || isArray(a) ? ctx.cells(a).filter((c) => c !== EMPTY) : [ctx.scalar(a)],
    );
    for (const v of vals) {
      const b = toBool(v);
      if (isError(b)) return b;
      if (b) return true;
    }
    return false;
  },
  NOT: ([a], ctx) => {
    const b = toBool(ctx.scalar(a ?? false));
    return isError(b) ? b : !b;
  },
  IFERROR: ([a, b], ctx) => {
    const v = ctx.scalar(a ?? EMPTY);
    return isError(v) ? ctx.scalar(b ?? "") : v;
  },
  ISNUMBER: ([a], ctx) => typeof ctx.scalar(a ?? EMPTY) === "number",
  ISTEXT: ([a], ctx) => typeof ctx.scalar(a ?? EMPTY) === "string",
  ISBLANK: ([a], ctx) => ctx.scalar(a ?? EMPTY) === EMPTY,
  ISERROR: ([a], ctx) => isError(ctx.scalar(a ?? EMPTY)),
  ISERR: ([a], ctx) => {
    const v = ctx.scalar(a ?? EMPTY);
    return isError(v) && v.error !== "#N/A";
  },
  ISNA: ([a], ctx) => {
    const v = ctx.scalar(a ?? EMPTY);
    return isError(v) && v.error === "#N/A";
  },
  ISLOGICAL: ([a], ctx) => typeof ctx.scalar(a ?? EMPTY) === "boolean",
  IFNA: ([a, b], ctx) => {
    const v = ctx.scalar(a ?? EMPTY);
    return isError(v) && v.error === "#N/A" ? ctx.scalar(b ?? "") : v;
  },
  NA: () => NA,
  SEARCH: ([f, w, start], ctx) => {
    const find = text(f ?? "", ctx);
    const within = text(w ?? "", ctx);
    if (find === null || within === null) return VALUE_ERROR;
    const from = start === undefined ? 1 : toNumber(ctx.scalar(start));
    if (isError(from)) return from;
    const i = within.toLowerCase().indexOf(find.toLowerCase(), from - 1);
    return i < 0 ? VALUE_ERROR : i + 1;
  },
  FIND: ([f, w, start], ctx) => {
    const find = text(f ?? "", ctx);
    const within = text(w ?? "", ctx);
    if (find === null || within === null) return VALUE_ERROR;
    const from = start === undefined ? 1 : toNumber(ctx.scalar(start));
    if (isError(from)) return from;
    const i = within.indexOf(find, from - 1);
    return i < 0 ? VALUE_ERROR : i + 1;
  },
  LEN: ([a], ctx) => text(a ?? "", ctx)?.length ?? VALUE_ERROR,
  TRIM: ([a], ctx) => {
    const t = text(a ?? "", ctx);
    return t === null ? VALUE_ERROR : trimSpaces(t);
  },
  UPPER: ([a], ctx) => text(a ?? "", ctx)?.toUpperCase() ?? VALUE_ERROR,
  LOWER: ([a], ctx) => text(a ?? "", ctx)?.toLowerCase() ?? VALUE_ERROR,
  EXACT: ([a, b], ctx) => text(a ?? "", ctx) === text(b ?? "", ctx),
  CONCATENATE: (args, ctx) => args.map((a) => text(a, ctx) ?? "").join(""),
  CONCAT: (args, ctx) =>
    args
      .flatMap((a) => (isRange(a) ? ctx.cells(a).map((c) => toText(c)) : [toText(ctx.scalar(a))]))
      .map((t) => (isError(t) ? "" : t))
      .join(""),
  HYPERLINK: ([link, label], ctx) => ctx.scalar(label ?? link ?? ""),
  SUM: (args, ctx) => arrayError(args) ?? numbers(args, ctx).reduce((s, n) => s + n, 0),
  COUNT: (args, ctx) =>
    args
      .flatMap((a) => (isRange(a) ? ctx.cells(a) : [ctx.scalar(a)]))
      .filter((v) => typeof v === "number").length,
  COUNTA: (args, ctx) =>
    args.flatMap((a) => (isRange(a) ? ctx.cells(a) : [ctx.scalar(a)])).filter((v) => v !== EMPTY)
      .length,
  COUNTIF: ([range, criteria], ctx) => {
    if (!isRange(range)) return VALUE_ERROR;
    const match = criteriaMatcher(ctx.scalar(criteria ?? ""));
    return ctx.cells(range).filter(match).length;
  },
  COUNTIFS: (args, ctx) => {
    const pairs: [Scalar[], (v: Scalar) => boolean][] = [];
    for (let i = 0; i + 1 < args.length; i += 2) {
      const range = args[i];
      if (!isRange(range)) return VALUE_ERROR;
      pairs.push([ctx.cells(range), criteriaMatcher(ctx.scalar(args[i + 1] ?? ""))]);
    }
    const n = pairs[0]?.[0].length ?? 0;
    let count = 0;
    for (let k = 0; k < n; k++)
      if (pairs.every(([cells, match]) => match(cells[k] ?? EMPTY))) count++;
    return count;
  },
  AVERAGE: (args, ctx) => {
    const ns = numbers(args, ctx);
    return ns.length === 0 ? { error: "#DIV/0!" } : ns.reduce((s, n) => s + n, 0) / ns.length;
  },
  MAX: (args, ctx) => arrayError(args) ?? Math.max(0, ...numbers(args, ctx)),
  MIN: (args, ctx) => {
    const error = arrayError(args);
    if (error) return error;
    const ns = numbers(args, ctx);
    return ns.length === 0 ? 0 : Math.min(...ns);
  },
  ABS: ([a], ctx) => {
    const n = toNumber(ctx.scalar(a ?? 0));
    return isError(n) ? n : Math.abs(n);
  },
  ROUND: ([a, d], ctx) => {
    const n = toNumber(ctx.scalar(a ?? 0));
    const digits = toNumber(ctx.scalar(d ?? 0));
    if (isError(n)) return n;
    if (isError(digits)) return digits;
    const f = 10 ** digits;
    return Math.round(n * f) / f;
  },
  VALUE: ([a], ctx) => toNumber(ctx.scalar(a ?? "")),
  TODAY: (_args, ctx) => ctx.today,
  YEAR: ([a], ctx) => datePart(a, ctx, "year"),
  MONTH: ([a], ctx) => datePart(a, ctx, "month"),
  DAY: ([a], ctx) => datePart(a, ctx, "day"),
  ...TEXT_FUNCTIONS,
  ...LOOKUP_FUNCTIONS,
  ...ARRAY_AWARE_FUNCTIONS,
  DATE: ([y, m, d], ctx) => {
    const raw: (Value | undefined)[] = [y, m, d];
    const parts = raw.map((v) => toNumber(ctx.scalar(v ?? 0)));
    if (parts.some(isError)) return VALUE_ERROR;
    const [yy, mm, dd] = parts as number[];
    const start = dateToSerial(yy ?? 1900, 1, 1);
    if (start === null) return { error: "#NUM!" };
    const date = new Date(Date.UTC(yy ?? 1900, (mm ?? 1) - 1, dd ?? 1));
    return (
      dateToSerial(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? {
        error: "#NUM!",
      }
    );
  },
};

function datePart(a: Value | undefined, ctx: FunctionContext, part: "year" | "month" | "day") {
  const n = toNumber(ctx.scalar(a ?? 0));
  if (isError(n)) return n;
  return n < 0 ? { error: "#NUM!" } : serialToDate(n)[part];
}
