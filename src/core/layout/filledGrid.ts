import type { Cell, CellArea, SheetInput } from "../model/cell";

/**
 * The sheet's values with every merged area holding its top-left value in each of its cells:
 * a problem merged over four measure rows then reads on each of them. Rows a merge does not
 * touch are shared with the input, not copied.
 */
export function filledGrid(sheet: SheetInput): Cell[][] {
  const merges = sheet.merges ?? [];
  if (merges.length === 0) return sheet.values;
  const grid = sheet.values.slice();
  const copied = new Set<number>();
  const rowFor = (r: number): Cell[] => {
    if (!copied.has(r)) {
      grid[r] = (grid[r] ?? []).slice();
      copied.add(r);
    }
    return grid[r]!;
  };
  for (const area of merges) fillArea(area, sheet.values, rowFor);
  return grid;
}

function fillArea(area: CellArea, values: Cell[][], rowFor: (r: number) => Cell[]): void {
  const value = values[area.row]?.[area.column] ?? null;
  if (value === null) return;
  for (let r = area.row; r < area.row + area.rowCount; r++) {
    if (r >= values.length) break;
    const row = rowFor(r);
    for (let c = area.column; c < area.column + area.columnCount; c++) {
      if (r === area.row && c === area.column) continue;
      while (row.length < c) row.push(null);
      row[c] = value;
    }
  }
}
