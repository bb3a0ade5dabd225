// Text inside workbook parts: XML's entities, UTF-8 bytes to strings, and SpreadsheetML's own
// _xHHHH_ escapes.

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is left as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED[body.toLowerCase()] ?? whole;
    const hex = body[1] === "x" || body[1] === "X";
    const code = hex ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

export const utf8 = new TextDecoder("utf-8");

/** UTF-8 bytes b[start, end) as a string. */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  return end - start <= SHORT_TEXT
    ? decodeShort(b, start, end)
    : utf8.decode(b.subarray(start, end));
}

/** Text up to this many bytes is decoded here: TextDecoder's own cost per call is larger. */
const SHORT_TEXT = 256;
const units: number[] = [];
/** The smallest code point each sequence length may carry (by continuation bytes). */
const SMALLEST = [0, 0x80, 0x800, 0x10000];

/** UTF-8 to a string, for short runs; a malformed sequence becomes U+FFFD as TextDecoder's does. */
function decodeShort(b: Uint8Array, start: number, end: number): string {
  units.length = 0;
  for (let i = start; i < end;) {
    const c = b[i++]!;
    if (c < 0x80) {
      units.push(c);
      continue;
    }
    const extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 ? 1 : 0;
    if (extra === 0 || c > 0xf4 || i + extra > end) return utf8.decode(b.subarray(start, end));
    let code = c & (0x3f >> extra);
    for (let k = 0; k < extra; k++) {
      const next = b[i++]!;
      if ((next & 0xc0) !== 0x80) return utf8.decode(b.subarray(start, end));
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF: TextDecoder's replacement rules.
    if (code < SMALLEST[extra]! || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
      return utf8.decode(b.subarray(start, end));
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff));
    } else {
      units.push(code);
    }
  }
  return String.fromCharCode.apply(null, units);
}

// Text as SpreadsheetML stores it (ST_Xstring): characters XML cannot carry are written _xHHHH_
// (a line feed saved by some writers as _x000A_, a tab as _x0009_), and a literal "_x" that
// would read as one is written _x005F_x….

const ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Decodes _xHHHH_ escapes; text without one comes back as it is. */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
