// Text as SpreadsheetML stores it (ST_Xstring): characters XML cannot carry are written _xHHHH_
// (a line feed saved by some writers as _x000A_, a tab as _x0009_), and a literal "_x" that
// would read as one is written _x005F_x….

const ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Decodes _xHHHH_ escapes; text without one comes back as it is. */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
