import type { CellValue as ExcelCellValue } from "exceljs";
import type { Cell } from "../core/model/cell";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/**
 * ExcelJS cell value → the host-neutral Cell. Dates come back as 1900-system serials (ExcelJS
 * already applied the workbook's 1904 flag when it made the Date); formulas give their result,
 * rich text its plain text, errors their code (#N/A) so they show up as unreadable cells.
 */
export function cellValue(value: ExcelCellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelCellValue }).result;
      return result === undefined ? null : cellValue(result);
    }
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return String(value);
}
