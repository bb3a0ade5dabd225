import type { FlagScheme, FlagId } from "../flags/scheme";
import type { Lang } from "../model/lang";

/** One flag as a legend shows it: its word and colours, and what it means. */
export interface LegendEntry {
  id: FlagId;
  label: string;
  meaning: string;
  fill: string;
  font: string;
}

const MEANINGS: Record<FlagId, { zh: string; en: string }> = {
  closed: { zh: "已销号", en: "closed" },
  doneLate: { zh: "已完成，但晚于完成时限", en: "done, after the deadline" },
  done: { zh: "已完成", en: "done" },
  inProgress: { zh: "正在推进", en: "in progress" },
  notStarted: { zh: "未完成", en: "not done" },
  overdue: { zh: "超过完成时限仍未完成", en: "past the deadline, not done" },
  dueSoon: { zh: "{days}天内到期", en: "due within {days} days" },
  onTrack: { zh: "按期推进或已完成", en: "on track or done" },
};

/** The scheme's flags in the order the column checks them, each with its meaning. */
export function flagLegend(scheme: FlagScheme, lang: Lang): LegendEntry[] {
  return scheme.flags.map((flag) => ({
    id: flag.id,
    // English labels carry their meaning in brackets; the legend says it once.
    label: lang === "zh" ? flag.label.zh : flag.label.en.replace(/ \(.*\)$/, ""),
    meaning: MEANINGS[flag.id][lang].replace("{days}", String(scheme.dueSoonDays)),
    fill: flag.fill,
    font: flag.font,
  }));
}
