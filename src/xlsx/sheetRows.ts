import type { Cell } from "../core/model/cell";
import type { ParsedSheet } from "./sheetReader";

// Rows as the sheet reader files them: formats shared between rows of one pattern, and a row
// the file writes twice joined into one.

/** A row number written twice (some writers do): the later cells join the earlier ones. */
export function mergeRow(
  parsed: ParsedSheet,
  r: number,
  cells: Cell[],
  formats: string[] | undefined,
): void {
  const target = parsed.rows[r] ?? [];
  const targetFormats = parsed.formats[r]?.slice() ?? (formats === undefined ? undefined : []);
  for (let c = 0; c < cells.length; c++) {
    if (cells[c] === null) continue;
    while (target.length <= c) target.push(null);
    target[c] = cells[c]!;
    if (targetFormats === undefined) continue;
    while (targetFormats.length <= c) targetFormats.push("");
    targetFormats[c] = formats?.[c] ?? "";
  }
  parsed.rows[r] = target;
  parsed.formats[r] = targetFormats;
}

export class FormatRows {
  private readonly recent: string[][] = [];

  shared(formats: string[]): string[] {
    for (const row of this.recent) if (sameFormats(row, formats)) return row;
    const row = formats.slice();
    if (this.recent.length === 8) this.recent.pop();
    this.recent.unshift(row);
    return row;
  }
}

function sameFormats(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
