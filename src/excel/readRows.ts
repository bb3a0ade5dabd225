import type { RowsRead } from "../app/host";
import type { CellArea } from "../core/model";
import { lineOf, parseAreas } from "./sheetGrid";
import { has, type Supports } from "./support";

/**
 * Reads given rows (1-based) of a sheet with its used range, the merged areas meeting them and
 * where formulas are,
 * in one request (plus Excel.run's closing one) however long the sheet: one range per run of
 * consecutive rows. What a re-check of a few edited rows costs; the caller keeps the count of
 * rows small (a paste of thousands of rows is read whole, in blocks, by readWorkbook).
 */
export async function readRows(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly number[],
  supports: Supports,
): Promise<RowsRead> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const mergesRead = has(supports, "mergedAreas");
  const allMerges = mergesRead ? used.getMergedAreasOrNullObject() : undefined;
  allMerges?.load("areaCount");
  const formulas = has(supports, "specialCells")
    ? used.getSpecialCellsOrNullObject("Formulas")
    : undefined;
  formulas?.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  const blocks = spansOf(rows).map(({ from, to }) => {
    const whole = sheet.getRange(`${from}:${to}`);
    const block = used.getIntersectionOrNullObject(whole);
    block.load("values,numberFormat,rowIndex");
    const merges = mergesRead ? whole.getMergedAreasOrNullObject() : undefined;
    // The areas one by one: the address of many areas is cut short by Excel.
    merges?.areas.load("items/address");
    return { block, merges };
  });
  await context.sync();

  if (used.isNullObject) return { used: null, rows: [] };
  const area: CellArea = {
    row: used.rowIndex,
    column: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
  const read: RowsRead["rows"] = [];
  const meeting: CellArea[] = [];
  for (const { block, merges } of blocks) {
    if (merges && !merges.isNullObject)
      meeting.push(...merges.areas.items.flatMap((a) => parseAreas(a.address)));
    if (block.isNullObject) continue;
    block.values.forEach((source, i) => {
      const [values, numberFormats] = lineOf(source, block.numberFormat[i] ?? [], area.column);
      read.push({ row: block.rowIndex + i + 1, values, numberFormats });
    });
  }
  return {
    used: area,
    rows: read,
    ...(formulas
      ? {
          formulas: formulas.isNullObject
            ? []
            : formulas.areas.items.map((a) => ({
                row: a.rowIndex,
                column: a.columnIndex,
                rowCount: a.rowCount,
                columnCount: a.columnCount,
              })),
        }
      : {}),
    ...(allMerges
      ? { merges: { meeting, total: allMerges.isNullObject ? 0 : allMerges.areaCount } }
      : {}),
  };
}

/** Sorted runs of consecutive rows: [3, 4, 5, 9] → 3–5 and 9. */
export function spansOf(rows: readonly number[]): { from: number; to: number }[] {
  const sorted = [...new Set(rows)].filter((r) => r >= 1).sort((a, b) => a - b);
  const spans: { from: number; to: number }[] = [];
  for (const row of sorted) {
    const last = spans[spans.length - 1];
    if (last && row === last.to + 1) last.to = row;
    else spans.push({ from: row, to: row });
  }
  return spans;
}
