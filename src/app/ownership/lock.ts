// One writer at a time across the add-in's runtimes (the task pane and the ribbon's function
// file run apart on most Excel versions). Each run that will write adds its own entry to the
// workbook's settings in the request that first reads the workbook, and removes it in the
// request that ends its write. Excel runs requests one after another, so of two runs the one
// whose read came first cannot see the other's entry and goes ahead; the later one sees an entry
// and waits. Entries expire, so a runtime that died mid-write does not block the workbook.

export const LOCK_PREFIX = "taizhang.writer.";
/** How long an entry holds without being renewed: longer than any single write takes. */
export const LOCK_LIFETIME_MS = 120_000;

export interface LockEntry {
  run: string;
  /** When the run asked (its own clock, ms). */
  since: number;
  /** When the entry no longer counts (ms). */
  expires: number;
  /** False for a run that found another entry and is waiting its turn. */
  active: boolean;
}

export function lockKey(run: string): string {
  return LOCK_PREFIX + run;
}

export function lockEntry(run: string, now: number, active = true): LockEntry {
  return { run, since: now, expires: now + LOCK_LIFETIME_MS, active };
}

/** Reads a setting back as an entry (anything else: null). */
export function parseLockEntry(value: unknown): LockEntry | null {
  let data = value;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (typeof data !== "object" || data === null) return null;
  const d = data as Partial<LockEntry>;
  if (typeof d.run !== "string" || typeof d.since !== "number" || typeof d.expires !== "number")
    return null;
  return { run: d.run, since: d.since, expires: d.expires, active: d.active === true };
}

export type LockTurn = "go" | "wait";

/**
 * Whether `run` may write now, given every entry in the settings (its own included).
 * - On its first look, a run goes only when no other live entry exists.
 * - A waiting run goes when no other live entry is active and it is the oldest waiter (ties by
 *   run id), so exactly one waiter goes and the others keep waiting.
 */
export function lockTurn(
  entries: readonly LockEntry[],
  run: string,
  now: number,
  firstLook: boolean,
): LockTurn {
  const others = entries.filter((e) => e.run !== run && e.expires > now);
  if (others.length === 0) return "go";
  if (firstLook || others.some((e) => e.active)) return "wait";
  const mine = entries.find((e) => e.run === run);
  if (!mine) return "wait";
  const older = (a: LockEntry, b: LockEntry) =>
    a.since < b.since || (a.since === b.since && a.run < b.run);
  return others.some((e) => older(e, mine)) ? "wait" : "go";
}

/** Entries no longer live: whoever sees them removes them. */
export function expiredEntries(entries: readonly LockEntry[], now: number): LockEntry[] {
  return entries.filter((e) => e.expires <= now);
}
