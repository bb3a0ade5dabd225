import type { CellArea } from "../core/model/cell";

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function address(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(text.toUpperCase());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const column = columnNumber(match[1]!) - 1;
  // Excel's sheet is 1,048,576 rows by 16,384 columns (XFD).
  return row >= 0 && row < 1_048_576 && column < 16_384 ? { row, column } : null;
}

/** "A1:D1" → { row: 0, column: 0, rowCount: 1, columnCount: 4 }; null for what is not a range. */
export function rangeToArea(range: string): CellArea | null {
  const [from, to = from] = range.split(":");
  const start = from === undefined ? null : address(from);
  const end = to === undefined ? null : address(to);
  if (!start || !end) return null;
  return {
    row: Math.min(start.row, end.row),
    column: Math.min(start.column, end.column),
    rowCount: Math.abs(end.row - start.row) + 1,
    columnCount: Math.abs(end.column - start.column) + 1,
  };
}
