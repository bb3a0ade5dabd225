// 合并报送's write, apart from the reading and planning (src/app/consolidate.ts) so that a front
// end that builds the plan elsewhere (the task pane: in its worker) loads only this on its page.
import type { Repeat, Submission } from "../core/consolidate";
import type { Plan, PlanNote } from "../core/plan";
import type { WorkbookHost } from "./host";
import type { SummaryFigures } from "./summary";

export interface ConsolidateOutcome {
  submission: Submission;
  repeats: Repeat[];
  merged: { kind: string; title: string; sheet: string; rows: number }[];
  figures: SummaryFigures;
  /** Sheets written, in tab order. */
  sheets: string[];
}

/**
 * What the consolidation writes and tells, built from the files alone (no host): the plan of
 * 报送情况, the merged sheets, 重复编号 and 台账汇总, and the outcome before the write names the
 * sheets. Plain data, so the pane builds it in its worker and only the write runs on the page.
 */
export interface ConsolidationWork {
  plan: Plan;
  outcome: Omit<ConsolidateOutcome, "sheets">;
}

/**
 * Writes built work into `host`: the host's survey (names taken, its own sheets found by their
 * marks, one a person typed in kept) decides the final names, so the plan is only handed over.
 */
export async function writeConsolidation(
  host: WorkbookHost,
  work: ConsolidationWork,
): Promise<{ outcome: ConsolidateOutcome; notes: PlanNote[] }> {
  const written = await host.write({ sheets: [], build: () => ({ plan: work.plan }) });
  const state = await host.state();
  const ours = new Set(Object.values(written.sheetNames));
  return {
    outcome: {
      ...work.outcome,
      merged: work.outcome.merged.map((m) => ({
        ...m,
        sheet: written.sheetNames[`merged:${m.kind}`] ?? m.sheet,
      })),
      sheets: state.sheets.map((s) => s.name).filter((n) => ours.has(n)),
    },
    notes: written.notes,
  };
}
