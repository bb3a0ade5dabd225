import type { Bindings } from "../app/bindings";
import { queueLoadBindings, queueSaveBindings } from "./bindingSettings";

/** Reads the stored bindings, changes them and stores the result: two requests. */
export async function updateBindings(
  context: Excel.RequestContext,
  change: (bindings: Bindings) => Bindings,
): Promise<Bindings> {
  const stored = queueLoadBindings(context);
  await context.sync();
  const next = change(stored());
  queueSaveBindings(context, next);
  await context.sync();
  return next;
}
