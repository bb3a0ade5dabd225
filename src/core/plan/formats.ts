/** Number formats the plans use. Dates as 公文 tables write them; percentages with two decimals. */
export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0.00%";
export const AMOUNT_FORMAT = "0.00";
export const INTEGER_FORMAT = "0";

/** Days from Excel's 1900 epoch (serial 1 = 1900-01-01, with Excel's 1900 leap-year bug) to an
 * ISO date, so plans can write real dates. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(utc)) return null;
  return Math.round(utc / 86_400_000) + 25_569;
}
