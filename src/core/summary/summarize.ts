// One function: ledgers + as-of date + options → the whole summary. Pure: the as-of date is an
// argument (the call site chooses "today"), so a summary can be reproduced for any past date.
import { isIsoDate } from "../dates/iso";
import { flagDistributionOfScans } from "../flags/distribution";
import type { FlagScheme } from "../flags/scheme";
import { flagScheme, type SchemeName, type SchemeOptions } from "../flags/schemes";
import { LEDGER_SCHEMAS, isLedgerKind } from "../ledgers";
import type { Ledger } from "../model/ledger";
import { indicatorValues, zeroBreakthroughs } from "../rollup/indicators";
import { officeRegistry } from "../rollup/officeRegistry";
import { sixOnes, staffModel } from "../rollup/programme";
import { progressScores, type ProgressOptions } from "../rollup/progressScore";
import type { Figure } from "../rollup/rowRef";
import { sumFigure } from "../rollup/rowRef";
import { scanLedger, type RollupContext } from "../rollup/scan";
import { completionChart, flagsChart } from "./charts";
import { openItems, overdueItems } from "./items";
import { narrative, type NarrativeOptions } from "./narrative";
import { isReminded, reminderSlips, type ReminderOptions } from "./reminders";
import { caveatsOf, type Caveat } from "./caveats";
import { scopeOf } from "./scope";
import {
  activitySection,
  exchangeSection,
  fundingSection,
  measureSection,
  petitionSection,
  problemSection,
  reviewSection,
} from "./sections/index";
import type { ChartSpec, HeadlineFigure, Summary, TableInfo } from "./types";

export interface SummaryOptions extends NarrativeOptions {
  /** ISO date the summary is computed for ("截至…"). Required: the core never reads the clock. */
  asOf: string;
  /** 挂图作战 ("flags", default), 督办亮灯 ("lights"), or a scheme of one's own. */
  scheme?: SchemeName | FlagScheme;
  schemeOptions?: SchemeOptions;
  progress?: ProgressOptions;
  reminders?: ReminderOptions;
  /** The sheets as the reader reported them (with error counts); derived from the ledgers if absent. */
  tables?: TableInfo[];
  /** Caveats over the whole set that only the caller sees (a consolidation's repeated keys). */
  caveats?: readonly Caveat[];
}

/** Throws a RangeError for an as-of date that is not "YYYY-MM-DD" (a bad call, not bad data). */
export function summarize(ledgers: readonly Ledger[], options: SummaryOptions): Summary {
  if (!isIsoDate(options.asOf))
    throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD): ${options.asOf}`);
  const scheme =
    typeof options.scheme === "object"
      ? options.scheme
      : flagScheme(options.scheme ?? "flags", options.schemeOptions);
  const registry = officeRegistry(ledgers);
  const context: RollupContext = { asOf: options.asOf, registry, scans: new WeakMap() };
  const tables =
    options.tables ??
    ledgers.map((ledger) => ({
      file: ledger.file ?? null,
      sheet: ledger.sheet,
      kind: ledger.kind,
      title: tableTitle(ledger),
      rows: ledger.rows.length,
      errors: 0,
    }));

  const problem = problemSection(ledgers, context);
  const measure = measureSection(ledgers, context);
  const petition = petitionSection(ledgers, context);
  const review = reviewSection(ledgers, context);
  const funding = fundingSection(ledgers, context);
  const activity = activitySection(ledgers, context);
  const exchange = exchangeSection(ledgers, context);
  const pairs = sixOnes(ledgers);
  const hasKind = (kind: string) => ledgers.some((ledger) => ledger.kind === kind);
  const pairing = hasKind("pairing")
    ? { sixOnes: pairs, staffModel: staffModel(ledgers) }
    : undefined;
  const performance = hasKind("performance")
    ? { zeroBreakthroughs: zeroBreakthroughs(indicatorValues(ledgers, registry)) }
    : undefined;

  // Flags follow the problem ledger; with none, the assistance measures.
  const flagKind = problem ? "problem" : measure ? "measure" : undefined;
  const flags =
    flagKind === undefined
      ? undefined
      : flagDistributionOfScans(
          ledgers.filter((l) => l.kind === flagKind).map((l) => scanLedger(l, context)),
          scheme,
        );
  const reminderOptions = { withinDays: scheme.dueSoonDays, ...options.reminders };
  // Only the items the overdue list or a slip shows (every overdue item is on a slip).
  const open = openItems(ledgers, context, (state) => isReminded(state, reminderOptions));
  const reminders = reminderSlips(open, reminderOptions);
  const progress = progressScores(ledgers, context, options.progress);

  const parts = {
    asOf: options.asOf,
    scheme,
    tables,
    ...(problem && { problem }),
    ...(measure && { measure }),
    ...(petition && { petition }),
    ...(review && { review }),
    ...(funding && { funding }),
    ...(pairing && { pairing }),
    ...(performance && { performance }),
    ...(activity && { activity }),
    ...(exchange && { exchange }),
    ...(flags && { flags }),
    overdue: overdueItems(open),
    reminders,
    progress,
    caveats: [...caveatsOf(ledgers, context), ...(options.caveats ?? [])],
    scope:
      options.scope === undefined
        ? scopeOf(officesOf(problem ?? measure), registry)
        : { basis: "unknown" as const, label: options.scope },
  };
  const charts: ChartSpec[] = [];
  if (flags) charts.push(flagsChart(flags));
  const progressSection = problem ?? measure;
  if (progressSection) charts.push(completionChart(progressSection));
  return {
    ...parts,
    headline: headline(parts),
    charts,
    narrative: { zh: narrative(parts, "zh"), en: narrative(parts, "en") },
  };
}

/** The named offices of the section the narrative describes. */
function officesOf(section: { byOffice: Array<{ office: string | null }> } | undefined): string[] {
  return (section?.byOffice ?? []).flatMap((o) => (o.office === null ? [] : [o.office]));
}

function headline(parts: Omit<Summary, "headline" | "charts" | "narrative">): HeadlineFigure[] {
  const figures: HeadlineFigure[] = [];
  const add = (
    key: string,
    zh: string,
    en: string,
    figure: Figure | undefined,
    format: HeadlineFigure["format"] = "integer",
  ) => {
    if (figure !== undefined) figures.push({ key, label: { zh, en }, figure, format });
  };
  const p = parts.problem?.totals;
  if (p) {
    add("offices", "薄弱院", "Weak offices", p.offices);
    add("problems", "查找问题", "Problems", p.problems);
    add("causes", "分析原因", "Causes", p.causes);
  }
  const t = parts.problem?.totals ?? parts.measure?.totals;
  if (t) {
    add("measures", "推进措施", "Measures", t.measures);
    add("completed", "已完成", "Done", sumFigure(t.done, t.closed));
    add("completionRate", "完成率", "Completion rate", t.completionRate, "percent");
    add("overdue", "超期未完成", "Overdue", t.overdue);
  }
  const petition = parts.petition?.totals;
  if (petition) {
    add("petitionsReceived", "受理困难问题", "Difficulties reported", petition.received);
    add(
      "petitionsHandled",
      "已答复或协调解决",
      "Answered or resolved",
      sumFigure(petition.answered, petition.resolved),
    );
  }
  const review = parts.review?.totals;
  if (review) {
    add("reviewed", "评查案件", "Cases reviewed", review.reviewed);
    add("flawedRate", "瑕疵及不合格占比", "Flawed or unqualified", review.flawedRate, "percent");
  }
  const funding = parts.funding?.totals;
  if (funding)
    add("fundingWan", "援助资金（万元）", "Funding (10k yuan)", funding.amountWan, "amount");
  return figures;
}

/** A ledger's kind as the user reads it: its descriptor's title (a read ledger carries its
 * descriptor; a built-in kind has one), else the kind's own name. */
function tableTitle(ledger: Ledger & { schema?: { title?: string } }): string {
  const builtIn = isLedgerKind(ledger.kind) ? LEDGER_SCHEMAS[ledger.kind].title : undefined;
  return ledger.schema?.title ?? builtIn ?? String(ledger.kind);
}
