/**
 * `range.text`: what a cell shows. Covers the formats an add-in writes (General, "@", "0",
 * "0.00", "0%", "#,##0", dates); other formats show the raw value, which a test can see.
 */
import type { CellModel, CellValue } from "./cell";
import { serialToDate } from "./serialDate";

export function displayText(cell: CellModel | undefined, computed: CellValue): string {
  if (!cell) return "";
  const format = cell.numberFormat;
  if (typeof computed === "boolean") return computed ? "TRUE" : "FALSE";
  if (typeof computed === "string") return computed;
  if (format === "General" || format === "@") return generalNumber(computed);
  if (/^0(\.0+)?$/.test(format)) return computed.toFixed(decimals(format));
  if (/^#,##0(\.0+)?$/.test(format)) {
    return computed.toLocaleString("en-US", {
      minimumFractionDigits: decimals(format),
      maximumFractionDigits: decimals(format),
    });
  }
  if (/^0(\.0+)?%$/.test(format))
    return `${(computed * 100).toFixed(decimals(format.slice(0, -1)))}%`;
  if (/[yd]/i.test(format) && !/[#0]/.test(format)) return dateText(format, computed);
  return generalNumber(computed);
}

function decimals(format: string): number {
  const dot = format.indexOf(".");
  return dot < 0 ? 0 : format.length - dot - 1;
}

function generalNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

function dateText(format: string, serial: number): string {
  const { year, month, day } = serialToDate(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return format
    .replace(/"([^"]*)"/g, "$1")
    .replace(/yyyy/g, String(year))
    .replace(/mm/g, pad(month))
    .replace(/dd/g, pad(day))
    .replace(/m/g, String(month))
    .replace(/d/g, String(day));
}
