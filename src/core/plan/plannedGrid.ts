import type { OwnedSheetPlan, PlanValue } from "./types";

/**
 * The constants an owned sheet holds once its plan is written, as a grid from A1: what its
 * fingerprint is taken over, so a later run can tell whether anyone typed in it. Cells the
 * plan fills with formulas count as empty (their values depend on the data, not on who typed).
 */
export function plannedGrid(sheet: OwnedSheetPlan): PlanValue[][] {
  const grid: PlanValue[][] = [];
  const put = (row: number, column: number, value: PlanValue) => {
    const line = (grid[row] ??= []);
    line[column] = value;
  };
  for (const block of sheet.blocks)
    block.values.forEach((line, r) =>
      line.forEach((value, c) => put(block.row + r, block.column + c, value)),
    );
  for (const f of sheet.formulas)
    for (let r = 0; r < f.rowCount; r++) put(f.row + r, f.column, null);
  for (let r = 0; r < grid.length; r++) {
    const line = (grid[r] ??= []);
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  return grid;
}
