/** Excel's rules for sheet names, in one place: ≤ 31 characters, none of : \ / ? * [ ], not
 * starting or ending with an apostrophe, not blank, not "History" (reserved), unique ignoring case. */

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

export type SheetNameProblem =
  "empty" | "tooLong" | "forbiddenCharacter" | "apostrophe" | "reserved" | "duplicate";

/** Why `name` is not a legal new sheet name among `existing`, or null when it is. */
export function sheetNameProblem(
  name: string,
  existing: readonly string[] = [],
): SheetNameProblem | null {
  if (name.trim() === "") return "empty";
  if ([...name].length > SHEET_NAME_MAX) return "tooLong";
  if (new RegExp(FORBIDDEN.source).test(name)) return "forbiddenCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  const lower = name.toLowerCase();
  if (lower === "history") return "reserved";
  if (existing.some((e) => e.toLowerCase() === lower)) return "duplicate";
  return null;
}

/**
 * A legal sheet name close to `wanted`: forbidden characters become "_", the name is cut to 31
 * characters (by code point, so a Chinese character is never split), and " (2)", " (3)"… is
 * appended until it is unique ignoring case.
 */
export function legalSheetName(wanted: string, existing: readonly string[] = []): string {
  let base = wanted
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "") base = "Sheet";
  if (base.toLowerCase() === "history") base = `${base}_`;
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  const cut = (s: string, max: number): string => [...s].slice(0, max).join("");
  let candidate = cut(base, SHEET_NAME_MAX);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = cut(base, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  return candidate;
}

/** A legal Excel table or defined name: starts with a letter or _, then letters, digits, _ or .
 * Chinese characters are letters to Excel. */
export function legalTableName(wanted: string): string {
  let name = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(name)) name = `_${name}`;
  // Names that look like cell references (A1, R1C1) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name)) name = `_${name}`;
  return [...name].slice(0, 255).join("");
}
