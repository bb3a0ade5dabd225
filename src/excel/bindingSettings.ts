// Where Excel keeps the bindings: one workbook setting holding their JSON (see app/bindings).
import {
  SETTINGS_KEY,
  emptyBindings,
  parseBindings,
  serializeBindings,
  type Bindings,
} from "../app/bindings";

/** Queues reading the bindings into the current request. */
export function queueLoadBindings(context: Excel.RequestContext): () => Bindings {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  // Read by the caller after its sync: the read shares the operation's one request.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? emptyBindings() : parseBindings(item.value));
}

/** Queues writing the bindings into the current request. */
export function queueSaveBindings(context: Excel.RequestContext, bindings: Bindings): void {
  context.workbook.settings.add(SETTINGS_KEY, serializeBindings(bindings));
}
