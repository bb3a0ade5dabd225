import type { WriteRequest } from "../app/host";
import { lockEntry } from "../app/ownership/lock";
import { newRunId } from "../app/ownership/marks";
import { executePlan, type ExecuteResult } from "./executePlan";
import { dropLockEntry } from "./bindingSettings";
import { hostErrorCode } from "./error";
import { readOwned } from "./ownedRead";
import { readWorkbook, type SheetRead, type WorkbookRead } from "./readWorkbook";
import type { Supports } from "./support";
import { realClock, waitForTurn, type LockClock } from "./writeLock";

export interface WriteOptions {
  supports: Supports;
  /** Events off while writing (see executePlan). */
  eventsOff?: boolean;
  /** The clock the one-writer rule waits by (tests give their own). */
  clock?: LockClock;
}

/**
 * The one write transaction: read the survey (what the add-in owns, what the workbook allows,
 * who else is writing) with the sheets the plan is built from, wait for this run's turn if
 * another writer is at work, build the plan, read what earlier output it replaces (only when
 * there is some), then write. Templates, flags, the summary and the issue report all go through
 * here.
 */
export async function writePlan(
  context: Excel.RequestContext,
  request: WriteRequest,
  options: WriteOptions,
): Promise<ExecuteResult> {
  const clock = options.clock ?? realClock;
  const run = newRunId();
  const claim = lockEntry(run, clock.now());
  try {
    let { survey, sheets } = await readFor(context, request, options.supports, claim);
    // Another writer went first: read again what it may have changed.
    if (await waitForTurn(context, survey.locks, claim, { clock }))
      ({ survey, sheets } = await readFor(context, request, options.supports, undefined));
    const built = await request.build(sheets, survey);
    const owned = await readOwned(
      context,
      survey,
      built.plan,
      built.ledgers ?? [],
      options.supports,
    );
    return await executePlan(context, built.plan, {
      survey,
      sheets,
      owned,
      run,
      supports: options.supports,
      ...(built.ledgers ? { ledgers: built.ledgers } : {}),
      ...(built.activate ? { activate: true } : {}),
      ...(options.eventsOff ? { eventsOff: true } : {}),
    });
  } catch (error) {
    // A refusal, a failed read or a write that failed (whose recovery may not have run): the
    // run's lock entry must not hold the workbook until it expires.
    await dropLockEntry(context, run).catch(() => undefined);
    throw error;
  }
}

/**
 * The survey and the request's sheets: one request when the sheets are named or guessed right.
 * The run's lock entry goes in with the first read; a read-only workbook refuses it, and is
 * read again without (the write is then refused with a plain message before anything else).
 */
async function readFor(
  context: Excel.RequestContext,
  request: WriteRequest,
  supports: Supports,
  claim: ReturnType<typeof lockEntry> | undefined,
): Promise<WorkbookRead> {
  try {
    return await readClaiming(context, request, supports, claim);
  } catch (error) {
    if (hostErrorCode(error) !== "AccessDenied") throw error;
    const read = await readClaiming(context, request, supports, undefined);
    if (!read.survey.readOnly) throw error;
    return read;
  }
}

async function readClaiming(
  context: Excel.RequestContext,
  request: WriteRequest,
  supports: Supports,
  claim: ReturnType<typeof lockEntry> | undefined,
): Promise<WorkbookRead> {
  const { sheets: choose } = request;
  const progress = request.onRows ? { onRows: request.onRows } : {};
  if (typeof choose !== "function")
    return readWorkbook(context, choose, supports, { claim, ...progress });
  // A guessed sheet that is gone (renamed, deleted) fails the read: then survey first, as below.
  // A cancelled read (the listener threw) is not a wrong guess: it stops here.
  let stopped: unknown;
  const guessed = await readWorkbook(context, request.expected ?? [], supports, {
    claim,
    onRows: (sheet, read, total) => {
      try {
        request.onRows?.(sheet, read, total);
      } catch (error) {
        stopped = error;
        throw error;
      }
    },
  }).catch(() => undefined);
  if (stopped !== undefined) throw stopped;
  const survey = guessed?.survey ?? (await readWorkbook(context, [], supports, { claim })).survey;
  const names = choose(survey);
  if (guessed && sameNames(names, guessed.sheets)) return guessed;
  const { sheets } = await readWorkbook(context, names, supports, progress);
  return { survey, sheets };
}

function sameNames(names: readonly string[], reads: readonly SheetRead[]): boolean {
  return names.length === reads.length && names.every((n, i) => reads[i]?.name === n);
}
