/** Ribbon features that exist as buttons before their implementation lands. */
export type FeatureId = "validate" | "summarize";

export type CommandLocale = "zh-CN" | "en";

interface NoticeText {
  feature: Record<FeatureId, string>;
  title: string;
  body: string;
  ok: string;
}

/** The "not yet available" notice, in both languages; `{feature}` is the button's name. */
export const noticeStrings: Record<CommandLocale, NoticeText> = {
  "zh-CN": {
    feature: { validate: "校验", summarize: "生成汇总" },
    title: "“{feature}”暂未开放",
    body: "该功能正在开发，将在后续版本中提供。目前可在“台账”选项卡中点击“打开台账助手”查看任务窗格。",
    ok: "知道了",
  },
  en: {
    feature: { validate: "Validate", summarize: "Summarise" },
    title: "“{feature}” is not available yet",
    body: "This feature is being built and will come in a later version. Meanwhile, open the task pane from the Ledgers tab.",
    ok: "OK",
  },
};

export function noticeFor(feature: FeatureId, locale: CommandLocale) {
  const text = noticeStrings[locale];
  const name = text.feature[feature];
  return { title: text.title.replace("{feature}", name), body: text.body, ok: text.ok };
}

export function isFeatureId(value: string | null): value is FeatureId {
  return value === "validate" || value === "summarize";
}
