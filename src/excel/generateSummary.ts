import type { Plan } from "../core/plan/types";
import { executePlan, type ExecuteResult } from "./executePlan";
import { readWorkbook, type SheetRead } from "./readWorkbook";
import type { Supports } from "./support";

export interface SummaryRequest {
  /** The ledger sheets to read. */
  sheets: readonly string[];
  /** Core work: read sheets → summary (and issue list, reminder slips) → one plan. */
  build: (sheets: readonly SheetRead[]) => Plan;
  supports: Supports;
}

/**
 * Generates the owned summary sheets: one read request, one write request, one request to record
 * the new sheets' ids. The old summary is removed only after the new one is fully written.
 */
export async function generateSummary(
  context: Excel.RequestContext,
  request: SummaryRequest,
): Promise<ExecuteResult> {
  const { survey, sheets } = await readWorkbook(context, request.sheets, request.supports);
  const plan = request.build(sheets);
  return executePlan(context, plan, { survey, sheets, supports: request.supports, activate: true });
}
