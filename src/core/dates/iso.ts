// ISO calendar dates ("YYYY-MM-DD") as plain strings: the form the normaliser produces and the
// form every as-of date takes. Arithmetic goes through UTC day numbers so time zones never shift
// a date by one.

const MS_PER_DAY = 86_400_000;

/** True when `text` is a real calendar date written "YYYY-MM-DD" (2021-02-30 is not). */
export function isIsoDate(text: string): boolean {
  return dayNumber(text) !== null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 for an ISO date, or null when the text is not one. Hand-parsed without
 * allocating: rollups call this for every row, and a regular expression plus a Date per call
 * costs more than the rest of the row.
 */
export function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const code = iso.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return null;
    year = year * 10 + code;
  }
  const m0 = iso.charCodeAt(5) - 48;
  const m1 = iso.charCodeAt(6) - 48;
  const d0 = iso.charCodeAt(8) - 48;
  const d1 = iso.charCodeAt(9) - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9 || d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return null;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day > length) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
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
