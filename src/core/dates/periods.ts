// Calendar period keys used as rollup dimensions: "2021-06" for a month, "2021-Q2" for a quarter.
import { isIsoDate } from "./iso";

/** "2021-06-30" → "2021-06"; null when the text is not an ISO date. */
export function monthKey(iso: string): string | null {
  return isIsoDate(iso) ? iso.slice(0, 7) : null;
}

/** "2021-06-30" → "2021-Q2"; null when the text is not an ISO date. */
export function quarterKey(iso: string): string | null {
  if (!isIsoDate(iso)) return null;
  const quarter = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
  return `${iso.slice(0, 4)}-Q${quarter}`;
}
