/**
 * What Excel stores when an add-in writes `range.values` or `range.formulas`: the same as if a
 * user had typed the text. That is where injection happens — "=HYPERLINK(...)", "+cmd|...",
 * "-x" and "@SUM(...)" become formulas — and where "001" silently becomes the number 1.
 * Excel leaves text alone only when the cell's number format is "@" (Text); a leading
 * apostrophe is consumed as the quote prefix and the rest stays text.
 */
import { hostError } from "../errors";
import type { CellValue } from "./cell";
import { GENERAL } from "./cell";
import { assertCellTextWithinLimit } from "./cellLimits";
import { assertFormulaWithinLimits } from "./formulaLimits";
import { dateToSerial } from "./serialDate";

export interface StoredInput {
  value: CellValue;
  formula?: string;
  /** A number format Excel applies by itself (typing a date or a percentage into a General cell). */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** Returns null for null/undefined input: Excel leaves that cell unchanged. */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  where: string,
): StoredInput | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "boolean") return { value: input };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw hostError(
        "InvalidArgument",
        `${where}: ${String(input)} is not a value Excel can store`,
      );
    return { value: input };
  }
  if (typeof input !== "string") {
    throw hostError(
      "InvalidArgument",
      `${where}: a cell value must be a string, number or boolean, got ${typeof input}`,
    );
  }
  if (input === "") return { value: "" };
  if (input.startsWith("'")) return { value: textWithinLimit(input.slice(1), where) };
  if (numberFormat === "@") return { value: textWithinLimit(input, where) };
  const first = input[0];
  if (first === "=" && input.length > 1) {
    assertFormulaWithinLimits(input, where);
    return { value: "", formula: input };
  }
  const numeric = parseNumber(input);
  if (numeric !== null) return numeric;
  if ((first === "+" || first === "-" || first === "@") && input.length > 1) {
    assertFormulaWithinLimits(`=${input}`, where);
    return { value: "", formula: `=${input}` };
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const date = parseDate(input);
  if (date !== null) return date;
  return { value: textWithinLimit(input, where) };
}

function textWithinLimit(text: string, where: string): string {
  assertCellTextWithinLimit(text, where);
  return text;
}

function parseNumber(text: string): StoredInput | null {
  const trimmed = text.trim();
  if (trimmed.endsWith("%")) {
    const n = parseNumber(trimmed.slice(0, -1));
    return n && typeof n.value === "number" ? { value: n.value / 100, impliedFormat: "0%" } : null;
  }
  if (!NUMBER.test(trimmed) || !/\d/.test(trimmed)) return null;
  return { value: Number(trimmed.replace(/,/g, "")) };
}

function parseDate(text: string): StoredInput | null {
  const m = ISO_DATE.exec(text) ?? CN_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const serial = dateToSerial(y, mo, d);
  if (serial === null) return null;
  const format = CN_DATE.test(text) ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d";
  return { value: serial, impliedFormat: format };
}

export function appliesImpliedFormat(current: string): boolean {
  return current === GENERAL;
}
