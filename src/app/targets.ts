import { TaizhangError } from "../core/errors";
import type { SheetInput } from "../core/model";
import { headerLabels, sameHeader, type LedgerBinding } from "./bindings";
import type { WorkbookState } from "./host";

/** A sheet a workflow works on: a bound ledger (with its binding), or the one sheet chosen. */
export interface LedgerTarget {
  sheet: string;
  kind?: string;
  binding?: LedgerBinding;
}

/**
 * The bound ledgers where they are now, in tab order whatever order they were bound in; when
 * none is bound, the active sheet. A ledger is found by its mark (which follows a renamed sheet
 * and rows inserted above the header), else by its sheet's name — never by the sheet's id alone,
 * which Excel renumbers when a file is reopened. When none is bound: the sheet the user chose
 * in 台账识别 if it still exists, else the active sheet — so 校验 and 汇总 work on the sheet the
 * user was looking at in the pane, not on whichever tab Excel shows.
 */
export function ledgerTargets(state: WorkbookState, chosen?: string): LedgerTarget[] {
  const targets: LedgerTarget[] = [];
  for (const b of state.bindings.ledgers) {
    const mark = state.ledgerMarks?.find((m) => m.binding === b.id);
    const sheet =
      (mark && state.sheets.find((s) => s.name === mark.sheet)) ??
      state.sheets.find((s) => s.name === b.sheet);
    if (!sheet) continue;
    const headerRow = mark && mark.sheet === sheet.name ? mark.headerRow : b.headerRow;
    targets.push({
      sheet: sheet.name,
      kind: b.kind,
      binding: { ...b, sheet: sheet.name, headerRow },
    });
  }
  const position = (name: string) => state.sheets.findIndex((s) => s.name === name);
  targets.sort((a, b) => position(a.sheet) - position(b.sheet));
  if (targets.length > 0) return targets;
  const sheet =
    chosen !== undefined && state.sheets.some((s) => s.name === chosen) ? chosen : state.active;
  return [{ sheet }];
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
