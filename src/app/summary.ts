import { flagScheme, type SchemeName } from "../core/flags";
import {
  mergePlans,
  reminderSlipsPlan,
  summaryPlan,
  summaryView,
  type Plan,
  type SummaryInput,
} from "../core/plan";
import type { ReadLedgerResult } from "../core/read";
import {
  formatAmountWan,
  formatCount,
  formatPercent,
  summarize,
  type Caveat,
  type ReminderSlip,
  type Summary,
  type TableInfo,
  type ValueFormat,
} from "../core/summary";
import type { Lang } from "../core/model";

export interface HeadlineItem {
  label: string;
  value: string;
}

/** What 汇总 shows after writing the sheet: the figures and the 工作简报 text. */
export interface SummaryFigures {
  asOf: string;
  headline: HeadlineItem[];
  narrative: string;
  reminderSlips: number;
}

export interface SummaryChoice {
  asOf: string;
  scheme: SchemeName;
  dueSoonDays: number;
  /** Also write 工作提示单 (one per responsible person or unit). */
  slips: boolean;
}

function formatted(value: string | number, format: ValueFormat | undefined, lang: Lang) {
  if (typeof value === "string") return value;
  if (format === "percent") return formatPercent(value);
  if (format === "amount") return formatAmountWan(value, lang);
  return formatCount(value, lang);
}

/** The sheets as the summary lists them, with the reader's error counts. */
export function tablesOf(results: readonly ReadLedgerResult[]): TableInfo[] {
  return results.map((r) => ({
    file: r.file ?? null,
    sheet: r.sheet,
    kind: String(r.kind),
    title: r.schema.title ?? String(r.kind),
    rows: r.rowCount,
    errors: Object.values(r.errorCounts).reduce((s: number, n) => s + (n ?? 0), 0),
  }));
}

/** Validated ledgers → the summary, the same in every front end. */
export function summaryOf(
  results: readonly ReadLedgerResult[],
  choice: Pick<SummaryChoice, "asOf" | "scheme" | "dueSoonDays">,
  caveats: readonly Caveat[] = [],
): Summary {
  return summarize(results, {
    asOf: choice.asOf,
    scheme: flagScheme(choice.scheme, { dueSoonDays: choice.dueSoonDays }),
    tables: tablesOf(results),
    caveats,
  });
}

/** Validated ledgers → the summary (and slips) plan and the figures the pane shows. */
export function summaryWork(
  results: readonly ReadLedgerResult[],
  choice: SummaryChoice,
  lang: Lang,
  caveats: readonly Caveat[] = [],
): { plan: Plan; figures: SummaryFigures } {
  const { view, reminders, figures } = summaryParts(results, choice, lang, caveats);
  const plans = [summaryPlan(view)];
  if (choice.slips && reminders.length > 0) plans.push(reminderSlipsPlan(reminders, choice.asOf));
  return { plan: mergePlans(...plans), figures };
}

/**
 * What the plans and the pane need of the summary. A function of its own so that the summary —
 * every figure's rows, the overdue items, the flags — is let go before the sheets' values are
 * built: holding it beside them made the summary phase's high point.
 */
function summaryParts(
  results: readonly ReadLedgerResult[],
  choice: SummaryChoice,
  lang: Lang,
  caveats: readonly Caveat[],
): { view: SummaryInput; reminders: ReminderSlip[]; figures: SummaryFigures } {
  const summary = summaryOf(results, choice, caveats);
  return {
    view: summaryView(summary, lang),
    reminders: choice.slips ? summary.reminders : [],
    figures: {
      asOf: choice.asOf,
      headline: summary.headline.map((h) => ({
        label: h.label[lang],
        value: h.figure.value === null ? "—" : formatted(h.figure.value, h.format, lang),
      })),
      narrative: summary.narrative[lang],
      reminderSlips: choice.slips ? summary.reminders.length : 0,
    },
  };
}
