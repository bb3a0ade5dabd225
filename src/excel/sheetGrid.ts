import type { Cell, CellArea } from "../core/model/cell";
import { parseAddress } from "../core/model/address";

/** Puts a block read at (row, column) into A1-origin arrays: empty cells become null. */
export function place(
  values: Cell[][],
  formats: string[][],
  row: number,
  column: number,
  block: unknown[][],
  blockFormats: unknown[][],
): void {
  for (let r = 0; r < block.length; r++) {
    const [line, lineFormats] = lineOf(block[r] ?? [], blockFormats[r] ?? [], column);
    values[row + r] = line;
    formats[row + r] = lineFormats;
  }
  for (let r = 0; r < row; r++) {
    if (values[r] === undefined) values[r] = [];
    if (formats[r] === undefined) formats[r] = [];
  }
}

/** One row read from `column` on, as an A1-origin line: empty cells become null. */
export function lineOf(
  source: readonly unknown[],
  sourceFormats: readonly unknown[],
  column: number,
): [Cell[], string[]] {
  const line: Cell[] = new Array<Cell>(column).fill(null);
  const lineFormats: string[] = new Array<string>(column).fill("General");
  for (let c = 0; c < source.length; c++) {
    const v = source[c];
    line.push(v === "" || v === undefined ? null : (v as Cell));
    lineFormats.push(
      typeof sourceFormats[c] === "string" ? (sourceFormats[c] as string) : "General",
    );
  }
  return [line, lineFormats];
}

/** "Sheet1!A1:C1, Sheet1!A5:A7" → areas (sheet names may hold commas, so match the ranges). */
export function parseAreas(address: string): CellArea[] {
  const areas: CellArea[] = [];
  for (const m of address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)) {
    const area = m[1] === undefined ? null : parseAddress(m[1]);
    if (area) areas.push(area);
  }
  return areas;
}
