// Excel's date serials and ISO dates, both ways. Serial 25569 is 1970-01-01 in the 1900 system;
// 1904-system serials (old Mac workbooks) are 1462 days behind. The 1900 system counts a
// 29 February 1900 that never was (serial 60), so serials below 61 are one day off from plain
// day arithmetic.
import { dayNumber, toIsoDate } from "./iso";

const UNIX_EPOCH_SERIAL = 25_569;
const OFFSET_1904 = 1_462;
const FIRST_TRUE_SERIAL = 61;

/** A serial (fractions are times of day) → "YYYY-MM-DD". */
export function excelSerialToIso(serial: number, date1904 = false): string {
  let days = Math.floor(serial) + (date1904 ? OFFSET_1904 : 0);
  if (!date1904 && days < FIRST_TRUE_SERIAL) days += 1;
  return toIsoDate(days - UNIX_EPOCH_SERIAL);
}

/** "YYYY-MM-DD" → its 1900-system serial, so plans can write real dates; null for other text. */
export function isoToSerial(iso: string): number | null {
  const day = dayNumber(iso);
  if (day === null) return null;
  const serial = day + UNIX_EPOCH_SERIAL;
  return serial < FIRST_TRUE_SERIAL ? serial - 1 : serial;
}
