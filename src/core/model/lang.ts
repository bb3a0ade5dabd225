/** The languages users read Taizhang in: Chinese (the default) and English. */
export type Lang = "zh" | "en";

/**
 * The language for a display or system language tag ("zh-CN", "en-US", "fr"): only English gets
 * English; everything else gets Chinese, the product's default.
 */
export function langOfTag(tag: string | null | undefined): Lang {
  return /^en(-|$)/i.test(tag ?? "") ? "en" : "zh";
}

/** The language tag a page declares for it (`<html lang>`): zh-CN for Chinese. */
export function langTag(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}
