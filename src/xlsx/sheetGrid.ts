import { areaAddress } from "../core/model/address";
import type { Cell, CellArea, SheetInput, SheetVisibility } from "../core/model/cell";
import { MAX_GRID_CELLS } from "./limits";
import type { SheetProblem } from "./readProblem";
import type { ParsedSheet } from "./sheetReader";

// From the rows a sheet's XML holds to the grid the core takes: rows padded to one width (a
// workbook has no "missing cells"), empty rows where the file has none, formats beside values.
// The grid ends at the last row and column holding a value — styled but empty cells, a
// <dimension> claiming A1:XFD1048576, or a merge reaching past the values do not stretch it — and
// a used range past MAX_GRID_CELLS is refused rather than allocated.

export interface SheetMeta {
  name: string;
  file?: string;
  visibility: SheetVisibility;
  date1904: boolean;
  /** The Taizhang output the sheet is, by the workbook's marks (see SheetInput.ownedKey). */
  ownedKey?: string;
}

/** The sheet as the core takes it, or the problem that keeps it out. */
export function sheetGrid(parsed: ParsedSheet, meta: SheetMeta): SheetInput | SheetProblem {
  const { rowCount, columnCount } = parsed;
  if (rowCount * columnCount > MAX_GRID_CELLS) return tooLarge(meta.name, rowCount, columnCount);
  // The parsed rows become the grid in place: no second array of 200k rows.
  const values = parsed.rows as Cell[][];
  const numberFormats = parsed.formats as string[][];
  // Rows whose cells are all General share one row of formats, and rows of one pattern share
  // theirs (sheetReader's FormatRows): the core never writes to them.
  const general: string[] = Object.freeze(new Array<string>(columnCount).fill("")) as string[];
  const padded = new Map<string[], string[]>();
  for (let r = 0; r < rowCount; r++) {
    const row = parsed.rows[r];
    if (row === null || row === undefined) values[r] = nulls(columnCount);
    else if (row.length < columnCount) values[r] = row.concat(nulls(columnCount - row.length));
    const formats = parsed.formats[r];
    if (formats === undefined) {
      numberFormats[r] = general;
    } else if (formats.length < columnCount) {
      let full = padded.get(formats);
      if (full === undefined) {
        full = formats.concat(new Array<string>(columnCount - formats.length).fill(""));
        padded.set(formats, full);
      }
      numberFormats[r] = full;
    }
  }
  const sheet: SheetInput = {
    name: meta.name,
    values,
    numberFormats,
    merges: clipMerges(parsed.merges, rowCount, columnCount),
    visibility: meta.visibility,
    hiddenRows: parsed.hiddenRows.filter((r) => r <= rowCount),
  };
  if (meta.file !== undefined) sheet.file = meta.file;
  if (meta.date1904) sheet.date1904 = true;
  if (meta.ownedKey !== undefined) sheet.ownedKey = meta.ownedKey;
  return sheet;
}

function nulls(count: number): Cell[] {
  return new Array<Cell>(count).fill(null);
}

export function tooLarge(sheet: string, rows: number, columns: number): SheetProblem {
  return {
    type: "sheetTooLarge",
    sheet,
    range: areaAddress({ row: 0, column: 0, rowCount: rows, columnCount: columns }),
    cells: rows * columns,
    limit: MAX_GRID_CELLS,
  };
}

/** Merged areas cut to the grid; an area wholly outside it goes. */
function clipMerges(merges: CellArea[], rows: number, columns: number): CellArea[] {
  const clipped: CellArea[] = [];
  for (const m of merges) {
    const rowCount = Math.min(m.rowCount, rows - m.row);
    const columnCount = Math.min(m.columnCount, columns - m.column);
    if (rowCount <= 0 || columnCount <= 0) continue;
    if (rowCount === m.rowCount && columnCount === m.columnCount) clipped.push(m);
    else clipped.push({ row: m.row, column: m.column, rowCount, columnCount });
  }
  return clipped;
}
