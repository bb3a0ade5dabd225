const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; 1904 serials are 1462 days behind. */
const UNIX_EPOCH_SERIAL_1900 = 25569;
const OFFSET_1904 = 1462;

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "YYYY-MM-DD" when the three parts make a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > lastDayOfMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Excel serial to ISO. In the 1900 system Excel counts a 29 February 1900 that never was, so
 * serials below 61 are one day off from the Unix arithmetic; fractions are times of day.
 */
export function excelSerialToIso(serial: number, date1904: boolean): string {
  let days = Math.floor(serial) + (date1904 ? OFFSET_1904 : 0);
  if (!date1904 && days < 61) days += 1;
  const date = new Date((days - UNIX_EPOCH_SERIAL_1900) * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
