import type { SheetInput } from "../core/model/cell";
import { flagsPlan, type FlagsPlanOptions } from "../core/plan/flagsPlan";
import type { FlagSchemeInput, LocatedLedger } from "../core/plan/inputs";
import { bindingFor, nextBindingId, type LedgerBinding } from "./bindings";
import { executePlan, type ExecuteResult } from "./executePlan";
import { readWorkbook } from "./readWorkbook";
import type { Supports } from "./support";

export interface FlagsRequest {
  sheet: string;
  scheme: FlagSchemeInput;
  options: FlagsPlanOptions;
  /** The core reader: the sheet as read → the ledger with its header row and column mapping. */
  read: (input: SheetInput) => LocatedLedger;
  supports: Supports;
  /** Events off while writing (see executePlan). */
  eventsOff?: boolean;
}

/**
 * Adds (or refreshes) the owned flag column on a user's ledger: one read request, one write
 * request; the binding (sheet, header row, mapping, scheme, owned columns) is saved with it.
 */
export async function applyFlags(
  context: Excel.RequestContext,
  request: FlagsRequest,
): Promise<ExecuteResult> {
  const { survey, sheets } = await readWorkbook(context, [request.sheet], request.supports);
  const sheet = sheets[0];
  if (!sheet)
    return { notes: [], bindings: survey.bindings, sheetNames: {}, columns: {}, syncs: 0 };
  const ledger = request.read(sheet.input);
  const plan = flagsPlan(ledger, request.scheme, request.options);
  const existing = bindingFor(survey.bindings, sheet.name, sheet.id);
  const binding: LedgerBinding = {
    id: existing?.id ?? nextBindingId(survey.bindings),
    sheet: sheet.name,
    sheetId: sheet.id,
    headerRow: ledger.headerRow,
    mapping: ledger.columns,
    kind: String(ledger.kind),
    scheme: request.scheme.id,
    options: { ...request.options },
    ownedColumns: existing?.ownedColumns ?? [],
  };
  return executePlan(context, plan, {
    survey,
    sheets,
    ledgers: [binding],
    supports: request.supports,
    ...(request.eventsOff ? { eventsOff: true } : {}),
  });
}
