import { lockEntry, lockTurn, type LockEntry } from "../app/ownership/lock";
import { queueDropLockEntries, queueLoadSettings, queueLockEntry } from "./bindingSettings";
import { TaizhangError } from "./error";

export interface LockClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: LockClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface TurnOptions {
  clock: LockClock;
  /** How long to wait for another writer before giving up (ms). */
  patienceMs?: number;
  /** How often to look again while waiting (ms). */
  pollMs?: number;
}

/**
 * Waits for this run's turn to write (see app/ownership/lock): `entries` is what the run's first
 * read found, its own entry included. Costs no request when no other writer is there; while one
 * is, one request a poll. Gives up with "busy" (and withdraws its entry) after `patienceMs`.
 * Resolves to whether it waited: what the run read before may then be out of date.
 */
export async function waitForTurn(
  context: Excel.RequestContext,
  entries: readonly LockEntry[],
  mine: LockEntry,
  options: TurnOptions,
): Promise<boolean> {
  const { clock } = options;
  if (lockTurn(entries, mine.run, clock.now(), true) === "go") return false;
  const giveUpAt = clock.now() + (options.patienceMs ?? 60_000);
  // Waiting: the entry says so, so that other waiters can tell who goes next. One request a
  // poll, and only while another writer holds the workbook.
  let waiting = lockEntry(mine.run, mine.since, false);
  for (;;) {
    await clock.sleep(options.pollMs ?? 1_000);
    if (clock.now() > giveUpAt) await giveUp(context, mine.run);
    waiting = { ...waiting, expires: clock.now() + (mine.expires - mine.since) };
    if (lockTurn(await poll(context, waiting), mine.run, clock.now(), false) === "go") {
      // Active again: this rides with the run's next request.
      queueLockEntry(context, { ...waiting, active: true });
      return true;
    }
  }
}

/** Renews this run's waiting entry and reads everyone's. */
async function poll(context: Excel.RequestContext, waiting: LockEntry): Promise<LockEntry[]> {
  queueLockEntry(context, waiting);
  const settings = queueLoadSettings(context);
  await context.sync();
  return settings().locks;
}

async function giveUp(context: Excel.RequestContext, run: string): Promise<never> {
  queueDropLockEntries(context, [run]);
  await context.sync();
  throw new TaizhangError("busy");
}
