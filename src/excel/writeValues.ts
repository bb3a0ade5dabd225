import type { PlanValue, ValueBlock } from "../core/plan/types";
import { areaAddress } from "../core/model/address";
import { rangeWriteBytes, rowBytes } from "./requestBytes";
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
    let { count, bytes } = rowsThatFit(valueBytes, formatBytes, start, columns, batch.room);
    if (count === 0 && !batch.empty) {
      await batch.flush();
      ({ count, bytes } = rowsThatFit(valueBytes, formatBytes, start, columns, batch.room));
    }
    // A single row heavier than a whole request still goes, alone: the host will say so.
    if (count === 0)
      ({ count, bytes } = rowsThatFit(valueBytes, formatBytes, start, columns, Infinity, 1));
    await batch.reserve(bytes);
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

/**
 * The most rows from `start` whose write fits in `room` bytes (at most `most`), and its bytes.
 * The estimate only grows with each row, so rows are added until the next would not fit.
 */
function rowsThatFit(
  valueBytes: readonly number[],
  formatBytes: readonly number[],
  start: number,
  columns: number,
  room: number,
  most = Infinity,
): { count: number; bytes: number } {
  let values = 0;
  let formats = 0;
  let fitted = { count: 0, bytes: 0 };
  for (let i = start; i < valueBytes.length && i - start < most; i++) {
    values += valueBytes[i] ?? 0;
    formats += formatBytes[i] ?? 0;
    const bytes = rangeWriteBytes(i - start + 1, columns, [values, formats]);
    if (bytes > room) break;
    fitted = { count: i - start + 1, bytes };
  }
  return fitted;
}

function pad(row: PlanValue[], columns: number): PlanValue[] {
  return row.length >= columns
    ? row
    : [...row, ...new Array<PlanValue>(columns - row.length).fill(null)];
}
