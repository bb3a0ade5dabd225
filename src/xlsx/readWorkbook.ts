import type { SheetInput } from "../core/model/cell";
import { readProblemText } from "./readMessages";
import { readSpreadsheet } from "./readSpreadsheet";
import type { ReadOptions } from "./readXlsx";

/**
 * Every worksheet of a workbook's bytes as SheetInputs (or only `sheetName`), for callers that
 * want the sheets or an error: throws an Error worded for the user when the file cannot be read.
 * Front ends that show problems themselves call readSpreadsheet.
 */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {},
): Promise<SheetInput[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { sheets, problems } = readSpreadsheet(bytes, options);
  const problem = problems[0];
  if (problem !== undefined) throw new Error(readProblemText(problem, "zh"));
  return sheets;
}
