/**
 * A1 addresses: parsing what add-ins pass to getRange and formatting what Excel reports back
 * (`Sheet1!A1:B2`, `'My sheet'!A1`, `台账!A:A`). Rectangles are 0-based and inclusive.
 */
import { hostError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits "Sheet!A1:B2" into its sheet part (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses a local A1 reference ("B3", "A1:C9", "A:C", "2:4"); throws InvalidArgument otherwise. */
export function parseLocalAddress(local: string): Rect {
  const parts = local.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw badAddress(local);
  const [first = "", second = first] = parts;
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (a && b) {
    return normalise(
      Number(a[2]) - 1,
      columnIndex(a[1] ?? ""),
      Number(b[2]) - 1,
      columnIndex(b[1] ?? ""),
      local,
    );
  }
  const ca = COLUMN.exec(first);
  const cb = COLUMN.exec(second);
  if (parts.length === 2 && ca && cb) {
    return normalise(0, columnIndex(ca[1] ?? ""), MAX_ROWS - 1, columnIndex(cb[1] ?? ""), local);
  }
  const ra = ROW.exec(first);
  const rb = ROW.exec(second);
  if (parts.length === 2 && ra && rb) {
    return normalise(Number(ra[1]) - 1, 0, Number(rb[1]) - 1, MAX_COLUMNS - 1, local);
  }
  throw badAddress(local);
}

function normalise(r1: number, c1: number, r2: number, c2: number, text: string): Rect {
  const rect = {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
  assertInsideSheet(rect, text);
  return rect;
}

export function assertInsideSheet(rect: Rect, what: string): void {
  if (
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom >= MAX_ROWS ||
    rect.right >= MAX_COLUMNS ||
    !Number.isInteger(rect.top + rect.left + rect.bottom + rect.right)
  ) {
    throw hostError(
      "InvalidArgument",
      `range ${what} lies outside the sheet (${MAX_ROWS} rows × ${MAX_COLUMNS} columns)`,
    );
  }
}

function badAddress(text: string) {
  return hostError("InvalidArgument", `"${text}" is not an A1 address`);
}

/** Excel quotes a sheet name unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatLocalAddress(rect: Rect): string {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1)
    return `${rect.top + 1}:${rect.bottom + 1}`;
  const start = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatLocalAddress(rect)}`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}
