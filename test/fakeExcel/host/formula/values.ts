/** Values inside the basic formula engine and Excel's coercions between them. */
import type { Rect } from "../address";
import type { SheetModel } from "../model/sheet";

export interface ErrorValue {
  error: string;
}
export interface RangeValue {
  sheet: SheetModel;
  rect: Rect;
}
/** An array constant such as {"已完成","推进中"} or {1,2;3,4}: rows of scalars. */
export interface ArrayValue {
  array: Scalar[][];
}
export const EMPTY: unique symbol = Symbol("empty cell");
export type Scalar = number | string | boolean | ErrorValue | typeof EMPTY;
export type Value = Scalar | RangeValue | ArrayValue;

export const VALUE_ERROR: ErrorValue = { error: "#VALUE!" };

export function isError(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

export function isRange(v: unknown): v is RangeValue {
  return typeof v === "object" && v !== null && "rect" in v;
}

export function isArray(v: unknown): v is ArrayValue {
  return typeof v === "object" && v !== null && "array" in v;
}

export function toNumber(v: Scalar): number | ErrorValue {
  if (v === EMPTY || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE_ERROR;
}

export function toText(v: Scalar): string | ErrorValue {
  if (v === EMPTY) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v;
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
}

export function toBool(v: Scalar): boolean | ErrorValue {
  if (v === EMPTY) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isError(v)) return v;
  const upper = v.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return VALUE_ERROR;
}

function rank(v: Scalar): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  return 2;
}

/** Excel's ordering: numbers < text < booleans; text compared ignoring case; an empty cell is 0 or "". */
export function compare(a: Scalar, b: Scalar): number {
  if (a === EMPTY) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === EMPTY) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}
