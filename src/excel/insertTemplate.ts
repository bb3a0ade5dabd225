import type { TemplateDescriptor } from "../core/plan/inputs";
import { templatePlan } from "../core/plan/templatePlan";
import { executePlan, type ExecuteResult } from "./executePlan";
import { readWorkbook } from "./readWorkbook";
import type { Supports } from "./support";

/** A new, empty ledger sheet from a descriptor: one survey request and one write request. */
export async function insertTemplate(
  context: Excel.RequestContext,
  descriptor: TemplateDescriptor,
  supports: Supports,
  options: { eventsOff?: boolean } = {},
): Promise<ExecuteResult> {
  const { survey } = await readWorkbook(context, [], supports);
  return executePlan(context, templatePlan(descriptor), {
    survey,
    sheets: [],
    supports,
    activate: true,
    ...(options.eventsOff ? { eventsOff: true } : {}),
  });
}
