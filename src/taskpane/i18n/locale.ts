/** Languages the task pane speaks. zh-CN is the default; English is second. */
export type Locale = "zh-CN" | "en";

/**
 * Picks the task pane's language from Office's display language (`Office.context.displayLanguage`,
 * e.g. "zh-CN", "en-US"). Only an English Office gets English; everything else gets Chinese.
 */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  return /^en(-|$)/i.test(displayLanguage ?? "") ? "en" : "zh-CN";
}
