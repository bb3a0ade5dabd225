import { queueLoadBindings, type Bindings } from "./bindings";

/** The workbook's bindings, for the task pane when it opens: one request. */
export async function loadBindings(context: Excel.RequestContext): Promise<Bindings> {
  const bindings = queueLoadBindings(context);
  await context.sync();
  return bindings();
}
