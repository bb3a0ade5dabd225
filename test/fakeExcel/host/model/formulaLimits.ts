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
 * Which error code Office.js returns for either is not documented; the fake answers
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
