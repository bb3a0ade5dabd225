// What the add-in keeps in the workbook's settings: the bindings' JSON (see app/bindings) and
// each writer's lock entry (see app/ownership/lock).
import {
  SETTINGS_KEY,
  emptyBindings,
  parseBindings,
  serializeBindings,
  type Bindings,
} from "../app/bindings";
import { LOCK_PREFIX, lockKey, parseLockEntry, type LockEntry } from "../app/ownership/lock";

/** Queues reading the bindings into the current request. */
export function queueLoadBindings(context: Excel.RequestContext): () => Bindings {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  // Read by the caller after its sync: the read shares the operation's one request.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? emptyBindings() : parseBindings(item.value));
}

/** Queues reading every setting the add-in keeps: bindings and writers' lock entries. */
export function queueLoadSettings(
  context: Excel.RequestContext,
): () => { bindings: Bindings; locks: LockEntry[] } {
  const items = context.workbook.settings;
  items.load("items/key,items/value");
  // Read by the caller after its sync.
  return () => {
    const bindings = items.items.find((i) => i.key === SETTINGS_KEY);
    const locks = items.items
      .filter((i) => i.key.startsWith(LOCK_PREFIX))
      .map((i) => parseLockEntry(i.value))
      .filter((e): e is LockEntry => e !== null);
    return { bindings: bindings ? parseBindings(bindings.value) : emptyBindings(), locks };
  };
}

/** Queues writing the bindings into the current request. */
export function queueSaveBindings(context: Excel.RequestContext, bindings: Bindings): void {
  context.workbook.settings.add(SETTINGS_KEY, serializeBindings(bindings));
}

/** Queues adding (or renewing) a writer's lock entry. */
export function queueLockEntry(context: Excel.RequestContext, entry: LockEntry): void {
  context.workbook.settings.add(lockKey(entry.run), JSON.stringify(entry));
}

/** Queues removing this run's lock entry (it exists: the run's first read added it). */
export function queueDropLockEntries(context: Excel.RequestContext, runs: readonly string[]): void {
  for (const run of runs) context.workbook.settings.getItem(lockKey(run)).delete();
}

/** Removes this run's lock entry if it is still there (after a refusal or a failed read). */
export async function dropLockEntry(context: Excel.RequestContext, run: string): Promise<void> {
  const item = context.workbook.settings.getItemOrNullObject(lockKey(run));
  item.load("key");
  await context.sync();
  if (item.isNullObject) return;
  item.delete();
  await context.sync();
}
