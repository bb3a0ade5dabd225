/** Text and date-text worksheet functions of the basic engine: LEFT, RIGHT, MID, SUBSTITUTE, DATEVALUE. */
import { dateToSerial } from "../model/serialDate";
import type { Fn, FunctionContext } from "./functions";
import type { ErrorValue, Value } from "./values";
import { VALUE_ERROR, isError, toNumber, toText } from "./values";

function textArg(v: Value | undefined, ctx: FunctionContext): string | ErrorValue {
  return toText(ctx.scalar(v ?? ""));
}

/** A count argument: missing means `fallback`; negative counts are #VALUE! as in Excel. */
function countArg(
  v: Value | undefined,
  ctx: FunctionContext,
  fallback: number,
): number | ErrorValue {
  if (v === undefined) return fallback;
  const n = toNumber(ctx.scalar(v));
  if (isError(n)) return n;
  return n < 0 ? VALUE_ERROR : Math.floor(n);
}

const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;
const CN_DATE = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/;

export const TEXT_FUNCTIONS: Record<string, Fn> = {
  LEFT: ([t, n], ctx) => {
    const text = textArg(t, ctx);
    const count = countArg(n, ctx, 1);
    if (isError(text)) return text;
    if (isError(count)) return count;
    return [...text].slice(0, count).join("");
  },
  RIGHT: ([t, n], ctx) => {
    const text = textArg(t, ctx);
    const count = countArg(n, ctx, 1);
    if (isError(text)) return text;
    if (isError(count)) return count;
    const chars = [...text];
    return count === 0 ? "" : chars.slice(Math.max(0, chars.length - count)).join("");
  },
  MID: ([t, s, n], ctx) => {
    const text = textArg(t, ctx);
    const start = toNumber(ctx.scalar(s ?? 0));
    const count = n === undefined ? VALUE_ERROR : countArg(n, ctx, 0);
    if (isError(text)) return text;
    if (isError(start)) return start;
    if (isError(count)) return count;
    if (start < 1) return VALUE_ERROR;
    const from = Math.floor(start) - 1;
    return [...text].slice(from, from + count).join("");
  },
  SUBSTITUTE: ([t, o, r], ctx) => {
    const text = textArg(t, ctx);
    const old = textArg(o, ctx);
    const by = textArg(r, ctx);
    if (isError(text)) return text;
    if (isError(old)) return old;
    if (isError(by)) return by;
    return old === "" ? text : text.split(old).join(by);
  },
  /** Text that reads as a date → its serial; a number or other text is #VALUE!, as in Excel. */
  DATEVALUE: ([t], ctx) => {
    const v = ctx.scalar(t ?? "");
    if (isError(v)) return v;
    if (typeof v !== "string") return VALUE_ERROR;
    const m = ISO_DATE.exec(v) ?? CN_DATE.exec(v);
    if (!m) return VALUE_ERROR;
    return dateToSerial(Number(m[1]), Number(m[2]), Number(m[3])) ?? VALUE_ERROR;
  },
};
