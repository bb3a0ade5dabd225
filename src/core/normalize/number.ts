import { compactText } from "../text";
import type { Cell } from "../model/cell";
import { FAILED, MISSING, isMissingWord, type Parsed } from "./parsed";

export interface NumberContext {
  /** The unit the field is stored in (万元 for funding amounts); values convert to it. */
  unit?: string;
  /** The unit the column states in its header (金额（元）) or the sheet's 单位：万元 line. */
  sourceUnit?: string;
  /** The cell's Excel number format: "0.00%" means the value is already a ratio. */
  numberFormat?: string;
  /** Only whole numbers are valid (counts). */
  integer?: boolean;
}

/** Money units as multiples of 元; other units (件, 人, %) do not convert. */
const MONEY: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 亿元: 1e8, 亿: 1e8 };
const APPROXIMATE = /^(约|近|大约|超过|超|逾|将近|接近)|(余|多|左右|以上|上下|许)$/;
const COUNT_UNIT = /(件|个|人|名|条|次|项|家|所|期|批|天|户|册|篇|场)$/;
const MONEY_UNIT = /(亿元|万元|千元|元|亿|万)$/;
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const RATIO = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/;

function convert(value: number, from: string | undefined, to: string | undefined): number {
  const fromFactor = from === undefined ? undefined : MONEY[from];
  const toFactor = to === undefined ? undefined : MONEY[to];
  if (fromFactor === undefined || toFactor === undefined || fromFactor === toFactor) return value;
  // Round away binary noise: 180000 元 → 18 万元, not 17.999999999.
  return Number(((value * fromFactor) / toFactor).toPrecision(12));
}

function finish(value: number, context: NumberContext, approximate: boolean): Parsed<number> {
  if (!Number.isFinite(value)) return FAILED;
  if (context.integer === true && !Number.isInteger(value)) return FAILED;
  return approximate ? { ok: true, value, approximate } : { ok: true, value };
}

/**
 * Reads a number: full-width digits, 4,141, 18万元 vs 180,000元 vs a unit in the header, 2.61%
 * (= 0.0261), 约/余/近 (approximate), 1:1.87 (案-件比, read as 1.87), 无/— (missing).
 */
export function parseNumber(cell: Cell, context: NumberContext = {}): Parsed<number> {
  if (cell === null) return MISSING;
  if (typeof cell === "number")
    return finish(convert(cell, context.sourceUnit ?? context.unit, context.unit), context, false);
  if (typeof cell === "boolean") return FAILED;
  let text = compactText(cell).toLowerCase();
  if (text === "" || isMissingWord(text)) return MISSING;
  if (NUMERIC.test(text))
    return finish(
      convert(Number(text), context.sourceUnit ?? context.unit, context.unit),
      context,
      false,
    );
  let approximate = false;
  text = text.replace(APPROXIMATE, () => {
    approximate = true;
    return "";
  });
  text = text.replace(/,/g, "");
  const ratio = RATIO.exec(text);
  if (ratio) {
    const left = Number(ratio[1]);
    return left === 0 ? FAILED : finish(Number(ratio[2]) / left, context, approximate);
  }
  if (text.endsWith("%")) {
    const body = text.slice(0, -1);
    return NUMERIC.test(body)
      ? finish(Number((Number(body) / 100).toPrecision(12)), context, approximate)
      : FAILED;
  }
  let unit = context.sourceUnit ?? context.unit;
  const money = MONEY_UNIT.exec(text);
  if (money?.[1]) {
    unit = money[1] === "万" ? "万元" : money[1] === "亿" ? "亿元" : money[1];
    text = text.slice(0, -money[1].length);
    // 18万 in a plain count column: 180000.
    if (context.unit === undefined || MONEY[context.unit] === undefined) {
      text = text.replace(APPROXIMATE, () => {
        approximate = true;
        return "";
      });
      return NUMERIC.test(text)
        ? finish(convert(Number(text), unit, "元"), context, approximate)
        : FAILED;
    }
  } else {
    text = text.replace(COUNT_UNIT, "");
  }
  // 50余次: the marker sits before the unit, so look again once the unit is gone.
  text = text.replace(APPROXIMATE, () => {
    approximate = true;
    return "";
  });
  if (!NUMERIC.test(text)) return FAILED;
  return finish(convert(Number(text), unit, context.unit), context, approximate);
}
