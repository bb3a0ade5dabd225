import { cellAddress } from "../core/model/address";
import { TaizhangError, hostErrorCode } from "./error";

/**
 * Shows one cell to the user: activates its sheet and selects the cell (the task pane's issue
 * list jumps to the offending cell). Row and column are the validator's physical 1-based
 * numbers; a whole-row problem (no column) selects the row's first cell. Two requests: the
 * sheet is looked up first so a renamed or deleted sheet gets a clear message.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  rowNumber: number,
  columnNumber: number | null,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) throw new TaizhangError("sheetMissing", sheetName);
  const range = sheet.getRange(cellAddress(rowNumber - 1, Math.max(0, (columnNumber ?? 1) - 1)));
  sheet.activate();
  range.select();
  try {
    await context.sync();
  } catch (error) {
    throw new TaizhangError("readFailed", hostErrorCode(error) ?? String(error), error);
  }
}
