// ISO calendar dates ("YYYY-MM-DD") as plain strings: the form the normaliser produces and the
// form every as-of date takes. Arithmetic goes through UTC day numbers so time zones never shift
// a date by one.

const MS_PER_DAY = 86_400_000;

/**
 * True when `text` is a real calendar date written "YYYY-MM-DD" (2021-02-30 is not). Digits and
 * calendar only, no Date.
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  // One unsigned test per digit (a code below "0" wraps to a large number), unrolled: the row
  // sweep calls this for every date cell.
  if (
    (text.charCodeAt(0) - 48) >>> 0 > 9 ||
    (text.charCodeAt(1) - 48) >>> 0 > 9 ||
    (text.charCodeAt(2) - 48) >>> 0 > 9 ||
    (text.charCodeAt(3) - 48) >>> 0 > 9 ||
    (text.charCodeAt(5) - 48) >>> 0 > 9 ||
    (text.charCodeAt(6) - 48) >>> 0 > 9 ||
    (text.charCodeAt(8) - 48) >>> 0 > 9 ||
    (text.charCodeAt(9) - 48) >>> 0 > 9
  )
    return false;
  const year = digitPair(text, 0) * 100 + digitPair(text, 2);
  const month = digitPair(text, 5);
  const day = digitPair(text, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  if (month !== 2) return day <= DAYS_IN_MONTH[month - 1]!;
  return day === 29 && isLeapYear(year);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1–12) of a year. */
export function lastDayOfMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** "YYYY-MM-DD" when the three parts make a real calendar day of 1900–2999, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > lastDayOfMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function digitPair(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** Days since 1970-01-01 for an ISO date, or null when the text is not one. */
export function dayNumber(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const year = digitPair(iso, 0) * 100 + digitPair(iso, 2);
  return Date.UTC(year, digitPair(iso, 5) - 1, digitPair(iso, 8)) / MS_PER_DAY;
}

/** The ISO date of a day number (inverse of dayNumber). */
export function toIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` moved by `days` (negative goes back). Null when `iso` is not a date. */
export function addDays(iso: string, days: number): string | null {
  const day = dayNumber(iso);
  return day === null ? null : toIsoDate(day + days);
}

/** Whole days from `from` to `to` (positive when `to` is later); null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}
