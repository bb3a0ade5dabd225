import { chineseNumeralsToDigits } from "../text";

/** What title lines tell the reader: the year (for 3月底, 年底前) and a sheet-wide money unit. */
export interface TitleContext {
  year?: number;
  unit?: string;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const UNIT = /单位\s*[:：]\s*(亿元|万元|千元|元)/;

/** “2021年阿坝县院问题整改台账”, “单位：万元”. Never the clock: no year in the title, no year. */
export function titleContext(titleLines: string[]): TitleContext {
  const context: TitleContext = {};
  for (const line of titleLines) {
    const text = chineseNumeralsToDigits(line);
    const year = YEAR.exec(text)?.[1];
    if (year !== undefined && context.year === undefined) context.year = Number(year);
    const unit = UNIT.exec(text)?.[1];
    if (unit !== undefined && context.unit === undefined) context.unit = unit;
  }
  return context;
}
