/** Excel's 1900 date system: serial 1 = 1900-01-01, with the phantom 1900-02-29 (serial 60). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function dateToSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
