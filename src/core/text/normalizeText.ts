import { toHalfWidth } from "./halfWidth";

/** Half-width, line breaks and runs of white space collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, " ").trim();
}

/** Half-width with every white space removed: the form used to compare short words. */
export function compactText(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}
