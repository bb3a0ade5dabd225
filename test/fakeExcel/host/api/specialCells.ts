/**
 * Range.getSpecialCells / getSpecialCellsOrNullObject (ExcelApi 1.9): the cells of a range that
 * hold constants, formulas or nothing, as RangeAreas. Excel groups them into rectangles; the
 * fake gives one area per run of matching cells down each column (a valid grouping: real Excel
 * may merge runs side by side, and callers must read `areas`, not assume a shape).
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcells-member(1)
 * With no matching cell, getSpecialCells fails with ItemNotFound and the OrNullObject form gives
 * a null object.
 */
import type { Rect } from "../address";
import { hostObject, type HostObject } from "../hostObject";
import type { CellModel } from "../model/cell";
import { oneOf } from "./args";
import { RangeAreasType } from "./rangeAreas";
import type { RangeState } from "./rangeCells";

const CELL_TYPES = [
  "Constants",
  "Formulas",
  "Blanks",
  "ConditionalFormats",
  "DataValidations",
  "SameConditionalFormat",
  "SameDataValidation",
  "Visible",
] as const;
const MODELLED: readonly string[] = ["Constants", "Formulas", "Blanks"];

function matches(cellType: string, cell: CellModel | undefined): boolean {
  const hasFormula = cell?.formula !== undefined;
  const filled = cell !== undefined && (hasFormula || cell.value !== "");
  if (cellType === "Formulas") return hasFormula;
  if (cellType === "Constants") return filled && !hasFormula;
  return !filled;
}

export function specialCells(s: RangeState, args: unknown[], what: string): HostObject | null {
  const cellType = oneOf(args[0], CELL_TYPES, "cellType", what);
  if (!MODELLED.includes(cellType))
    throw new Error(`${what}(${cellType}) is not modeled by the fake`);
  if (args[1] !== undefined && args[1] !== null)
    throw new Error(`${what}: cellValueType is not modeled by the fake`);
  const areas: Rect[] = [];
  for (let column = s.rect.left; column <= s.rect.right; column++) {
    let start = -1;
    for (let row = s.rect.top; row <= s.rect.bottom + 1; row++) {
      const hit = row <= s.rect.bottom && matches(cellType, s.sheet.peek(row, column));
      if (hit && start < 0) start = row;
      if (!hit && start >= 0) {
        areas.push({ top: start, bottom: row - 1, left: column, right: column });
        start = -1;
      }
    }
  }
  return areas.length > 0 ? hostObject(RangeAreasType, { sheet: s.sheet, areas }) : null;
}
