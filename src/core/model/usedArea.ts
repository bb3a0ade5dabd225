import type { Cell, CellArea } from "./cell";

/** The cells holding values, as Excel's used range (values only) covers them. */
export function usedArea(values: readonly (readonly Cell[])[]): CellArea | null {
  let firstRow = -1;
  let lastRow = -1;
  let firstColumn = Number.MAX_SAFE_INTEGER;
  let lastColumn = -1;
  values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null || cell === "") return;
      if (firstRow < 0) firstRow = r;
      lastRow = r;
      firstColumn = Math.min(firstColumn, c);
      lastColumn = Math.max(lastColumn, c);
    }),
  );
  if (lastRow < 0) return null;
  return {
    row: firstRow,
    column: firstColumn,
    rowCount: lastRow - firstRow + 1,
    columnCount: lastColumn - firstColumn + 1,
  };
}
