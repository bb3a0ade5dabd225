import type { RowRef } from "../model/rowRef";
import type { Summary } from "../summary/types";
import type { SummaryChartInput, SummaryInput, SummaryTableInput } from "./inputs";

import type { Lang } from "../model/lang";

const T = {
  title: { zh: "台账工作汇总", en: "Ledger summary" },
  byOffice: { zh: "各院整改进展", en: "Progress by office" },
  office: { zh: "院", en: "Office" },
  problems: { zh: "问题", en: "Problems" },
  causes: { zh: "原因", en: "Causes" },
  measures: { zh: "措施", en: "Measures" },
  done: { zh: "已完成", en: "Done" },
  inProgress: { zh: "正在推进", en: "In progress" },
  notStarted: { zh: "未完成", en: "Not done" },
  unknown: { zh: "状态无法识别", en: "Status unreadable" },
  closed: { zh: "已销号", en: "Closed" },
  overdue: { zh: "超期", en: "Overdue" },
  completionRate: { zh: "完成率", en: "Completion" },
  overdueList: { zh: "超期未完成事项", en: "Overdue items" },
  item: { zh: "事项", en: "Item" },
  person: { zh: "责任人", en: "Responsible" },
  deadline: { zh: "完成时限", en: "Deadline" },
  late: { zh: "超期天数", en: "Days late" },
  place: { zh: "位置", en: "Where" },
  caveats: { zh: "说明", en: "Notes" },
  caveat: { zh: "未计入或无法统计的内容", en: "What the figures leave out" },
  progress: { zh: "进度评分", en: "Progress score" },
  score: { zh: "得分", en: "Score" },
  category: { zh: "院", en: "Office" },
} as const;

/** Where an item is: its file (when the summary reads several), sheet and row. */
function placeOf(ref: RowRef, lang: Lang): string {
  const file = ref.file === undefined ? "" : lang === "zh" ? `${ref.file} ` : `${ref.file}, `;
  return lang === "zh"
    ? `${file}“${ref.sheet}”第${ref.row}行`
    : `${file}"${ref.sheet}" row ${ref.row}`;
}

/** The core's summary laid out for a sheet: headline, tables, the data behind each chart. */
export function summaryView(summary: Summary, lang: Lang = "zh"): SummaryInput {
  const t = (k: keyof typeof T) => T[k][lang];
  const tables: SummaryTableInput[] = [];
  const section = summary.problem ?? summary.measure;
  if (section) {
    const problemColumns = summary.problem
      ? [
          { key: "problems", title: t("problems"), format: "integer" as const },
          { key: "causes", title: t("causes"), format: "integer" as const },
        ]
      : [];
    // 状态无法识别 only when some item has it: a column of zeros would say nothing.
    const unknown = (section.totals.unknown?.value ?? 0) > 0 ? (["unknown"] as const) : [];
    const progress = (
      ["measures", "done", "inProgress", "notStarted", ...unknown, "closed", "overdue"] as const
    ).map((key) => ({
      key,
      title: t(key),
      format: "integer" as const,
    }));
    tables.push({
      key: "byOffice",
      title: t("byOffice"),
      columns: [
        { key: "office", title: t("office"), format: "text" },
        ...problemColumns,
        ...progress,
        { key: "completionRate", title: t("completionRate"), format: "percent" },
      ],
      rows: section.byOffice.map((o) => {
        const row: Record<string, string | number | null> = { office: o.office ?? "" };
        for (const [key, figure] of Object.entries(o)) {
          if (typeof figure === "object" && figure !== null && "value" in figure)
            row[key] = figure.value;
        }
        return row;
      }),
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
    tables.push({
      key: "progress",
      title: t("progress"),
      columns: [
        { key: "office", title: t("office"), format: "text" },
        { key: "score", title: t("score"), format: "amount" },
      ],
      rows: summary.progress.map((p) => ({ office: p.office, score: p.score })),
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
    tables,
    charts,
  };
}
