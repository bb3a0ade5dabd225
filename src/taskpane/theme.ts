import { webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Fluent's light theme with Chinese system fonts first. Only locally installed fonts are named
 * (no @font-face, no web fonts): the add-in runs on an intranet with no internet.
 */
export const taizhangTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", -apple-system, BlinkMacSystemFont, sans-serif',
};
