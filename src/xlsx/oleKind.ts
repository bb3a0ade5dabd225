import type { FileProblem } from "./readProblem";

// An OLE compound file is a little FAT file system; its directory names the streams inside:
// "Workbook" (or "Book") in an Excel 97–2003 file, "EncryptedPackage" and "EncryptionInfo" in an
// .xlsx saved with a password (the zip is encrypted inside). Directory entries are 128 bytes at
// 128-byte boundaries after the 512-byte header; reading every such slot finds the names without
// following sector chains, so a truncated file still tells what it is.

const HEADER = 512;
const ENTRY = 128;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

/** Names of the storages and streams an OLE file's directory holds. */
export function oleStreamNames(data: Uint8Array): Set<string> {
  const names = new Set<string>();
  const decoder = new TextDecoder("utf-16le");
  for (let at = HEADER; at + ENTRY <= data.length; at += ENTRY) {
    const length = data[at + 0x40]! | (data[at + 0x41]! << 8);
    const type = data[at + 0x42];
    if (type !== STORAGE && type !== STREAM && type !== ROOT) continue;
    if (length < 4 || length > 64 || length % 2 !== 0) continue;
    // The name ends with a NUL character, counted in its length.
    if (data[at + length - 2] !== 0 || data[at + length - 1] !== 0) continue;
    names.add(decoder.decode(data.subarray(at, at + length - 2)));
  }
  return names;
}

/** Why an OLE file cannot be read: an encrypted .xlsx, an old .xls, or no workbook at all. */
export function oleProblem(data: Uint8Array): FileProblem {
  const names = oleStreamNames(data);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return { type: "encrypted" };
  if (names.has("Workbook") || names.has("Book")) return { type: "legacyXls" };
  return { type: "notSpreadsheet" };
}
