import type { Plan } from "../core/plan/types";
import { executePlan, type ExecuteResult } from "./executePlan";
import {
  readWorkbook,
  type SheetRead,
  type WorkbookRead,
  type WorkbookSurvey,
} from "./readWorkbook";
import type { Supports } from "./support";

/** What the read request finds to choose the ledgers by: the survey and the active sheet. */
export interface LedgerSearch {
  survey: WorkbookSurvey;
  active: string;
}

export interface SummaryRequest {
  /**
   * The ledger sheets to read, or how to find them in the survey (the bound ledgers under their
   * current names), so the caller needs no request of its own to look them up.
   */
  sheets: readonly string[] | ((found: LedgerSearch) => readonly string[]);
  /**
   * With `sheets` a function: the sheets it is expected to name (as last seen). They are read
   * with the survey; only a wrong guess costs a second read request.
   */
  expected?: readonly string[];
  /** Core work: read sheets → summary (and issue list, reminder slips) → one plan. */
  build: (sheets: readonly SheetRead[]) => Plan;
  supports: Supports;
  /** Events off while writing (see executePlan). */
  eventsOff?: boolean;
}

/**
 * Generates the owned summary sheets: one read request, one write request, one request to record
 * the new sheets' ids. The old summary is removed only after the new one is fully written.
 */
export async function generateSummary(
  context: Excel.RequestContext,
  request: SummaryRequest,
): Promise<ExecuteResult> {
  const { survey, sheets } = await readLedgers(context, request);
  const plan = request.build(sheets);
  return executePlan(context, plan, {
    survey,
    sheets,
    supports: request.supports,
    activate: true,
    ...(request.eventsOff ? { eventsOff: true } : {}),
  });
}

async function readLedgers(
  context: Excel.RequestContext,
  request: SummaryRequest,
): Promise<WorkbookRead> {
  const { sheets: find, supports } = request;
  if (typeof find !== "function") return readWorkbook(context, find, supports);
  // Queued before the read, so the active sheet comes with the survey in the same request.
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  // A guessed sheet that is gone (renamed, deleted) fails the read: then survey first, as below.
  const guessed = await readWorkbook(context, request.expected ?? [], supports).catch(
    () => undefined,
  );
  if (!guessed) active.load("name");
  const survey = guessed?.survey ?? (await readWorkbook(context, [], supports)).survey;
  // readWorkbook's request loaded it (the rule cannot see a sync inside another function).
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  const names = find({ survey, active: active.name });
  if (guessed && sameNames(names, guessed.sheets)) return guessed;
  return readWorkbook(context, names, supports);
}

function sameNames(names: readonly string[], reads: readonly SheetRead[]): boolean {
  return names.length === reads.length && names.every((n, i) => reads[i]?.name === n);
}
