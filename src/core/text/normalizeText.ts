import { toHalfWidth } from "./halfWidth";

/**
 * True when normalising could change the text: white space of any kind at all, or a full-width
 * form. Most cells in a kept ledger have neither, and skip the regular expressions.
 */
function needsWork(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII and CJK (up to the full-width block) are by far the most common: skip them first.
    if ((code > 0x20 && code < 0x7f) || (code > 0x3000 && code < 0xfeff)) continue;
    if (code <= 0x20 || code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) return true;
    if (
      code >= 0x85 &&
      code < 0x3000 &&
      (code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f)
    )
      return true;
    if (code === 0xfeff) return true;
  }
  return false;
}

/** Text that normalising leaves as it is (no white space, no full-width forms). */
export function isPlainText(text: string): boolean {
  return !needsWork(text);
}

/** Half-width, line breaks and runs of white space collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  if (!needsWork(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, " ").trim();
}

/** Half-width with every white space removed: the form used to compare short words. */
export function compactText(text: string): string {
  if (!needsWork(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, "");
}
