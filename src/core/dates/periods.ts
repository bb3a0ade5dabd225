// Reporting periods, one grammar for every reader: how people write them ("2021年第二季度",
// "2021-Q2", "2021年6月", "2021.6", "2021年上半年", "2021年度") and the key that sorts them in
// calendar order ("2021-Q2", "2021-06", "2021-H1", "2021"). Calendar buckets of ISO dates
// (monthKey, quarterKey) use the same keys.
import { chineseNumeralsToDigits, compactText } from "../text";
import { isIsoDate } from "./iso";

export interface PeriodKey {
  /** Normalised: "2021-Q2", "2021-06", "2021-H1" or "2021". */
  key: string;
  year: number;
  /** First month (1–12) and length in months, for ordering. */
  startMonth: number;
  months: number;
}

/** Each shape, once the text is half-width, without spaces, lower case, numerals as digits. */
const SHAPES: ReadonlyArray<{ shape: RegExp; read: (m: RegExpExecArray) => PeriodKey | null }> = [
  // 2021年第二季度, 2021年二季度, 2021第2季度, 2021年2季, 2021年第二季度末, 2021-Q2, 2021Q2
  {
    shape: /^(\d{4})(?:年?第?([1-4])季度?(?:末|底)?|-?q([1-4]))$/,
    read: (m) => quarter(Number(m[1]), Number(m[2] ?? m[3])),
  },
  // 2021年上半年, 2021下半年, 2021-H1
  {
    shape: /^(\d{4})(?:年?([上下])半年|-?h([12]))$/,
    read: (m) => half(Number(m[1]), m[2] === "上" || m[3] === "1" ? 1 : 2),
  },
  // 2021年6月, 2021年6月份, 2021-06, 2021.6, 2021/06
  {
    shape: /^(\d{4})(?:年(\d{1,2})月份?|[-./](\d{1,2}))$/,
    read: (m) => month(Number(m[1]), Number(m[2] ?? m[3])),
  },
  // 2021年, 2021年度, 2021, 2021全年
  {
    shape: /^(\d{4})(?:年度?|全年|年全年)?$/,
    read: (m) => ({ key: m[1] ?? "", year: Number(m[1]), startMonth: 1, months: 12 }),
  },
];

function quarter(year: number, q: number): PeriodKey {
  return { key: `${year}-Q${q}`, year, startMonth: (q - 1) * 3 + 1, months: 3 };
}

function half(year: number, h: 1 | 2): PeriodKey {
  return { key: `${year}-H${h}`, year, startMonth: h === 1 ? 1 : 7, months: 6 };
}

function month(year: number, m: number): PeriodKey | null {
  if (m < 1 || m > 12) return null;
  return { key: `${year}-${String(m).padStart(2, "0")}`, year, startMonth: m, months: 1 };
}

/**
 * Reads a period label; null when the text is none of the shapes, names no year (二季度) or an
 * impossible period (2021-13, 第5季度).
 */
export function parsePeriod(text: string): PeriodKey | null {
  const compact = chineseNumeralsToDigits(compactText(text)).toLowerCase();
  for (const { shape, read } of SHAPES) {
    const m = shape.exec(compact);
    if (m) return read(m);
  }
  return null;
}

/**
 * The key of a period label ("2021年第二季度" → "2021-Q2"), or the trimmed label when it is no
 * period, so labels written either way compare equal.
 */
export function periodKey(text: string): string {
  return parsePeriod(text)?.key ?? text.trim();
}

/** Compares two period labels in calendar order (labels that are no period last, by text). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa === null || pb === null)
    return pa === null && pb === null ? (a < b ? -1 : a > b ? 1 : 0) : pa === null ? 1 : -1;
  return pa.year - pb.year || pa.startMonth - pb.startMonth || pa.months - pb.months;
}

/** "2021-06-30" → "2021-06"; null when the text is not an ISO date. */
export function monthKey(iso: string): string | null {
  return isIsoDate(iso) ? iso.slice(0, 7) : null;
}

/** "2021-06-30" → "2021-Q2"; null when the text is not an ISO date. */
export function quarterKey(iso: string): string | null {
  if (!isIsoDate(iso)) return null;
  return quarter(Number(iso.slice(0, 4)), Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1).key;
}
