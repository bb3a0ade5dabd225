import type { CellArea } from "../../core/model/cell";
import type { Plan } from "../../core/plan/types";
import { MAX_COLUMNS, MAX_ROWS, areaAddress, areaFits } from "../../core/model/address";
import { sheetNameProblem } from "../../core/plan/sheetName";
import { TaizhangError } from "../../core/errors";
import type { PlacedColumn } from "./placeColumns";
import type { SheetRead, WorkbookSurvey } from "./survey";
import { FEATURE_VERSION, has, type Supports } from "./supports";

/**
 * Every refusal, decided before the first write so a refused plan leaves the workbook exactly as
 * it was: an API the host lacks, a read-only or structure-protected workbook, a protected target
 * sheet, an illegal sheet name, an area past Excel's grid.
 */
export function preflight(
  plan: Plan,
  survey: WorkbookSurvey,
  sheets: readonly SheetRead[],
  placed: readonly PlacedColumn[],
  supports: Supports,
): void {
  if (!has(supports, "base"))
    throw new TaizhangError("apiMissing", `ExcelApi ${FEATURE_VERSION.base}`);
  if (survey.readOnly) throw new TaizhangError("readOnly");
  if (plan.sheets.length > 0 && survey.structureProtected)
    throw new TaizhangError("workbookProtected");
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem !== null) throw new TaizhangError("sheetName", sheet.name);
    for (const area of sheetAreas(sheet)) {
      if (!areaFits(area)) throw new TaizhangError("outOfRange", `${sheet.name}!${describe(area)}`);
    }
  }
  for (const column of plan.columns) {
    const read = sheets.find((s) => s.name === column.sheet);
    if (!read) throw new TaizhangError("sheetMissing", column.sheet);
    if (read.protected) throw new TaizhangError("sheetProtected", column.sheet);
  }
  for (const p of placed) {
    const area = {
      row: p.plan.headerRow,
      column: p.column,
      rowCount: p.plan.firstRow + p.plan.rowCount - p.plan.headerRow,
      columnCount: 1,
    };
    if (!areaFits(area) || p.plan.rowCount < 1)
      throw new TaizhangError("outOfRange", `${p.plan.sheet}!${describe(area)}`);
  }
}

function sheetAreas(sheet: Plan["sheets"][number]): CellArea[] {
  return [
    ...sheet.blocks.map((b) => ({
      row: b.row,
      column: b.column,
      rowCount: Math.max(1, b.values.length),
      // A loop, not a spread: a block of 100,000 rows would overflow the call's arguments.
      columnCount: b.values.reduce((widest, r) => Math.max(widest, r.length), 1),
    })),
    ...sheet.formulas.map((f) => ({
      row: f.row,
      column: f.column,
      rowCount: f.rowCount,
      columnCount: 1,
    })),
    ...sheet.styles.map((s) => s.area),
    ...sheet.tables.map((t) => t.area),
    ...sheet.validations.map((v) => v.area),
    ...sheet.conditionalFormats.map((c) => c.area),
    ...sheet.charts.map((c) => c.source),
  ];
}

/** An address even for areas past the grid (column letters keep counting). */
function describe(area: CellArea): string {
  const rows = area.row + area.rowCount;
  const columns = area.column + area.columnCount;
  const over = rows > MAX_ROWS ? `${rows} 行` : columns > MAX_COLUMNS ? `${columns} 列` : "";
  return over === "" ? areaAddress(area) : `${areaAddress(area)}（${over}）`;
}
