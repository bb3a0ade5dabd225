// The stable JSON of `taizhang summarize --json` (documented field by field in docs/cli.md).
// Figures become plain numbers (rows stay in the summary model), rates stay fractions, and a
// ledger kind absent from the input is absent from the object.
import type { Figure } from "../rollup/rowRef";
import type { Lang } from "./format";
import { progressColumns } from "./layout";
import { UNKNOWN_STATE } from "../flags/schemes";
import { staffColumnsMissing } from "./narrative";
import type { ProblemFigures, ProgressFigures, Summary } from "./types";

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const v = (figure: Figure | undefined): number | null => figure?.value ?? null;

/** The flags total's entry for items whose state is unknown. */
const UNKNOWN_FLAG = UNKNOWN_STATE.label;

/** A problem ledger's figures per office and category, as the progress table lists them. */
const OFFICE_KEYS = progressColumns(true).map((c) => c.key);
const PROBLEM_KEYS = ["offices", ...OFFICE_KEYS] as const;
/** Assistance measures have no 销号 column of their own: done counts closed rows too (below). */
const MEASURE_KEYS = progressColumns(false)
  .map((c) => c.key)
  .filter((key): key is keyof ProgressFigures => key !== "closed");

function pick<K extends string>(
  figures: Record<K, Figure>,
  keys: readonly K[],
): Record<string, JsonValue> {
  return Object.fromEntries(keys.map((key) => [key, v(figures[key])]));
}

export function summaryToJson(
  summary: Summary,
  options: { lang?: Lang } = {},
): { [key: string]: JsonValue } {
  const lang = options.lang ?? "zh";
  const json: { [key: string]: JsonValue } = {
    asOf: summary.asOf,
    scheme: summary.scheme.id,
    tables: summary.tables.map((t) => ({
      file: t.file,
      sheet: t.sheet,
      kind: t.kind,
      rows: t.rows,
      errors: t.errors,
    })),
  };
  if (summary.problem) {
    const problem = summary.problem;
    json.problem = {
      totals: pick<keyof ProblemFigures>(problem.totals, PROBLEM_KEYS),
      byOffice: problem.byOffice.map((office) => ({
        office: office.office,
        ...pick<keyof ProblemFigures>(office, OFFICE_KEYS),
        byCategory: Object.fromEntries(
          Object.entries(office.byCategory).map(([category, figure]) => [category, v(figure)]),
        ),
      })),
      byCategory: problem.byCategory.map((category) => ({
        category: category.category,
        ...pick<keyof ProblemFigures>(category, OFFICE_KEYS),
      })),
    };
  }
  if (summary.measure) {
    // Assistance measures have no 销号 column of their own: done here counts closed rows too.
    const t = summary.measure.totals;
    json.measure = {
      totals: {
        ...pick<keyof ProgressFigures>(t, MEASURE_KEYS),
        done: (t.done.value ?? 0) + (t.closed.value ?? 0),
      },
    };
  }
  if (summary.petition) {
    const t = summary.petition.totals;
    json.petition = {
      totals: pick(t, ["received", "answered", "resolved", "pending", "unknown"]),
    };
  }
  if (summary.review) {
    const t = summary.review.totals;
    json.review = { totals: pick(t, ["reviewed", "flawed", "unqualified", "flawedRate"]) };
  }
  if (summary.funding) {
    const t = summary.funding.totals;
    json.funding = { totals: pick(t, ["amountWan", "transfers"]) };
  }
  if (summary.pairing) {
    const pairs = summary.pairing.sixOnes;
    const items = pairs.reduce((sum, p) => sum + p.total, 0);
    const hasExchange =
      summary.tables.some((t) => t.kind === "exchange") && !staffColumnsMissing(summary);
    json.pairing = {
      totals: {
        pairs: pairs.length,
        sixOnesComplete: pairs.filter((p) => p.complete).length,
        sixOnesRate: items === 0 ? null : pairs.reduce((sum, p) => sum + p.done, 0) / items,
        staffModelMet: hasExchange ? summary.pairing.staffModel.filter((p) => p.met).length : null,
      },
    };
  }
  if (summary.activity) {
    const t = summary.activity.totals;
    json.activity = {
      totals: {
        activities: v(t.activities),
        byType: Object.fromEntries(
          Object.entries(t.byType).map(([type, figure]) => [type, v(figure)]),
        ),
      },
    };
  }
  if (summary.exchange) {
    const figures = (byType: Record<string, Figure>) =>
      Object.fromEntries(Object.entries(byType).map(([type, figure]) => [type, v(figure)]));
    json.exchange = {
      totals: {
        exchanges: v(summary.exchange.totals.exchanges),
        byType: figures(summary.exchange.totals.byType),
      },
      byOffice: summary.exchange.byOffice.map((office) => ({
        office: office.office,
        exchanges: v(office.exchanges),
        byType: figures(office.byType),
      })),
    };
  }
  if (summary.performance) {
    json.performance = {
      zeroBreakthroughs: summary.performance.zeroBreakthroughs.map((b) => ({
        office: b.office,
        indicator: b.indicator,
        period: b.period,
        value: b.value,
      })),
    };
  }
  if (summary.flags) {
    const unknown = summary.flags.unknown.value ?? 0;
    json.flags = {
      // Items whose state is unknown carry no flag: counted apart, under their own words.
      total: Object.fromEntries([
        ...summary.flags.total.map((flag) => [flag.label[lang], v(flag.count)]),
        ...(unknown > 0 ? [[UNKNOWN_FLAG[lang], unknown]] : []),
      ]),
      byOffice: summary.flags.byOffice.map((office) => ({
        office: office.office,
        flags: Object.fromEntries(office.flags.map((flag) => [flag.label[lang], v(flag.count)])),
      })),
    };
  }
  json.overdue = summary.overdue.map((item) => ({
    office: item.office,
    item: item.item,
    responsible: item.responsiblePerson ?? item.responsibleUnit,
    deadline: item.deadline,
    daysOverdue: item.daysLeft === null ? null : -item.daysLeft,
    file: item.row.file ?? null,
    sheet: item.row.sheet,
    row: item.row.row,
  }));
  json.progress = summary.progress.map((p) => ({
    office: p.office,
    score: p.score,
    components: Object.fromEntries(p.components.map((c) => [c.name, c.value])),
    weights: Object.fromEntries(p.components.map((c) => [c.name, c.weight])),
  }));
  // Like an absent ledger kind, an unknown scope and an empty list of caveats are absent.
  if (summary.scope.label[lang] !== "") json.scope = summary.scope.label[lang];
  if (summary.caveats.length > 0)
    json.caveats = summary.caveats.map((caveat) => ({
      type: caveat.type,
      file: caveat.file,
      sheet: caveat.sheet,
      kind: caveat.kind,
      ...(caveat.type === "missing-field"
        ? { field: caveat.field, title: caveat.title }
        : caveat.type === "repeated-keys"
          ? { count: caveat.count }
          : { count: caveat.count, rows: caveat.rows.map((ref) => ref.row) }),
      message: caveat.message[lang],
    }));
  json.narrative = summary.narrative[lang];
  return json;
}
