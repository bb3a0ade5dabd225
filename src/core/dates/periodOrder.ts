// Reporting periods as people write them — "2021-Q2", "2021年第二季度", "2021年6月", "2021-06",
// "2021年上半年", "2021年" — turned into a key that sorts in calendar order.

const QUARTER_WORDS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

export interface PeriodKey {
  /** Normalised: "2021-Q2", "2021-06", "2021-H1" or "2021". */
  key: string;
  /** First month (1–12) and length in months, for ordering. */
  year: number;
  startMonth: number;
  months: number;
}

/** Parses a period label; null when it names no year. */
export function parsePeriod(text: string): PeriodKey | null {
  const compact = text
    .replace(/\s/g, "")
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const year = /(\d{4})/.exec(compact);
  if (!year) return null;
  const y = Number(year[1]);
  const rest = compact.slice((year.index ?? 0) + 4);
  const quarter = /^(?:年)?(?:第)?([一二三四1-4])季度?|^-?Q([1-4])/i.exec(rest);
  const q = quarter ? QUARTER_WORDS[quarter[1] ?? quarter[2] ?? ""] : undefined;
  if (q !== undefined)
    return { key: `${y}-Q${q}`, year: y, startMonth: (q - 1) * 3 + 1, months: 3 };
  const half = /^(?:年)?(上|下)半年|^-?H([12])/i.exec(rest);
  if (half) {
    const h = half[1] === "上" || half[2] === "1" ? 1 : 2;
    return { key: `${y}-H${h}`, year: y, startMonth: h === 1 ? 1 : 7, months: 6 };
  }
  const month = /^(?:年|[-./])(\d{1,2})(?:月|$|[-./])/.exec(rest);
  const m = month ? Number(month[1]) : 0;
  if (m >= 1 && m <= 12)
    return { key: `${y}-${String(m).padStart(2, "0")}`, year: y, startMonth: m, months: 1 };
  return { key: String(y), year: y, startMonth: 1, months: 12 };
}

/**
 * The canonical key of a period label ("2021年第二季度" → "2021-Q2"), or the trimmed label when it
 * names no year, so labels written either way compare equal.
 */
export function periodKey(text: string): string {
  return parsePeriod(text)?.key ?? text.trim();
}

/** Compares two period labels in calendar order (unparseable labels last, by text). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa === null || pb === null)
    return pa === null && pb === null ? (a < b ? -1 : a > b ? 1 : 0) : pa === null ? 1 : -1;
  return pa.year - pb.year || pa.startMonth - pb.startMonth || pa.months - pb.months;
}
