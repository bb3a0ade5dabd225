import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Chinese system fonts first. Only locally installed fonts are named (no @font-face, no web
 * fonts): the add-in runs on an intranet with no internet.
 */
const FONTS =
  '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", -apple-system, BlinkMacSystemFont, sans-serif';

export type ThemeName = "light" | "dark";

const THEMES: Record<ThemeName, Theme> = {
  light: { ...webLightTheme, fontFamilyBase: FONTS },
  dark: { ...webDarkTheme, fontFamilyBase: FONTS },
};

/**
 * Fluent's web themes, as Microsoft's own add-ins look, with the fonts above. One object per
 * theme: the provider writes its CSS variables again whenever the object changes.
 */
export function taizhangTheme(name: ThemeName = "light"): Theme {
  return THEMES[name];
}

/** What Office says about its theme (Office.context.officeTheme), as far as the pane needs it. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  /** Newer hosts say it outright. */
  isDarkTheme?: boolean;
}

/**
 * Light or dark as Office shows it: Office's own flag where the host gives one, else the
 * brightness of its body background (dark grey and black themes are dark, colourful and white
 * are light). Light when Office says nothing.
 */
export function themeNameOf(theme: OfficeThemeColors | undefined): ThemeName {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1);
  return luminance < 0.5 ? "dark" : "light";
}
