import { bindingOf, withLedger, type BindingRequest, type LedgerBinding } from "../app/bindings";
import { queueLoadBindings, queueSaveBindings } from "./bindingSettings";
import { TaizhangError } from "./error";

/**
 * Records a sheet as a ledger in the workbook's settings (so the binding travels with the
 * file). Two requests: read the sheet id and the bindings, then write them.
 */
export async function saveBinding(
  context: Excel.RequestContext,
  request: BindingRequest,
): Promise<LedgerBinding> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(request.sheet);
  sheet.load("name,id");
  const stored = queueLoadBindings(context);
  await context.sync();
  if (sheet.isNullObject) throw new TaizhangError("sheetMissing", request.sheet);
  const bindings = stored();
  const binding = bindingOf(bindings, sheet, request);
  queueSaveBindings(context, withLedger(bindings, binding));
  await context.sync();
  return binding;
}
