// Excel's hard limits that a written workbook must stay within ("Excel specifications and
// limits", Microsoft Support): past one, Excel offers to repair a file and drops what is over,
// and an Office.js write fails. The Office.js host writes each owned sheet through
// `withinExcelLimits`, and so does the .xlsx host (src/xlsx/host/decide.ts); the .xlsx writer
// keeps the same caps for anything else it writes.
// Rows and columns are in src/core/model/address (MAX_ROWS, MAX_COLUMNS); a list validation's
// 255 characters and its alert's lengths are in templatePlan.
import type { OwnedSheetPlan, PlanValue, ValueBlock } from "./types";

/** Characters one cell can hold (UTF-16 code units, as Excel counts them). */
export const MAX_CELL_TEXT = 32_767;

/** Hyperlinks in one worksheet. */
export const MAX_HYPERLINKS = 65_530;

/** Manual page breaks in one worksheet (horizontal and vertical). */
export const MAX_PAGE_BREAKS = 1_026;

/** Unique cell formats (cellXfs) in one workbook. */
export const MAX_CELL_FORMATS = 65_490;

/**
 * `text` as one cell can hold it: Excel refuses a cell over 32,767 characters (a file's cell is
 * repaired and emptied; an Office.js write fails), so a longer text (a CSV cell, a long joined
 * list) keeps its first 32,766 and ends in "…", cut between whole characters. The same cut as
 * the .xlsx writer's shared strings.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never half of a surrogate pair
  return `${text.slice(0, end)}…`;
}

/** The links a sheet can carry: only the first 65,530 (the cells of the others keep their text). */
export function fitHyperlinks<T>(links: readonly T[]): readonly T[] {
  return links.length <= MAX_HYPERLINKS ? links : links.slice(0, MAX_HYPERLINKS);
}

/**
 * The rows (0-based) a sheet's manual page breaks go above: each once, in order, none above the
 * first row (there is no page before it), and only the first 1,026 — past them the pages run on
 * unbroken. `before` itself when it is all that already.
 */
export function fitPageBreaks(before: readonly number[]): readonly number[] {
  let fine = before.length <= MAX_PAGE_BREAKS;
  for (let i = 0; fine && i < before.length; i++)
    fine = (before[i] ?? 0) > 0 && (i === 0 || (before[i] ?? 0) > (before[i - 1] ?? 0));
  if (fine) return before;
  return [...new Set(before)]
    .filter((r) => r > 0)
    .sort((a, b) => a - b)
    .slice(0, MAX_PAGE_BREAKS);
}

/**
 * An owned sheet as Excel can hold it: texts over a cell's limit cut (`fitCellText`), links past
 * the sheet's 65,530th and page breaks past its 1,026th left out. The plan itself when nothing is
 * over (the common case costs one look at each text, no copy); otherwise only the rows and lists
 * that change are copied. What a host writes and the fingerprint its mark keeps are both taken
 * from this, so a rerun finds the sheet as it was written.
 */
export function withinExcelLimits(sheet: OwnedSheetPlan): OwnedSheetPlan {
  const blocks = sheet.blocks.map(fitBlock);
  const blocksChanged = blocks.some((b, i) => b !== sheet.blocks[i]);
  const links = fitHyperlinks(sheet.hyperlinks);
  const hyperlinks = links.some((l) => l.text.length > MAX_CELL_TEXT)
    ? links.map((l) => ({ ...l, text: fitCellText(l.text) }))
    : links;
  const breaks = sheet.print ? fitPageBreaks(sheet.print.breaksBefore) : undefined;
  const print =
    sheet.print && breaks !== sheet.print.breaksBefore
      ? { ...sheet.print, breaksBefore: [...(breaks ?? [])] }
      : sheet.print;
  if (!blocksChanged && hyperlinks === sheet.hyperlinks && print === sheet.print) return sheet;
  return {
    ...sheet,
    blocks: blocksChanged ? blocks : sheet.blocks,
    hyperlinks: hyperlinks === sheet.hyperlinks ? sheet.hyperlinks : [...hyperlinks],
    ...(print ? { print } : {}),
  };
}

function fitBlock(block: ValueBlock): ValueBlock {
  let values: PlanValue[][] | undefined;
  for (let r = 0; r < block.values.length; r++) {
    const row = block.values[r] ?? [];
    if (!row.some(tooLong)) continue;
    values ??= block.values.slice();
    values[r] = row.map((v) => (tooLong(v) ? fitCellText(v) : v));
  }
  return values ? { ...block, values } : block;
}

function tooLong(value: PlanValue): value is string {
  return typeof value === "string" && value.length > MAX_CELL_TEXT;
}
