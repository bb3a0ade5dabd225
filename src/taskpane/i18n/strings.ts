import type { Locale } from "./locale";

/** Every text the task pane shell shows, keyed once, in both languages. */
const zhCN = {
  appName: "台账助手",
  tagline: "帮扶薄弱基层院工作台账的校验、亮灯与汇总",
  description:
    "在 Excel 中检查问题整改、帮扶措施等台账的填写是否规范，按进展亮灯，并一键生成月度、季度汇总。",
  capabilitiesTitle: "Excel 功能检查",
  capabilitiesAllPresent: "当前 Excel 支持台账助手的全部功能。",
  capabilitiesCannotRun: "当前 Excel 版本过旧，台账助手无法运行。缺少：",
  capabilitiesSomeMissing: "当前 Excel 版本缺少以下功能，相关操作将不可用：",
  capabilityMissingItem: "{set} {version}（{enables}）",
  capabilitiesUpgrade: "请升级到 Microsoft 365 或 Office 2021 及以上版本。",
  outsideExcel: "未在 Excel 中运行：请从 Excel 的“台账”选项卡打开台账助手。",
  comingSoon: "校验、亮灯和汇总功能即将在此开放。",
} as const;

export type StringKey = keyof typeof zhCN;
export type Strings = Record<StringKey, string>;

const en: Strings = {
  appName: "Taizhang",
  tagline: "Checks, flags and summaries for the ledgers of the weak-office assistance programme",
  description:
    "Checks that rectification and assistance ledgers are filled in properly, flags progress, and builds monthly and quarterly summaries in one click.",
  capabilitiesTitle: "Excel capabilities",
  capabilitiesAllPresent: "This Excel supports everything Taizhang does.",
  capabilitiesCannotRun: "This Excel is too old to run Taizhang. Missing:",
  capabilitiesSomeMissing: "This Excel lacks the following; the features that need them are off:",
  capabilityMissingItem: "{set} {version} ({enables})",
  capabilitiesUpgrade: "Please upgrade to Microsoft 365 or Office 2021 or later.",
  outsideExcel: "Not running in Excel: open Taizhang from the Ledgers tab in Excel.",
  comingSoon: "Checking, flags and summaries will appear here soon.",
};

export const strings: Record<Locale, Strings> = { "zh-CN": zhCN, en };

/** Fills `{name}` placeholders of a string from the table. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
