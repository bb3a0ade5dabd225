import { summarize } from "../../../src/core/summary";
import type { Plan } from "../../../src/core/plan/types";
import {
  issueReportPlan,
  mergePlans,
  reminderSlipsPlan,
  summaryPlan,
  summaryView,
} from "../../../src/core/plan";
import { readLedger } from "../../../src/core/read";
import type { SheetInput } from "../../../src/core/model/cell";

export const AS_OF = "2021-06-30";

/** What the task pane does on 生成汇总: read, summarise, lay out summary + issues + slips. */
export function summaryPlans(
  sheets: readonly SheetInput[],
  scheme: "flags" | "lights" = "flags",
): Plan {
  const results = sheets.map((s) => readLedger(s, { kind: "problem", contextYear: 2021 }));
  const summary = summarize(results, { asOf: AS_OF, scheme });
  const errors = results.flatMap((r) => r.errors.map((e) => ({ ...e, sheet: r.sheet })));
  return mergePlans(
    summaryPlan(summaryView(summary)),
    issueReportPlan(errors),
    reminderSlipsPlan(summary.reminders, AS_OF),
  );
}
