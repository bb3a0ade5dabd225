import { chineseNumeralsToDigits, normalizeText } from "../text";
import type { Cell } from "../model/cell";
import { FAILED, MISSING, isMissingWord, type Parsed } from "./parsed";
import { excelSerialToIso, isoDate, lastDayOfMonth } from "../dates";

export interface DateContext {
  /** Year for shapes without one (3月底, 年底前, 上半年, 第三季度): from the sheet title or an option, never the clock. */
  contextYear?: number;
  /** The cell's Excel number format: tells a date serial from a plain number. */
  numberFormat?: string;
  /** The workbook counts serials from 1904. */
  date1904?: boolean;
}

const OPEN_ENDED = /^(长期坚持|长期|持续推进|持续|常态化|长期推进|长期执行|常态长效|持续开展)/;
/**
 * 立行立改 and its kin in a date column: the item was to be fixed at once, when it was found. Read
 * as "due immediately" (value null, `immediate`): the reader then takes the row's 开始时间 as the
 * deadline when there is one (validate/immediateDeadlines), and an item due at once that is not
 * done counts as overdue (rollup/itemState). It is never open-ended: that would hide it.
 */
const IMMEDIATE = /^(立行立改|立查立改|立知立改|即知即改|立即整改|立即|马上就办|即时)$/;
/** A date written inside brackets: （2021年4月30日）. */
const BRACKETED = /^\((.+)\)$/;
const RANGE_SEPARATOR = /至|到|~|～|—|–/;
const FULL = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})[年./-](\d{1,2})月?(?:底|末|份)?$/;
const MONTH_DAY_NO_YEAR = /^(\d{1,2})月(\d{1,2})日$/;
const MONTH_NO_YEAR = /^(\d{1,2})月(?:底|末|份)?$/;
const YEAR_END = /^(\d{4}年)?(?:年底|年末|年内|底|末)$|^(\d{4}年)内$/;
/** 上旬, 中旬, 下旬: the first, second and last ten days of a month; due at their end. */
const TEN_DAYS = /^(?:(\d{4})[年./-])?(\d{1,2})[月./-]?(上|中|下)旬(?:末|底)?$/;
const HALF = /^(\d{4}年)?(上|下)半年(?:底|末)?$/;
const QUARTER = /^(\d{4})?(?:年)?(?:第)?([1-4])季度(?:末|底)?$|^(\d{4})-?q([1-4])$/i;
const SUFFIX = /(?:以前|之前|前|止|为止)$/;
const TIME_OF_DAY = /[ t]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?z?$/i;

/** Both 1900 and 1904 serials; dates before 1900 or after 9999 are not dates. */
const MAX_SERIAL = 2958465;
const DATE_FORMAT = /[ymd]|年|月|日/i;
/**
 * A serial in a cell formatted "General" (a date whose format was lost on a copy or an export)
 * is read as a date only between 1970 and 2100: in a date column nothing else in that range makes
 * sense, and small numbers (2021, 3.5) stay errors.
 */
const GENERAL_SERIALS = { from: 25_569, to: 73_051 };
const GENERAL = /^(general|常规|g\/通用格式|通用格式)?$/i;

function yearOf(prefix: string | undefined, context: DateContext): number | undefined {
  if (prefix) return Number.parseInt(prefix, 10);
  return context.contextYear;
}

function fromNumber(value: number, context: DateContext): Parsed<string> {
  if (!Number.isFinite(value)) return FAILED;
  if (Number.isInteger(value) && value >= 19000101 && value <= 21001231)
    return fromText(String(value), context);
  const format = context.numberFormat;
  const looksLikeDate =
    format === undefined ||
    DATE_FORMAT.test(format) ||
    (GENERAL.test(format) && value >= GENERAL_SERIALS.from && value < GENERAL_SERIALS.to);
  // 2021.03 typed into a number cell: month or October? Ambiguous, so an error.
  if (
    !looksLikeDate ||
    !Number.isFinite(value) ||
    value < 1 ||
    value > MAX_SERIAL ||
    (value >= 1900 && value < 2101 && !Number.isInteger(value))
  ) {
    return FAILED;
  }
  return { ok: true, value: excelSerialToIso(value, context.date1904 === true) };
}

function fromText(text: string, context: DateContext): Parsed<string> {
  let m = FULL.exec(text) ?? COMPACT.exec(text);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = MONTH.exec(text))) return monthEnd(Number(m[1]), Number(m[2]));
  if ((m = MONTH_DAY_NO_YEAR.exec(text)))
    return withYear(context, (y) => dated(y, Number(m![1]), Number(m![2])));
  if ((m = MONTH_NO_YEAR.exec(text))) return withYear(context, (y) => monthEnd(y, Number(m![1])));
  if ((m = YEAR_END.exec(text))) {
    const year = yearOf(m[1] ?? m[2], context);
    return year === undefined ? FAILED : dated(year, 12, 31);
  }
  if ((m = TEN_DAYS.exec(text))) {
    const year = yearOf(m[1], context);
    if (year === undefined) return FAILED;
    const month = Number(m[2]);
    return m[3] === "下" ? monthEnd(year, month) : dated(year, month, m[3] === "上" ? 10 : 20);
  }
  if ((m = HALF.exec(text))) {
    const year = yearOf(m[1], context);
    return year === undefined ? FAILED : m[2] === "上" ? dated(year, 6, 30) : dated(year, 12, 31);
  }
  if ((m = QUARTER.exec(text))) {
    const year = yearOf(m[1] ?? m[3], context);
    const quarter = Number(m[2] ?? m[4]);
    return year === undefined ? FAILED : monthEnd(year, quarter * 3);
  }
  return FAILED;
}

function withYear(context: DateContext, make: (year: number) => Parsed<string>): Parsed<string> {
  return context.contextYear === undefined ? FAILED : make(context.contextYear);
}

function dated(year: number, month: number, day: number): Parsed<string> {
  const iso = isoDate(year, month, day);
  return iso === null ? FAILED : { ok: true, value: iso };
}

function monthEnd(year: number, month: number): Parsed<string> {
  if (month < 1 || month > 12) return FAILED;
  return dated(year, month, lastDayOfMonth(year, month));
}

/** The end of a range: 2021.3-2021.6 → 2021.6; 2021年3月至6月 → 2021年6月. */
function rangeEnd(text: string): string | null {
  const parts = text.split(RANGE_SEPARATOR).filter((p) => p !== "");
  if (parts.length < 2) {
    // A hyphen range only when both sides are dates with another separator (2021.3-2021.6).
    const hyphen =
      /^(\d{4}[年./]\d{1,2}(?:[月./]\d{1,2}日?)?)-(\d{4}[年./]\d{1,2}(?:[月./]\d{1,2}日?)?|\d{1,2}[月.]?(?:\d{1,2}日?)?)$/.exec(
        text,
      );
    if (!hyphen) return null;
    parts.splice(0, parts.length, hyphen[1]!, hyphen[2]!);
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (/^\d{4}/.test(last)) return last;
  // 2021年3月至6月: the end borrows the start's year.
  const year = /^(\d{4})/.exec(first)?.[1];
  if (year === undefined) return last;
  return /年/.test(first) ? `${year}年${last}` : `${year}.${last}`;
}

/**
 * Reads a date cell to ISO "YYYY-MM-DD". Month-only shapes mean the month's last day, ranges
 * mean their end, 长期坚持/持续推进 mean no deadline (null, openEnded), 立行立改 means due at once
 * (null, immediate), a date in brackets is the date. Anything ambiguous fails.
 */
export function parseDate(cell: Cell, context: DateContext = {}): Parsed<string> {
  if (cell === null) return MISSING;
  if (typeof cell === "number") return fromNumber(cell, context);
  if (typeof cell === "boolean") return FAILED;
  let text = normalizeText(cell).toLowerCase().replace(TIME_OF_DAY, "").replace(/\s+/g, "");
  if (text === "" || isMissingWord(text)) return MISSING;
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1] !== undefined) text = bracketed[1];
  if (OPEN_ENDED.test(text)) return { ok: true, value: null, openEnded: true };
  if (IMMEDIATE.test(text)) return { ok: true, value: null, immediate: true };
  // Fast path: ISO dates are most of what well-kept sheets hold.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const fast = FULL.exec(text);
    if (fast) return dated(Number(fast[1]), Number(fast[2]), Number(fast[3]));
  }
  // A sentence's full stop after the date (2021年12月31日。); 号 is said for 日 (31号). Tested
  // first: most dates have neither, and this runs for every date cell of a sheet.
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3002 || last === 0x2e) text = text.replace(/[。.]+$/, "");
  if (text.includes("号")) text = text.replace(/(\d)号/g, "$1日");
  text = chineseNumeralsToDigits(text)
    .replace(SUFFIX, "")
    .replace(/^(今年|本年|当年)/, "");
  const end = rangeEnd(text);
  if (end !== null) text = end;
  return fromText(text, context);
}
