/** One stored cell: what Excel keeps, not what it shows (the display text is derived). */
export type CellValue = string | number | boolean;

export interface CellStyle {
  fillColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fontUnderline?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style: string; color: string; weight: string }>;
  locked?: boolean;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  /** "" for an empty cell; for a formula cell, its last computed value. */
  value: CellValue;
  formula?: string;
  numberFormat: string;
  style: CellStyle;
  hyperlink?: Hyperlink;
}

export const GENERAL = "General";
export const DEFAULT_FONT = { name: "等线", size: 11, color: "#000000" } as const;

export function emptyCell(): CellModel {
  return { value: "", numberFormat: GENERAL, style: {} };
}

export function isBlank(cell: CellModel | undefined): boolean {
  return !cell || (cell.value === "" && cell.formula === undefined);
}

/** Content as a test sees it in the cell log: the formula if any, else the value. */
export function contentOf(cell: CellModel | undefined): CellValue {
  if (!cell) return "";
  return cell.formula ?? cell.value;
}
