import type { Cell } from "../model/cell";

/**
 * The text a user sees for a raw cell value, kept with every normalised cell and in every error.
 * Numbers print without Excel's display format (the host did not give us the displayed text).
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** Empty cell: null, undefined or only white space. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") {
    if (cell.length === 0) return true;
    // Most filled cells start and end with a character that is surely not white space: no need
    // to trim. A non-breaking space or a byte-order mark (pasted from web pages) is white space.
    if (surelyVisible(cell.charCodeAt(0)) && surelyVisible(cell.charCodeAt(cell.length - 1)))
      return false;
    return cell.trim() === "";
  }
  return false;
}

/** Printable ASCII, or 、 (U+3001) up to just before U+FEFF — 汉字 among it: no white space there. */
function surelyVisible(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code > 0x3000 && code < 0xfeff);
}
