import { parsePeriod } from "../dates/periodOrder";
import type { Cell } from "../model/cell";
import { chineseNumeralsToDigits, compactText } from "../text";
import { FAILED, MISSING, isMissingWord, type Parsed } from "./parsed";

/**
 * The shapes a 绩效考评 period is written in, once half-width, without spaces, lower case and
 * with Chinese numerals as digits. The key comes from dates/parsePeriod (the rollups order
 * periods by it); this pattern only decides which texts are periods at all, since parsePeriod
 * reads any text that starts with a year (2021年abc, 2021-13) as that year.
 */
const SHAPES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // 2021年第二季度, 2021年二季度, 2021第2季度, 2021年2季, 2021-Q2, 2021Q2
  [/^\d{4}(?:年?第?[1-4]季度?(?:末|底)?|-?q[1-4])$/, /^\d{4}-Q[1-4]$/],
  // 2021年上半年, 2021下半年, 2021-H1
  [/^\d{4}(?:年?[上下]半年|-?h[12])$/, /^\d{4}-H[12]$/],
  // 2021年6月, 2021年6月份, 2021-06, 2021.6, 2021/06
  [/^\d{4}(?:年\d{1,2}月份?|[-./]\d{1,2})$/, /^\d{4}-\d{2}$/],
  // 2021年, 2021年度, 2021, 2021全年
  [/^\d{4}(?:年度?|全年|年全年)?$/, /^\d{4}$/],
];

/**
 * Reads a reporting period to its key ("2021-Q2", "2021-H1", "2021-06", "2021"); the cell keeps
 * the text as typed. A text of none of the shapes, a month past 12 or a period with no year
 * (二季度) is a type-error: ranking across offices needs every period to name its year.
 */
export function parsePeriodLabel(cell: Cell): Parsed<string> {
  if (cell === null) return MISSING;
  if (typeof cell === "boolean") return FAILED;
  // 2021 typed as a number is the year; 2021.06 as a number cannot be told from 2021.6.
  if (typeof cell === "number")
    return Number.isInteger(cell) ? parsePeriodLabel(String(cell)) : FAILED;
  const text = chineseNumeralsToDigits(compactText(cell)).toLowerCase();
  if (text === "" || isMissingWord(text)) return MISSING;
  for (const [shape, key] of SHAPES) {
    if (!shape.test(text)) continue;
    const period = parsePeriod(text);
    return period !== null && key.test(period.key) ? { ok: true, value: period.key } : FAILED;
  }
  return FAILED;
}
