import { toHalfWidth, toHalfWidthAlnum } from "./halfWidth";

/**
 * Exactly what normalising changes: white space of any kind (JavaScript's \s) and full-width
 * forms (U+3000 is white space). Most cells of a kept ledger have neither and skip the rewriting.
 * Marked per UTF-16 code unit in a table: the sweep asks this of every text cell, and one table
 * read per character is cheaper than a regular expression call on short cells.
 */
const NEEDS_WORK = new Uint8Array(0x10000);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029])
  NEEDS_WORK[code] = 1;
for (const code of [0x202f, 0x205f, 0x3000, 0xfeff]) NEEDS_WORK[code] = 1;
for (let code = 0x2000; code <= 0x200a; code++) NEEDS_WORK[code] = 1;
for (let code = 0xff01; code <= 0xff5e; code++) NEEDS_WORK[code] = 1;

/** Text that normalising leaves as it is (no white space, no full-width forms). */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII and the span from 、 (U+3001) to just before U+FEFF — 汉字 among it — need no
    // work: decided by comparisons, without reading the 64 KB table, which does not stay in cache.
    if ((code > 0x20 && code < 0x7f) || (code > 0x3000 && code < 0xfeff)) continue;
    if (NEEDS_WORK[code] === 1) return false;
  }
  return true;
}

/** Half-width, line breaks and runs of white space collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  if (isPlainText(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, " ").trim();
}

/** Half-width with every white space removed: the form used to compare short words. */
export function compactText(text: string): string {
  if (isPlainText(text)) return text;
  return toHalfWidth(text).replace(/\s+/g, "");
}

/**
 * Text as users see it again in reports: white space collapsed and trimmed, full-width digits and
 * letters half-width, punctuation as typed (“措施277：” stays full-width). normalizeText and
 * compactText are for matching and keys.
 */
export function displayText(text: string): string {
  if (isPlainText(text)) return text;
  return toHalfWidthAlnum(text).replace(/\s+/g, " ").trim();
}
