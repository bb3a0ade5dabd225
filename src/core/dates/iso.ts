// ISO calendar dates ("YYYY-MM-DD") as plain strings: the form the normaliser produces and the
// form every as-of date takes. Arithmetic goes through UTC day numbers so time zones never shift
// a date by one.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `text` is a real calendar date written "YYYY-MM-DD" (2021-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const day = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return toIsoDate(day / MS_PER_DAY) === text;
}

/** Days since 1970-01-01 for an ISO date, or null when the text is not one. */
export function dayNumber(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
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
