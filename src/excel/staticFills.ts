import { areaAddress } from "../core/model/address";
import type { PlacedColumn } from "../app/write/placeColumns";

/**
 * Fallback for hosts without conditional formats (ExcelApi < 1.6): fills painted from the flag
 * values the formulas computed, one range per run of equal labels (never a fill per cell when
 * neighbours share a flag). They do not follow later edits; a note tells the user so.
 */
export function paintStaticFills(
  sheet: Excel.Worksheet,
  placed: PlacedColumn,
  values: unknown[][],
): void {
  const rules = placed.plan.conditionalFormat ?? [];
  let start = 0;
  for (let r = 1; r <= values.length; r++) {
    const label = values[start]?.[0];
    if (r < values.length && values[r]?.[0] === label) continue;
    const rule = rules.find((x) => x.label === label);
    if (rule) {
      const range = sheet.getRange(
        areaAddress({
          row: placed.plan.firstRow + start,
          column: placed.column,
          rowCount: r - start,
          columnCount: 1,
        }),
      );
      range.format.fill.color = rule.fill;
      range.format.font.color = rule.fontColor;
    }
    start = r;
  }
}
