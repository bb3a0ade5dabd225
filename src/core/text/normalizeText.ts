import { toHalfWidth } from "./halfWidth";

/**
 * Exactly what normalising changes: white space of any kind and full-width forms (U+3000 is
 * white space). Most cells of a kept ledger have neither and skip the rewriting.
 */
const NEEDS_WORK = /[\s\uff01-\uff5e]/;

/** Text that normalising leaves as it is (no white space, no full-width forms). */
export function isPlainText(text: string): boolean {
  return !NEEDS_WORK.test(text);
}

/** Half-width, line breaks and runs of white space collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, " ").trim();
}

/** Half-width with every white space removed: the form used to compare short words. */
export function compactText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, "");
}
