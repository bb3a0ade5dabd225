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
    // Most filled cells start and end with a visible character: no need to trim.
    if (
      cell.charCodeAt(0) > 0x20 &&
      cell.charCodeAt(0) !== 0x3000 &&
      cell.charCodeAt(cell.length - 1) > 0x20 &&
      cell.charCodeAt(cell.length - 1) !== 0x3000
    )
      return false;
    return cell.trim() === "";
  }
  return false;
}
