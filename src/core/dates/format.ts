// Dates as reports write them: 公文 style "2021年6月30日" (no zero padding) and "30 June 2021".
import { isIsoDate } from "./iso";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2021-06-30" → "2021年6月30日"; any other text is returned unchanged. */
export function formatDateZh(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** "2021-06-30" → "30 June 2021"; any other text is returned unchanged. */
export function formatDateEn(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  return `${Number(iso.slice(8, 10))} ${MONTHS_EN[Number(iso.slice(5, 7)) - 1] ?? ""} ${iso.slice(0, 4)}`;
}
