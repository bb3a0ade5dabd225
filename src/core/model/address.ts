import type { CellArea } from "./cell";

/** Excel's grid limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function areaAddress(area: CellArea): string {
  const first = cellAddress(area.row, area.column);
  if (area.rowCount === 1 && area.columnCount === 1) return first;
  return `${first}:${cellAddress(area.row + area.rowCount - 1, area.column + area.columnCount - 1)}`;
}

/** The area lies inside Excel's grid and is not empty. */
export function areaFits(area: CellArea): boolean {
  return (
    area.row >= 0 &&
    area.column >= 0 &&
    area.rowCount > 0 &&
    area.columnCount > 0 &&
    area.row + area.rowCount <= MAX_ROWS &&
    area.column + area.columnCount <= MAX_COLUMNS
  );
}

/** A sheet name quoted for use in a reference: 'My Sheet'!A1 (quotes doubled inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Parses "Sheet1!B3:D10", "B3" or "$A$5:$A$7" (as Excel and ExcelJS write range addresses) into
 * an area; null for what is not a range inside Excel's grid.
 */
export function parseAddress(address: string): CellArea | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const rows = [Number(m[2]) - 1, m[4] === undefined ? Number(m[2]) - 1 : Number(m[4]) - 1];
  const columns = [columnIndex(m[1]), m[3] === undefined ? columnIndex(m[1]) : columnIndex(m[3])];
  const row = Math.min(...rows);
  const column = Math.min(...columns);
  const lastRow = Math.max(...rows);
  const lastColumn = Math.max(...columns);
  if (row < 0 || lastRow >= MAX_ROWS || lastColumn >= MAX_COLUMNS) return null;
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

/**
 * A reference as Excel writes a defined name's value — "台账汇总!$A$1",
 * "'5月汇总（已上报）'!$A$1:$B$9" — split into its sheet and area; null for anything else
 * ("#REF!", a constant).
 */
export function parseSheetReference(text: string): { sheet: string; area: CellArea } | null {
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang).replace(/^=/, "");
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const area = parseAddress(text.slice(bang + 1));
  return sheet === "" || area === null ? null : { sheet, area };
}
