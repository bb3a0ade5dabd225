import type { SheetInput } from "../core/model/cell";
import { readWorkbook } from "./readWorkbook";
import type { Supports } from "./support";

/**
 * The named sheets as the core reads them (values, number formats, merged areas): one request,
 * more only for row blocks past ~4 MB. For the task pane's 检查台账 (validate) action.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  supports: Supports,
): Promise<SheetInput[]> {
  const { sheets } = await readWorkbook(context, names, supports);
  return sheets.map((s) => s.input);
}
