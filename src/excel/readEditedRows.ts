import type { Cell, SheetInput } from "../core/model/cell";
import { place } from "./sheetGrid";

/** At most this many separate row runs go into one request; more edits read the used rows whole. */
const MAX_RUNS = 200;

/**
 * The rows a user just edited, with the header rows above them, as a sheet the core can read
 * again: every other row is empty, so re-validation reports exactly the edited rows at their
 * physical positions. One request whatever the number of edited rows.
 */
export async function readEditedRows(
  context: Excel.RequestContext,
  sheetName: string,
  headerRow: number,
  rows: readonly number[],
): Promise<SheetInput> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRange(true);
  const edited = toRuns(
    [...new Set(rows.map((r) => r - 1))].filter((r) => r > headerRow).sort((a, b) => a - b),
  );
  const runs = [
    { row: 0, rowCount: headerRow + 1 },
    ...(edited.length > MAX_RUNS ? [spanOf(edited)] : edited),
  ];
  const reads = runs.map((run) => {
    const range = used.getIntersectionOrNullObject(
      sheet.getRange(`${run.row + 1}:${run.row + run.rowCount}`),
    );
    range.load("values,numberFormat,rowIndex,columnIndex");
    return range;
  });
  await context.sync();
  const values: Cell[][] = [];
  const formats: string[][] = [];
  for (const range of reads) {
    if (!range.isNullObject)
      place(values, formats, range.rowIndex, range.columnIndex, range.values, range.numberFormat);
  }
  return { name: sheetName, values, numberFormats: formats };
}

function toRuns(sorted: readonly number[]): { row: number; rowCount: number }[] {
  const runs: { row: number; rowCount: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rowCount === row) last.rowCount++;
    else runs.push({ row, rowCount: 1 });
  }
  return runs;
}

function spanOf(runs: readonly { row: number; rowCount: number }[]): {
  row: number;
  rowCount: number;
} {
  const first = runs[0]?.row ?? 0;
  const last = runs[runs.length - 1];
  return { row: first, rowCount: last ? last.row + last.rowCount - first : 1 };
}
