import { bindingFor, headerLabels, nextBindingId, type LedgerBinding } from "./bindings";
import type { BuiltPlan, SheetRead, WorkbookState, WriteRequest } from "./host";
import { flagScheme, columnFlagScheme, type SchemeName } from "../core/flags";
import type { Lang } from "../core/model";
import { flagsPlan, type FlagSchemeInput, type LocatedLedger } from "../core/plan";
import type { SheetInput } from "../core/model";

export interface FlagsChoice {
  scheme: SchemeName;
  dueSoonDays: number;
  asOf: string;
  /** Explicit action: add an owned column of normalised deadline dates where the sheet's are text. */
  normaliseDeadlines?: boolean;
}

/** Ledgers whose rows are items with a progress state: the ones flags are for. */
export const FLAGGED_KINDS: ReadonlySet<string> = new Set(["problem", "measure", "petition"]);

/** The scheme as the flag column writes it, in the user's language. */
export function flagColumnScheme(choice: FlagsChoice, lang: Lang): FlagSchemeInput {
  return columnFlagScheme(flagScheme(choice.scheme, { dueSoonDays: choice.dueSoonDays }), lang);
}

/**
 * The write that adds (or refreshes) the owned flag column on one ledger sheet, with its
 * binding (sheet, header row, mapping, scheme, options, owned columns) saved alongside.
 */
export function flagsWrite(
  sheet: string,
  scheme: FlagSchemeInput,
  choice: Omit<FlagsChoice, "scheme" | "dueSoonDays">,
  read: (input: SheetInput) => LocatedLedger,
): WriteRequest {
  return {
    sheets: [sheet],
    build: (sheets, state) => flagsBuild(sheets, state, scheme, choice, read),
  };
}

function flagsBuild(
  sheets: readonly SheetRead[],
  state: WorkbookState,
  scheme: FlagSchemeInput,
  choice: Omit<FlagsChoice, "scheme" | "dueSoonDays">,
  read: (input: SheetInput) => LocatedLedger,
): BuiltPlan {
  const sheet = sheets[0];
  if (!sheet) return { plan: { sheets: [], columns: [], notes: [] } };
  const ledger = read(sheet.input);
  const options = {
    asOf: choice.asOf,
    ...(choice.normaliseDeadlines ? { normaliseDeadlines: true } : {}),
  };
  const existing = bindingFor(state.bindings, sheet.name, sheet.id);
  const binding: LedgerBinding = {
    id: existing?.id ?? nextBindingId(state.bindings),
    sheet: sheet.name,
    sheetId: sheet.id,
    headerRow: ledger.headerRow,
    mapping: ledger.columns,
    kind: String(ledger.kind),
    header: existing?.header ?? headerLabels(sheet.input.values, ledger.headerRow),
    scheme: scheme.id,
    options: { ...options },
    ownedColumns: existing?.ownedColumns ?? [],
  };
  return { plan: flagsPlan(ledger, scheme, options), ledgers: [binding] };
}
