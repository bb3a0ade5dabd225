import { bindingOf, withLedger, type BindingRequest, type LedgerBinding } from "../app/bindings";
import { queueLoadBindings, queueSaveBindings } from "./bindingSettings";
import { TaizhangError } from "./error";
import { queueLedgerMark } from "./ledgerMark";

/**
 * Records a sheet as a ledger in the workbook's settings (so the binding travels with the file)
 * and marks its header row. Two requests: read the sheet and the bindings, then write them.
 */
export async function saveBinding(
  context: Excel.RequestContext,
  request: BindingRequest,
): Promise<LedgerBinding> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(request.sheet);
  sheet.load("name,id");
  const stored = queueLoadBindings(context);
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  if (sheet.isNullObject) throw new TaizhangError("sheetMissing", request.sheet);
  const bindings = stored();
  const binding = bindingOf(bindings, sheet, request);
  queueSaveBindings(context, withLedger(bindings, binding));
  queueLedgerMark(
    context,
    binding,
    names.items.map((n) => ({ name: n.name, comment: "", value: "" })),
  );
  await context.sync();
  return binding;
}
