import {
  bindingFor,
  nextBindingId,
  queueLoadBindings,
  queueSaveBindings,
  withLedger,
  type LedgerBinding,
} from "./bindings";
import { TaizhangError } from "./error";

export interface BindingRequest {
  sheet: string;
  kind: string;
  /** 0-based (last) header row. */
  headerRow: number;
  /** Field name → 0-based column. */
  mapping: Record<string, number>;
}

/**
 * Records a sheet as a ledger of the given kind in the workbook's settings (so the binding
 * travels with the file). An existing binding of the same sheet keeps its id, scheme and owned
 * columns. Two requests: read the sheet id and the bindings, then write them.
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
  const existing = bindingFor(bindings, sheet.name, sheet.id);
  const binding: LedgerBinding = {
    ...existing,
    id: existing?.id ?? nextBindingId(bindings),
    sheet: sheet.name,
    sheetId: sheet.id,
    headerRow: request.headerRow,
    mapping: { ...request.mapping },
    kind: request.kind,
    ownedColumns: existing?.ownedColumns ?? [],
  };
  queueSaveBindings(context, withLedger(bindings, binding));
  await context.sync();
  return binding;
}
