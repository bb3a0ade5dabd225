/**
 * Excel's limits on formula text, checked where a formula is stored (an add-in's write or a
 * user's typing), so a formula that Excel would refuse never reaches a test's workbook.
 *
 * - A formula is at most 8,192 characters: support.microsoft.com, "Excel specifications and
 *   limits" (Length of formula contents), and [MS-OI29500] 2.1.1085 (ST_Formula is at most 8192
 *   characters in Excel).
 * - A text constant inside a formula is at most 255 characters: the same specifications page
 *   ("Text values in formulas: limited to 255 characters"); longer text must be joined with &.
 *
 * - A function called with fewer arguments than it takes is refused as typed ("You've entered too
 *   few arguments for this function"): `=OR()`, `=IF(A1)`, `=FIND("x")`. Minimums from each
 *   function's page on support.microsoft.com (OR/AND: logical1 required; IF: logical_test and
 *   value_if_true… Excel accepts `IF(A1,)` but not `IF(A1)`).
 *
 * Which error code Office.js returns for any of these is not documented; the fake answers
 * InvalidArgument (the strict reading: the write fails and its action applies nothing).
 */
import { hostError } from "../errors";

export const MAX_FORMULA_LENGTH = 8192;
export const MAX_FORMULA_TEXT_CONSTANT = 255;

export function assertFormulaWithinLimits(formula: string, where: string): void {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw hostError(
      "InvalidArgument",
      `${where}: the formula is ${formula.length} characters; Excel allows ${MAX_FORMULA_LENGTH}`,
    );
  }
  const short = tooFewArguments(formula);
  if (short !== null) {
    throw hostError(
      "InvalidArgument",
      `${where}: ${short.name}() needs at least ${short.minimum} argument(s), the formula gives ${short.given}`,
    );
  }
  for (const constant of textConstants(formula)) {
    const length = [...constant].length;
    if (length > MAX_FORMULA_TEXT_CONSTANT) {
      throw hostError(
        "InvalidArgument",
        `${where}: a text constant in the formula is ${length} characters; Excel allows ${MAX_FORMULA_TEXT_CONSTANT} (join longer text with &)`,
      );
    }
  }
}

/** The decoded text of every "…" constant ("" inside one is a single quote character). */
function textConstants(formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") {
      // A quoted sheet name ('My sheet'!A1) is not a text constant.
      i = formula.indexOf("'", i + 1);
      if (i < 0) break;
      while (formula[i + 1] === "'") i = formula.indexOf("'", i + 2);
      if (i < 0) break;
      i++;
      continue;
    }
    if (ch !== '"') {
      i++;
      continue;
    }
    let text = "";
    i++;
    while (i < formula.length) {
      if (formula[i] === '"') {
        if (formula[i + 1] === '"') {
          text += '"';
          i += 2;
          continue;
        }
        break;
      }
      text += formula[i];
      i++;
    }
    out.push(text);
    i++;
  }
  return out;
}

/** Least arguments of the functions the add-in's formulas use (and a few common others). */
const MINIMUM_ARGUMENTS: Readonly<Record<string, number>> = {
  AND: 1,
  OR: 1,
  NOT: 1,
  IF: 2,
  IFERROR: 2,
  ISNUMBER: 1,
  ISBLANK: 1,
  SUMPRODUCT: 1,
  SUM: 1,
  MIN: 1,
  MAX: 1,
  FIND: 2,
  SEARCH: 2,
  MID: 3,
  LEFT: 1,
  RIGHT: 1,
  LEN: 1,
  TRIM: 1,
  CLEAN: 1,
  LOWER: 1,
  UPPER: 1,
  ASC: 1,
  UNICHAR: 1,
  SUBSTITUTE: 3,
  MATCH: 2,
  LOOKUP: 2,
  COUNTIF: 2,
  COUNTIFS: 2,
  DATE: 3,
  TEXT: 2,
  VALUE: 1,
};

/** The first call with fewer arguments than its function takes, or null. */
function tooFewArguments(formula: string): { name: string; minimum: number; given: number } | null {
  // Each open call: its function name, its argument count so far, whether the current one holds
  // anything. Text in quotes and quoted sheet names are skipped; {…} array constants count as one.
  const calls: { name: string; count: number; filled: boolean }[] = [];
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? "";
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
        j += formula[j] === ch ? 2 : 1;
      i = j;
      if (calls.length > 0) calls[calls.length - 1]!.filled = true;
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces--;
    const name = /^[A-Za-z_][\w.]*\(/.exec(formula.slice(i, i + 40))?.[0];
    if (name !== undefined && braces === 0) {
      if (calls.length > 0) calls[calls.length - 1]!.filled = true;
      calls.push({
        name: name
          .slice(0, -1)
          .toUpperCase()
          .replace(/^_XLFN\./, ""),
        count: 0,
        filled: false,
      });
      i += name.length - 1;
      continue;
    }
    const call = calls[calls.length - 1];
    if (call === undefined) continue;
    if (ch === "(") {
      calls.push({ name: "", count: 0, filled: false });
    } else if (ch === "," && braces === 0) {
      call.count++;
      call.filled = false;
    } else if (ch === ")") {
      calls.pop();
      const given = call.count + (call.filled || call.count > 0 ? 1 : 0);
      const minimum = MINIMUM_ARGUMENTS[call.name];
      if (minimum !== undefined && given < minimum) return { name: call.name, minimum, given };
      const outer = calls[calls.length - 1];
      if (outer) outer.filled = true;
    } else if (!/\s/.test(ch)) call.filled = true;
  }
  return null;
}
