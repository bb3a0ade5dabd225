/**
 * Excel's limits on what a sheet holds, checked where the add-in writes it, so a write Excel
 * would refuse never reaches a test's workbook.
 *
 * - A cell holds at most 32,767 characters (UTF-16 code units): support.microsoft.com, "Excel
 *   specifications and limits" ("Total number of characters that a cell can contain"), and
 *   [MS-OI29500] 2.1.706 (Excel restricts a `t` element to 32767 characters). A formula that
 *   would return more gives #VALUE! (REPT's article), so the limit holds for every way in.
 * - A worksheet carries at most 65,530 hyperlinks: the same page ("Hyperlinks in a worksheet").
 *   Each cell given a link counts one (the fake keeps a link per cell; Excel can share one link
 *   object over a range, so counting per cell is the strict reading).
 * - A worksheet has at most 1,026 manual page breaks: the same page ("Page breaks: 1,026
 *   horizontal and vertical"); the VSTO reference for Worksheet.HPageBreaks says "a limit of
 *   1026 horizontal page breaks per sheet". Whether the two directions share the 1,026 is not
 *   said: the fake counts them together (the strict reading).
 *
 * What Office.js answers past any of these is not documented (no Range.values, Range.hyperlink
 * or PageBreakCollection.add page mentions them). The fake answers InvalidArgument, the strict
 * reading as for formulaLimits.ts: the action fails, applies nothing, and the batch stops there.
 */
import { hostError } from "../errors";
import type { SheetModel } from "./sheet";

export const MAX_CELL_TEXT = 32_767;
export const MAX_HYPERLINKS = 65_530;
export const MAX_PAGE_BREAKS = 1_026;

export function assertCellTextWithinLimit(text: string, where: string): void {
  if (text.length > MAX_CELL_TEXT) {
    throw hostError(
      "InvalidArgument",
      `${where}: the text is ${text.length} characters; a cell holds ${MAX_CELL_TEXT}`,
    );
  }
}

/**
 * Refuses a link past the sheet's 65,530th. `adding` is how many cells the write gives a link
 * that have none now. The count of linked cells is kept as an upper bound (raised by each link
 * set, made exact by a scan only when it passes the limit), so writing tens of thousands of
 * links one cell at a time does not scan the sheet per link.
 */
export function assertHyperlinksWithinLimit(
  sheet: SheetModel,
  adding: number,
  where: string,
): void {
  if (adding === 0) return;
  if (sheet.hyperlinkBound + adding > MAX_HYPERLINKS) {
    let linked = 0;
    for (const cell of sheet.cells.values()) if (cell.hyperlink) linked++;
    sheet.hyperlinkBound = linked;
    if (linked + adding > MAX_HYPERLINKS) {
      throw hostError(
        "InvalidArgument",
        `${where}: the sheet has ${linked} hyperlinks; a worksheet carries ${MAX_HYPERLINKS}`,
      );
    }
  }
  sheet.hyperlinkBound += adding;
}

/** Refuses a manual page break past the sheet's 1,026th (horizontal and vertical together). */
export function assertPageBreaksWithinLimit(sheet: SheetModel, where: string): void {
  const count = sheet.horizontalPageBreaks.length + sheet.verticalPageBreaks.length;
  if (count >= MAX_PAGE_BREAKS) {
    throw hostError(
      "InvalidArgument",
      `${where}: the sheet has ${count} page breaks; a worksheet has at most ${MAX_PAGE_BREAKS}`,
    );
  }
}
