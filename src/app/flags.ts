import { bindingFor, headerLabels, nextBindingId, type LedgerBinding } from "./bindings";
import type { FlagsWork } from "./coreWork";
import type { BuiltPlan, SheetRead, WorkbookState, WriteRequest } from "./host";
import { flagScheme, columnFlagScheme, type SchemeName } from "../core/flags";
import type { Lang, SheetInput } from "../core/model";
import {
  flagLegend,
  flagsPlan,
  type FlagSchemeInput,
  type LegendEntry,
  type LocatedLedger,
} from "../core/plan";

export interface FlagsChoice {
  scheme: SchemeName;
  dueSoonDays: number;
  asOf: string;
  /**
   * Where the sheet's deadlines are text, an owned column of them as dates (on unless false):
   * without it those rows show 时限无法识别.
   */
  normaliseDeadlines?: boolean;
}

/** Ledgers whose rows are items with a progress state: the ones flags are for. */
export const FLAGGED_KINDS: ReadonlySet<string> = new Set(["problem", "measure", "petition"]);

/** The scheme as the flag column writes it, in the user's language. */
export function flagColumnScheme(choice: FlagsChoice, lang: Lang): FlagSchemeInput {
  return columnFlagScheme(flagScheme(choice.scheme, { dueSoonDays: choice.dueSoonDays }), lang);
}

/** What each flag of the chosen scheme means, in its colours (the 标识 panel's legend). */
export function schemeLegend(
  choice: Pick<FlagsChoice, "scheme" | "dueSoonDays">,
  lang: Lang,
): LegendEntry[] {
  return flagLegend(flagScheme(choice.scheme, { dueSoonDays: choice.dueSoonDays }), lang);
}

/**
 * The write that adds (or refreshes) the owned flag column on one ledger sheet, with its
 * binding (sheet, header row, mapping, scheme, options, owned columns) saved alongside; `read`
 * gives the sheet as a located ledger.
 */
export function flagsWrite(
  sheet: string,
  scheme: FlagSchemeInput,
  choice: Omit<FlagsChoice, "scheme" | "dueSoonDays">,
  read: (input: SheetInput) => LocatedLedger,
): WriteRequest {
  return flagsWorkWrite(sheet, scheme.id, choice, (input) => {
    const ledger = read(input);
    return {
      plan: flagsPlan(ledger, scheme, optionsOf(choice)),
      facts: { sheet: ledger.sheet, kind: String(ledger.kind), rows: ledger.rows.length },
      headerRow: ledger.headerRow,
      mapping: ledger.columns,
    };
  });
}

/** Flag options as the plan and the binding keep them. */
export function optionsOf(choice: Omit<FlagsChoice, "scheme" | "dueSoonDays">) {
  return {
    asOf: choice.asOf,
    ...(choice.normaliseDeadlines === false ? { normaliseDeadlines: false } : {}),
  };
}

/**
 * The same write with the column built by `work` (the core's share, run wherever the front end
 * runs it: the task pane builds it off the page's thread).
 */
export function flagsWorkWrite(
  sheet: string,
  schemeId: string,
  choice: Omit<FlagsChoice, "scheme" | "dueSoonDays">,
  work: (input: SheetInput) => Promise<FlagsWork> | FlagsWork,
  onRows?: WriteRequest["onRows"],
): WriteRequest {
  return {
    sheets: [sheet],
    build: (sheets, state) => flagsBuild(sheets, state, schemeId, choice, work),
    ...(onRows ? { onRows } : {}),
  };
}

async function flagsBuild(
  sheets: readonly SheetRead[],
  state: WorkbookState,
  schemeId: string,
  choice: Omit<FlagsChoice, "scheme" | "dueSoonDays">,
  work: (input: SheetInput) => Promise<FlagsWork> | FlagsWork,
): Promise<BuiltPlan> {
  const sheet = sheets[0];
  if (!sheet) return { plan: { sheets: [], columns: [], notes: [] } };
  const built = await work(sheet.input);
  const existing = bindingFor(state.bindings, sheet.name, sheet.id);
  const binding: LedgerBinding = {
    ...(existing?.columns ? { columns: existing.columns } : {}),
    id: existing?.id ?? nextBindingId(state.bindings),
    sheet: sheet.name,
    sheetId: sheet.id,
    headerRow: built.headerRow,
    mapping: built.mapping,
    kind: built.facts.kind,
    header: existing?.header ?? headerLabels(sheet.input.values, built.headerRow),
    scheme: schemeId,
    options: optionsOf(choice),
    ownedColumns: existing?.ownedColumns ?? [],
  };
  return { plan: built.plan, ledgers: [binding] };
}
