/**
 * Text rules shared by the basic engine's functions: Excel's wildcard patterns (MATCH with
 * match type 0, COUNTIF/COUNTIFS criteria) and TRIM's notion of a space.
 */

/**
 * `*` any run of characters, `?` one character, `~` makes the next character literal (`~*`,
 * `~?`, `~~`); case is ignored. Source: support.microsoft.com, "Using wildcard characters in
 * searches" and the MATCH / COUNTIF articles (a tilde before * or ? finds the character itself).
 */
export function wildcardPattern(pattern: string): RegExp {
  let re = "";
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === "~" && i + 1 < chars.length) re += escapeRegExp(chars[++i] as string);
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += escapeRegExp(ch);
  }
  return new RegExp(`^${re}$`, "iu");
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * TRIM removes only the ASCII space U+0020: leading and trailing ones go, inner runs become one.
 * A no-break space (U+00A0), the ideographic space (U+3000), tabs and line breaks stay.
 * Source: learn.microsoft.com, WorksheetFunction.Trim remarks ("designed to trim the 7-bit
 * ASCII space character (value 32)"; it does not remove the nonbreaking space, value 160).
 */
export function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}
