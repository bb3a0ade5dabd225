import type { Cell } from "../model/cell";
import { compactText, isEmptyCell } from "../text";

/**
 * A header row's labels, compacted (spaces and full-width forms do not matter), for telling a
 * copy of the header inside the data: a ledger printed over pages repeats its header under each
 * page break, and offices paste a second block with its own header.
 */
export interface HeaderCopy {
  labels: (string | null)[];
  /** The first label as typed in the header: a copy is most often typed the same. */
  firstTyped: string;
  /** First labelled column: a row whose cell there differs is no copy (one test per data row). */
  first: number;
  /** Labelled columns. */
  count: number;
}

export function headerCopies(values: Cell[][], headerRows: readonly number[], width: number) {
  const copies: HeaderCopy[] = [];
  for (const r of headerRows) {
    const row = values[r] ?? [];
    const labels: (string | null)[] = [];
    let first = -1;
    let count = 0;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const label = isEmptyCell(cell) || typeof cell !== "string" ? null : compactText(cell);
      labels.push(label === "" ? null : label);
      if (labels[c] === null) continue;
      if (first < 0) first = c;
      count += 1;
    }
    // A single label repeated is too weak a sign: a data cell may well read 备注.
    if (count >= 2) copies.push({ labels, first, firstTyped: row[first] as string, count });
  }
  return copies;
}

/**
 * The row repeats one of the header rows: each of its filled cells is that row's label in the
 * same column, and it holds at least half of the labels (a group row's copy may leave the merged
 * cells of a two-row header unfilled).
 */
export function isHeaderCopy(row: Cell[], copies: readonly HeaderCopy[], width: number): boolean {
  for (const copy of copies) {
    const cell = row[copy.first];
    if (typeof cell !== "string") continue;
    // Compacting every data row's cell cost several percent of a sheet's check: only a cell as
    // typed in the header, or one that may start as its label does, is compacted.
    const label = copy.labels[copy.first]!;
    if (
      cell !== copy.firstTyped &&
      (!mayStartWith(cell, label.charCodeAt(0)) || compactText(cell) !== label)
    )
      continue;
    if (matchesLabels(row, copy, width)) return true;
  }
  return false;
}

function matchesLabels(row: Cell[], copy: HeaderCopy, width: number): boolean {
  let matched = 0;
  const end = Math.max(width, row.length);
  for (let c = 0; c < end; c++) {
    const cell = row[c];
    if (isEmptyCell(cell)) continue;
    if (typeof cell !== "string" || compactText(cell) !== copy.labels[c]) return false;
    matched += 1;
  }
  return matched >= 2 && matched * 2 >= copy.count;
}

/**
 * Whether the cell, compacted, may start with `code`: its first character is it, its full-width
 * form, or white space (which compacting removes).
 */
function mayStartWith(cell: string, code: number): boolean {
  const first = cell.charCodeAt(0);
  if (first === code) return true;
  if (first >= 0xff01 && first <= 0xff5e) return first - 0xfee0 === code;
  return first === 0x20 || first === 0x3000 || first === 0xa0 || (first >= 0x09 && first <= 0x0d);
}
