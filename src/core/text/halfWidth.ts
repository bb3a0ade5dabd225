// Chinese sheets mix full-width digits, letters and punctuation (２０２１，４，１４１) with ASCII.
// Everything downstream matches on the half-width form, so this runs first; text shown back to
// users keeps its punctuation (toHalfWidthAlnum).
const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** True when the text holds a character that `toHalfWidth` would change (fast pre-check). */
function hasFullWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === IDEOGRAPHIC_SPACE || (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END))
      return true;
  }
  return false;
}

function isFullWidth(code: number): boolean {
  return code >= FULL_WIDTH_START && code <= FULL_WIDTH_END;
}

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ). */
function isFullWidthAlnum(code: number): boolean {
  return (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/** The ideographic space and the full-width forms `convert` accepts, to half-width. */
function halfWidth(text: string, convert: (code: number) => boolean): string {
  if (!hasFullWidth(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === IDEOGRAPHIC_SPACE) out += " ";
    else if (convert(code)) out += String.fromCharCode(code - FULL_TO_HALF_OFFSET);
    else out += text[i];
  }
  return out;
}

/** Full-width ASCII forms and the ideographic space to their half-width equivalents. */
export function toHalfWidth(text: string): string {
  return halfWidth(text, isFullWidth);
}

/**
 * Full-width digits, letters and the ideographic space to half-width, punctuation left as typed:
 * “措施277：” keeps its full-width colon, “２０２１年” becomes “2021年”. For text shown back to users;
 * matching and keys use toHalfWidth.
 */
export function toHalfWidthAlnum(text: string): string {
  return halfWidth(text, isFullWidthAlnum);
}
