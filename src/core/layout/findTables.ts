import { LEDGER_SCHEMAS } from "../ledgers";
import type { Cell } from "../model/cell";
import { isEmptyCell } from "../text";
import { HeaderHits } from "./detectLayout";
import { isCountLabel } from "./headerWords";
import { compileFieldKeys, labelKey, type FieldKeys } from "./matchLabel";

/** Physical rows of one table, 1-based and inclusive. */
export interface TableRows {
  from: number;
  to: number;
}

/** Every shipped ledger's fields: a header of any ledger counts. Compiled on first use. */
let allFields: FieldKeys[] | undefined;
function everyField(): FieldKeys[] {
  return (allFields ??= Object.values(LEDGER_SCHEMAS).flatMap((schema) =>
    compileFieldKeys(schema),
  ));
}

/** A header: three or more cells naming fields (or counts of them), and most of its cells do. */
const MIN_HEADER_CELLS = 3;
/** A new table's header sits at most this many rows below the blank rows before it (titles). */
const TITLE_ROWS = 3;

function isHeaderRow(row: Cell[] | undefined, hits: HeaderHits, counts: Map<string, boolean>) {
  let filled = 0;
  let named = 0;
  for (const cell of row ?? []) {
    if (isEmptyCell(cell)) continue;
    filled += 1;
    if (typeof cell !== "string") return false;
    let count = counts.get(cell);
    if (count === undefined) {
      count = isCountLabel(labelKey(cell));
      counts.set(cell, count);
    }
    if (count || hits.names(cell)) named += 1;
  }
  return named >= MIN_HEADER_CELLS && named * 2 >= filled;
}

function isBlank(row: Cell[] | undefined): boolean {
  return (row ?? []).every((cell) => isEmptyCell(cell));
}

/**
 * The tables of a sheet, top to bottom: a new one starts after blank rows when a header follows
 * within a few rows (its title above it belongs to it), once the table above has had a header of
 * its own. One range for a sheet holding one table. Blank rows inside a ledger (separators
 * between groups of problems) start nothing: no header follows them.
 */
export function findTables(values: Cell[][]): TableRows[] {
  const hits = new HeaderHits(everyField());
  const counts = new Map<string, boolean>();
  const starts = [0];
  let seenHeader = false;
  let afterBlank = false;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (isBlank(row)) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && seenHeader) {
      let header = -1;
      for (let k = r; k < Math.min(values.length, r + TITLE_ROWS + 1); k++) {
        if (isBlank(values[k])) break;
        if (isHeaderRow(values[k], hits, counts)) {
          header = k;
          break;
        }
      }
      if (header >= 0) {
        starts.push(r);
        r = header;
        afterBlank = false;
        continue;
      }
    }
    afterBlank = false;
    if (!seenHeader && isHeaderRow(row, hits, counts)) seenHeader = true;
  }
  return starts.map((start, i) => ({
    from: start + 1,
    to: i + 1 < starts.length ? starts[i + 1]! : values.length,
  }));
}
