import type { Figure } from "../rollup/rowRef";
import { progressColumns } from "../summary/layout";
import type { RowRef } from "../model/rowRef";
import type { Summary } from "../summary/types";
import type { Lang } from "../model/lang";
import type { ProgressScore } from "../rollup/progressScore";
import type { SummaryChartInput, SummaryInput, SummaryTableInput } from "./inputs";
import { flagLegend } from "./legend";

const T = {
  title: { zh: "台账工作汇总", en: "Ledger summary" },
  byOffice: { zh: "各院整改进展", en: "Progress by office" },
  office: { zh: "院", en: "Office" },
  noOffice: { zh: "（未填院名）", en: "(no office)" },
  total: { zh: "合计", en: "Total" },
  overdueList: { zh: "超期未完成事项", en: "Overdue items" },
  item: { zh: "事项", en: "Item" },
  person: { zh: "责任人", en: "Responsible" },
  deadline: { zh: "完成时限", en: "Deadline" },
  late: { zh: "超期天数", en: "Days late" },
  place: { zh: "位置", en: "Where" },
  caveats: { zh: "说明", en: "Notes" },
  caveat: { zh: "未计入或无法统计的内容", en: "What the figures leave out" },
  progress: { zh: "进度得分", en: "Progress score" },
  score: { zh: "得分", en: "Score" },
  rank: { zh: "排名", en: "Rank" },
  legend: { zh: "标识说明", en: "What the flags mean" },
  category: { zh: "院", en: "Office" },
} as const;

/**
 * Where an item is: its file (when the summary reads several), sheet and row. Joined rather than
 * written as a template: that would leave a chain of concatenation nodes per overdue item, kept as
 * long as the plan is (to the end of the write), where join makes one flat string.
 */
function placeOf(ref: RowRef, lang: Lang): string {
  const file = ref.file === undefined ? "" : lang === "zh" ? `${ref.file} ` : `${ref.file}, `;
  return lang === "zh"
    ? [file, "“", ref.sheet, "”第", ref.row, "行"].join("")
    : [file, '"', ref.sheet, '" row ', ref.row].join("");
}

/** The core's summary laid out for a sheet: headline, tables, the data behind each chart. */
export function summaryView(summary: Summary, lang: Lang = "zh"): SummaryInput {
  const t = (k: keyof typeof T) => T[k][lang];
  const tables: SummaryTableInput[] = [];
  const section = summary.problem ?? summary.measure;
  if (section) {
    // 状态无法识别 only when some item has it: a column of zeros would say nothing.
    const columns = progressColumns(summary.problem !== undefined, {
      unknown: (section.totals.unknown?.value ?? 0) > 0,
    });
    const rowOf = (office: string, figures: Record<string, unknown>) => {
      const row: Record<string, string | number | null> = { office };
      for (const c of columns) row[c.key] = (figures[c.key] as Figure | undefined)?.value ?? null;
      return row;
    };
    tables.push({
      key: "byOffice",
      title: t("byOffice"),
      columns: [
        { key: "office", title: t("office"), format: "text" },
        ...columns.map((c) => ({ key: c.key, title: c.title[lang], format: c.format })),
      ],
      rows: [
        ...section.byOffice.map((o) => rowOf(o.office ?? t("noOffice"), o)),
        rowOf(t("total"), section.totals),
      ],
    });
  }
  const charts: SummaryChartInput[] = [];
  for (const spec of summary.charts) {
    tables.push({
      key: spec.key,
      title: spec.title[lang],
      columns: [
        { key: "category", title: t("category"), format: "text" },
        ...spec.series.map((s) => ({ key: s.key, title: s.label[lang], format: spec.valueFormat })),
      ],
      rows: spec.categories.map((category, i) => ({
        category,
        ...Object.fromEntries(spec.series.map((s) => [s.key, s.values[i] ?? null])),
      })),
    });
    charts.push({
      key: spec.key,
      kind: spec.kind,
      title: spec.title[lang],
      table: spec.key,
      category: "category",
      series: spec.series.map((s) => ({
        key: s.key,
        title: s.label[lang],
        ...(s.color ? { color: s.color } : {}),
      })),
    });
  }
  if (summary.overdue.length > 0) {
    tables.push({
      key: "overdue",
      title: t("overdueList"),
      columns: [
        { key: "office", title: t("office"), format: "text" },
        { key: "item", title: t("item"), format: "text" },
        { key: "person", title: t("person"), format: "text" },
        { key: "deadline", title: t("deadline"), format: "date" },
        { key: "late", title: t("late"), format: "integer" },
        { key: "place", title: t("place"), format: "text" },
      ],
      rows: summary.overdue.map((o) => ({
        office: o.office ?? "",
        item: o.item,
        person: o.responsiblePerson ?? o.responsibleUnit ?? "",
        deadline: o.deadline,
        late: o.daysLeft === null ? null : -o.daysLeft,
        place: placeOf(o.row, lang),
      })),
    });
  }
  if (summary.caveats.length > 0) {
    tables.push({
      key: "caveats",
      title: t("caveats"),
      columns: [{ key: "caveat", title: t("caveat"), format: "text" }],
      rows: summary.caveats.map((c) => ({ caveat: c.message[lang] })),
    });
  }
  if (summary.progress.length > 0) {
    const ranks = denseRanks(summary.progress.map((p) => p.score));
    tables.push({
      key: "progress",
      title: t("progress"),
      note: progressNote(summary.progress, lang),
      columns: [
        { key: "office", title: t("office"), format: "text" },
        { key: "score", title: t("score"), format: "amount" },
        { key: "rank", title: t("rank"), format: "integer" },
      ],
      rows: summary.progress.map((p, i) => ({
        office: p.office,
        score: p.score,
        rank: ranks[i] ?? null,
      })),
    });
  }
  return {
    asOf: summary.asOf,
    title: t("title"),
    headline: summary.headline.map((h) => ({
      label: h.label[lang],
      value: h.figure.value ?? "—",
      format: h.format,
    })),
    narrative: summary.narrative[lang],
    legend: {
      title:
        lang === "zh"
          ? `${t("legend")}（${summary.scheme.title.zh}）`
          : `${t("legend")} (${summary.scheme.title.en})`,
      entries: flagLegend(summary.scheme, lang).map(({ label, meaning, fill, font }) => ({
        label,
        meaning,
        fill,
        font,
      })),
    },
    tables,
    charts,
  };
}

/**
 * 中国式排名: tied scores share a place and the next place follows on (1, 1, 2), as Chinese
 * reports expect (Excel's RANK would give 1, 1, 3). Offices without a score have no place.
 */
export function denseRanks(scores: readonly (number | null)[]): (number | null)[] {
  const distinct = [...new Set(scores.filter((s): s is number => s !== null))].sort(
    (a, b) => b - a,
  );
  return scores.map((s) => (s === null ? null : distinct.indexOf(s) + 1));
}

/** How the score is made, in one line: its parts and weights, and how places are given. */
function progressNote(progress: readonly ProgressScore[], lang: Lang): string {
  const parts = progress[0]?.components ?? [];
  if (lang === "zh") {
    const sum = parts.map((c) => `${c.label.zh}×${c.weight}%`).join("＋");
    return `得分＝${sum}（满分100分，无数据的项不计、其余按权重折算）；排名为中国式排名（并列同名次，后续名次不跳位）。`;
  }
  const sum = parts.map((c) => `${c.label.en.toLowerCase()} × ${c.weight}%`).join(" + ");
  return `Score = ${sum} (out of 100; a part with no data is left out and the rest re-weighted). Ties share a place and the next place follows on (1, 1, 2).`;
}
