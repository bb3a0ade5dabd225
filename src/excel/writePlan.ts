import type { WriteRequest } from "../app/host";
import { executePlan, type ExecuteResult } from "./executePlan";
import { readWorkbook, type SheetRead, type WorkbookRead } from "./readWorkbook";
import type { Supports } from "./support";

export interface WriteOptions {
  supports: Supports;
  /** Events off while writing (see executePlan). */
  eventsOff?: boolean;
}

/**
 * The one write transaction: read the survey (what the add-in owns, what the workbook allows)
 * and the sheets the plan is built from, build the plan, then write it. One read request, one
 * write request, and one more only to record new sheet ids; templates, flags, the summary and
 * the issue report all go through here.
 */
export async function writePlan(
  context: Excel.RequestContext,
  request: WriteRequest,
  options: WriteOptions,
): Promise<ExecuteResult> {
  const { survey, sheets } = await readFor(context, request, options.supports);
  const built = request.build(sheets, survey);
  return executePlan(context, built.plan, {
    survey,
    sheets,
    supports: options.supports,
    ...(built.ledgers ? { ledgers: built.ledgers } : {}),
    ...(built.activate ? { activate: true } : {}),
    ...(options.eventsOff ? { eventsOff: true } : {}),
  });
}

/** The survey and the request's sheets: one request when the sheets are named or guessed right. */
async function readFor(
  context: Excel.RequestContext,
  request: WriteRequest,
  supports: Supports,
): Promise<WorkbookRead> {
  const { sheets: choose } = request;
  if (typeof choose !== "function") return readWorkbook(context, choose, supports);
  // A guessed sheet that is gone (renamed, deleted) fails the read: then survey first, as below.
  const guessed = await readWorkbook(context, request.expected ?? [], supports).catch(
    () => undefined,
  );
  const survey = guessed?.survey ?? (await readWorkbook(context, [], supports)).survey;
  const names = choose(survey);
  if (guessed && sameNames(names, guessed.sheets)) return guessed;
  return readWorkbook(context, names, supports);
}

function sameNames(names: readonly string[], reads: readonly SheetRead[]): boolean {
  return names.length === reads.length && names.every((n, i) => reads[i]?.name === n);
}
