// A file's content fingerprint: two files with the same cells in the same sheets (last month's
// file sent again under a new name, or re-saved) get the same one, whatever their bytes, names
// or sheet names — and whatever Taizhang wrote into them: its summaries, lists and flag columns
// change with the day they were made, not with what the office reported. Two independent 32-bit FNV-1a hashes over every cell's type and text, in
// order: 64 bits, computed while the grid is in memory so it can be dropped at once.
import type { SheetInput } from "../model/cell";
import { isDerivedSheet, ownedColumnsOf } from "../plan/ownedMark";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

class Hash64 {
  private a = FNV_OFFSET;
  private b = 0x9747b28c;
  add(text: string): void {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }
  hex(): string {
    return (
      (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0")
    );
  }
}

/**
 * The fingerprint of a workbook's sheets: every non-empty cell's position, type and value.
 * Trailing empty rows and columns do not count (Excel may keep a used range larger than the data).
 * Sheets Taizhang made from the ledgers (SheetInput.ownedKey) and the columns it added to them
 * (headed with OWNED_MARK) do not count either.
 */
export function contentFingerprint(sheets: readonly SheetInput[]): string {
  const hash = new Hash64();
  for (const sheet of sheets) {
    if (isDerivedSheet(sheet)) continue;
    const owned = ownedColumnsOf(sheet.values);
    // A sheet counts from its first value on: an empty sheet added or removed changes nothing.
    let begun = false;
    sheet.values.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null || cell === "" || owned.has(c)) return;
        if (!begun) hash.add("\u0001sheet");
        begun = true;
        hash.add(`\u0002${r},${c}\u0003${typeof cell}\u0003${String(cell)}`);
      });
    });
  }
  return hash.hex();
}
