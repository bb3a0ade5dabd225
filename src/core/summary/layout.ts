// The columns of the progress tables, written once: the summary sheet's 各院整改进展, the command
// line's per-office table and the JSON key lists all take their keys, order, titles and formats
// from here.
import type { LocalText } from "../rollup/localText";
import { PROGRESS_FIGURES, type ProblemFigures, type ValueFormat } from "./types";

export type ProgressColumnKey = Exclude<keyof ProblemFigures, "offices">;

export interface ProgressColumn {
  key: ProgressColumnKey;
  title: LocalText;
  format: ValueFormat;
}

const TITLES: Record<ProgressColumnKey, LocalText> = {
  problems: { zh: "问题", en: "Problems" },
  causes: { zh: "原因", en: "Causes" },
  measures: { zh: "措施", en: "Measures" },
  // Done and not yet closed: the headline's 已完成 counts closed items too (已销号 is its own column).
  done: { zh: "已完成（未销号）", en: "Done, not closed" },
  inProgress: { zh: "正在推进", en: "In progress" },
  notStarted: { zh: "未完成", en: "Not done" },
  unknown: { zh: "状态无法识别", en: "Status unreadable" },
  closed: { zh: "已销号", en: "Closed" },
  overdue: { zh: "超期", en: "Overdue" },
  completionRate: { zh: "完成率", en: "Completion" },
};

/** Counted per problem (distinct), before the per-measure progress columns. */
const PROBLEM_COLUMNS = ["problems", "causes"] as const;

/**
 * The progress table's columns, in order: a problem ledger's problems and causes first, then the
 * progress of its measures; 状态无法识别 unless `unknown` is false.
 */
export function progressColumns(
  withProblems: boolean,
  options: { unknown?: boolean } = {},
): ProgressColumn[] {
  const keys: ProgressColumnKey[] = [
    ...(withProblems ? PROBLEM_COLUMNS : []),
    ...PROGRESS_FIGURES.filter((key) => key !== "unknown" || options.unknown !== false),
  ];
  return keys.map((key) => ({
    key,
    title: TITLES[key],
    format: key === "completionRate" ? "percent" : "integer",
  }));
}
