import type { ErrorType } from "./errorTypes";

/**
 * One problem found in a sheet, at its physical position. Label errors have no row (null),
 * row errors no field (null). `message` is filled from the message table (zh-CN and English).
 */
export interface TableError {
  type: ErrorType;
  /** Physical 1-based row in the sheet, counting title rows; null for header problems. */
  rowNumber: number | null;
  /** Physical 1-based column; null for whole-row problems or a field with no column. */
  fieldNumber: number | null;
  /** Descriptor field name (or the header label when there is no schema); null for rows. */
  fieldName: string | null;
  /** The cell's original text ("" when empty or not applicable). */
  cell: string;
  message: { zh: string; en: string };
  /** Values the message refers to: a constraint, the other date, the referenced ledger. */
  details?: Record<string, string | number>;
}

export type { Lang } from "../model/lang";
