import { TaizhangError } from "../core/errors";
import type { SheetInput } from "../core/model";
import { headerLabels, sameHeader, type LedgerBinding } from "./bindings";
import type { WorkbookState } from "./host";

/** A sheet a workflow works on: a bound ledger (with its binding), or the active sheet. */
export interface LedgerTarget {
  sheet: string;
  kind?: string;
  binding?: LedgerBinding;
}

/**
 * The bound ledgers under their current sheet names (found by sheet id, else by name), in tab
 * order whatever order they were bound in; when none is bound, the active sheet.
 */
export function ledgerTargets(state: WorkbookState): LedgerTarget[] {
  const targets: LedgerTarget[] = [];
  for (const b of state.bindings.ledgers) {
    const sheet =
      state.sheets.find((s) => b.sheetId !== undefined && s.id === b.sheetId) ??
      state.sheets.find((s) => s.name === b.sheet);
    if (sheet)
      targets.push({ sheet: sheet.name, kind: b.kind, binding: { ...b, sheet: sheet.name } });
  }
  const position = (name: string) => state.sheets.findIndex((s) => s.name === name);
  targets.sort((a, b) => position(a.sheet) - position(b.sheet));
  return targets.length > 0 ? targets : [{ sheet: state.active }];
}

/**
 * Refuses a bound sheet whose header is no longer the one it was bound with (another sheet now
 * bears its name, or its columns were rebuilt): checking it as the ledger would report on the
 * wrong thing. Bindings from before header fingerprints are taken as they are.
 */
export function assertStillLedger(target: LedgerTarget, input: SheetInput): void {
  const bound = target.binding?.header;
  if (bound === undefined) return;
  if (!sameHeader(bound, headerLabels(input.values, target.binding?.headerRow ?? 0)))
    throw new TaizhangError("bindingLost", target.sheet);
}
