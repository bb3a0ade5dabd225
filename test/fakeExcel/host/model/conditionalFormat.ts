/** A conditional format: one rule over one area, with the fill and font it applies. */
import type { Rect } from "../address";

export type ConditionalFormatType = "ContainsText" | "CellValue" | "Custom";

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: ConditionalFormatType;
  /** ContainsText: { operator, text }; CellValue: { formula1, formula2?, operator }; Custom: { formula }. */
  rule: Record<string, unknown>;
  format: { fillColor?: string; fontColor?: string; fontBold?: boolean; fontItalic?: boolean };
  priority: number;
  stopIfTrue: boolean;
}
