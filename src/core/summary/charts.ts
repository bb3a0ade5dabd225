// Chart specifications as data: flags per office (stacked bar) and completion rate per office
// (column). Colours come from the flag scheme so the chart matches the sheet.
import type { FlagDistribution } from "../flags/distribution";
import type { ChartSpec, ProblemSection, MeasureSection } from "./types";
import { NO_OFFICE } from "./words";

export function flagsChart(flags: FlagDistribution): ChartSpec {
  const offices = flags.byOffice;
  return {
    key: "flagsByOffice",
    kind: "stackedBar",
    title: { zh: "各院标识分布", en: "Flags per office" },
    categories: offices.map((o) => o.office ?? NO_OFFICE.zh),
    series: flags.total.map((flag, slot) => ({
      key: flag.id,
      label: flag.label,
      color: flag.fill,
      values: offices.map((o) => o.flags[slot]?.count.value ?? 0),
    })),
    valueFormat: "integer",
  };
}

export function completionChart(section: ProblemSection | MeasureSection): ChartSpec {
  return {
    key: "completionByOffice",
    kind: "column",
    title: { zh: "各院完成率", en: "Completion rate per office" },
    categories: section.byOffice.map((o) => o.office ?? NO_OFFICE.zh),
    series: [
      {
        key: "completionRate",
        label: { zh: "完成率", en: "Completion rate" },
        color: "#C00000",
        values: section.byOffice.map((o) => o.completionRate.value),
      },
    ],
    valueFormat: "percent",
  };
}
