import { TaizhangError, hostErrorCode } from "./error";
import type { Supports } from "./support";

/** `Excel.run` as the host gives it (the global in Excel, a fake's in tests). */
export interface ExcelRun {
  run: typeof Excel.run;
}

/** ExcelApi version from which Excel can hold a batch until the user leaves cell edit mode. */
export const DELAY_FOR_CELL_EDIT = "1.11";

/**
 * Runs a batch the way every call of the host should: while the user is typing in a cell, Excel
 * refuses add-in requests (InvalidOperationInCellEditMode, office-js#625). From ExcelApi 1.11
 * Excel holds the batch until the edit ends (`delayForCellEdit`); before that the refusal
 * becomes the user's message 请先完成单元格编辑 instead of an internal code.
 * `previous`: the context of objects made in an earlier batch (an event handler to remove).
 */
export async function runBatch<T>(
  excel: ExcelRun,
  supports: Supports,
  body: (context: Excel.RequestContext) => Promise<T>,
  previous?: OfficeExtension.ClientRequestContext,
): Promise<T> {
  const options: Excel.RunOptions = {
    ...(supports(DELAY_FOR_CELL_EDIT) ? { delayForCellEdit: true } : {}),
    ...(previous ? { previousObjects: previous } : {}),
  };
  try {
    return await excel.run(options, body);
  } catch (error) {
    if (hostErrorCode(error) === "InvalidOperationInCellEditMode")
      throw new TaizhangError("cellEditing", "", error);
    throw error;
  }
}
