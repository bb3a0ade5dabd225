import type { PlanValue, ValueBlock } from "../core/plan/types";
import { areaAddress } from "../core/model/address";
import { rowBytes } from "./requestBytes";
import type { WriteBatch } from "./writeBatch";

/** Text format: Excel keeps what is typed into it as text, so "=…", "+…", "@…", "-1+2" stay text. */
export const TEXT_FORMAT = "@";

/**
 * Writes a block of values. Every string gets the text format before its value is set, so text
 * copied from user cells can never turn into a formula; other cells get their column's format.
 * Rows go into the current request as far as its budget allows and the rest into the next, so
 * a large write fills each request instead of leaving each block a request of its own.
 */
export async function writeValueBlock(
  sheet: Excel.Worksheet,
  block: ValueBlock,
  batch: WriteBatch,
): Promise<void> {
  const columns = Math.max(0, ...block.values.map((r) => r.length));
  if (block.values.length === 0 || columns === 0) return;
  const rows = block.values.map((r) => pad(r, columns));
  const formats = rows.map((r) =>
    r.map((v, c) =>
      typeof v === "string" ? TEXT_FORMAT : (block.columnFormats?.[c] ?? "General"),
    ),
  );
  const valueBytes = rows.map(rowBytes);
  const formatBytes = formats.map(rowBytes);
  for (let start = 0; start < rows.length;) {
    const count = await batch.reserveRows([valueBytes, formatBytes], start, columns);
    const part = rows.slice(start, start + count);
    const range = sheet.getRange(
      areaAddress({
        row: block.row + start,
        column: block.column,
        rowCount: count,
        columnCount: columns,
      }),
    );
    range.numberFormat = formats.slice(start, start + count);
    range.values = part.map((r) => r.map((v) => (v === null ? "" : v)));
    start += count;
  }
}

function pad(row: PlanValue[], columns: number): PlanValue[] {
  return row.length >= columns
    ? row
    : [...row, ...new Array<PlanValue>(columns - row.length).fill(null)];
}
