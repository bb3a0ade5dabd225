import type { FlagFormatRule, PlanNote } from "../core/plan/types";
import { addNote, missingFeatureNote } from "./notes";
import { has, type Supports } from "./support";

/**
 * One conditional-format rule per flag label over `range` (the used rows of an owned column):
 * the cell equals the label. Returns false when the host lacks conditional formats (ExcelApi
 * 1.6); the caller then paints static fills from the computed flags and a note says so.
 */
export function queueFlagRules(
  range: Excel.Range,
  rules: readonly FlagFormatRule[],
  w: { supports: Supports; notes: PlanNote[] },
): boolean {
  if (!has(w.supports, "conditionalFormats")) {
    addNote(w.notes, missingFeatureNote("conditionalFormats"));
    return false;
  }
  for (const rule of rules) {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = rule.fill;
    cf.cellValue.format.font.color = rule.fontColor;
    cf.cellValue.rule = { formula1: `="${rule.label.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
  return true;
}
