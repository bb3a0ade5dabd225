// 一键处理 a whole workbook, as `taizhang apply` (and later the browser page) asks: every ledger
// the reader recognises is bound, validated, listed in the issue report, flagged and summarised
// (with 工作提示单), through the same operations the task pane runs one by one.
import { TaizhangError } from "../core/errors";
import { isLedgerKind } from "../core/ledgers";
import type { AppContext } from "./context";
import type { CoreWork } from "./coreWork";
import type { FlagsChoice } from "./flags";
import type { WorkbookHost } from "./host";
import { createLedgerOperations } from "./operations";
import { readWorkbook } from "./readLedgers";
import type { SummaryFigures } from "./summary";

export interface ApplyAllChoice extends FlagsChoice {
  /** Also write 工作提示单 (default true). */
  slips?: boolean;
}

export interface ApplyAllOutcome {
  /** The ledgers found, in tab order, with their kind. */
  ledgers: { sheet: string; kind: string }[];
  /** How many issues validation found (all of them, the list may be cut). */
  issues: number;
  flagged: string[];
  /** Sheets the workflows wrote (issue report, summary, slips). */
  sheets: string[];
  figures: SummaryFigures;
  notes: string[];
}

/**
 * The ledgers of a workbook, as the command line finds them in a file: read as a clerk reads it
 * (hidden and 作废 sheets, count tables and older copies left out). One entry per sheet.
 */
export async function recognisedLedgers(
  host: WorkbookHost,
  context: AppContext,
): Promise<{ sheet: string; kind: string }[]> {
  const state = await host.state();
  const names = state.sheets.map((s) => s.name);
  const inputs = await host.readSheets(names);
  const read = readWorkbook(
    inputs.map((input) => ({ input })),
    context,
  );
  const found = new Map<string, string>();
  // Only the kinds Taizhang knows can be bound; a table of some other shape is left alone.
  for (const result of read.results)
    if (isLedgerKind(String(result.kind)) && result.rowCount > 0 && !found.has(result.sheet))
      found.set(result.sheet, String(result.kind));
  return names.filter((n) => found.has(n)).map((sheet) => ({ sheet, kind: found.get(sheet)! }));
}

/** Binds every recognised ledger, then validates, reports, flags and summarises them. */
export async function applyAll(
  host: WorkbookHost,
  context: AppContext,
  work: CoreWork,
  choice: ApplyAllChoice,
): Promise<ApplyAllOutcome> {
  const ops = createLedgerOperations(host, context, work);
  const ledgers = await recognisedLedgers(host, context);
  if (ledgers.length === 0) {
    const sheets = (await host.state()).sheets.map((s) => s.name);
    throw new TaizhangError("noLedgerData", sheets.join("”“"));
  }
  for (const ledger of ledgers) await ops.bind(ledger.sheet, { kind: ledger.kind });
  const validation = await ops.validate();
  const report = await ops.writeIssueReport(validation.issues);
  const flagsChoice: FlagsChoice = {
    scheme: choice.scheme,
    dueSoonDays: choice.dueSoonDays,
    asOf: choice.asOf,
    ...(choice.normaliseDeadlines === undefined
      ? {}
      : { normaliseDeadlines: choice.normaliseDeadlines }),
  };
  const flags = await ops.applyFlags(flagsChoice);
  const summary = await ops.summarize({ ...flagsChoice, slips: choice.slips ?? true });
  const issues = Object.values(validation.counts).reduce((s: number, n) => s + (n ?? 0), 0);
  return {
    ledgers,
    issues,
    flagged: flags.flagged,
    sheets: [...report.sheets, ...summary.sheets],
    figures: summary.figures,
    notes: [...new Set([...report.notes, ...flags.notes, ...summary.notes])],
  };
}
