import type { PlanValue, ValueBlock } from "../core/plan/types";
import { areaAddress } from "../core/model/address";
import { jsonBytes } from "./payload";
import type { WriteBatch } from "./writeBatch";

/** Text format: Excel keeps what is typed into it as text, so "=…", "+…", "@…", "-1+2" stay text. */
export const TEXT_FORMAT = "@";

/**
 * Writes a block of values. Every string gets the text format before its value is set, so text
 * copied from user cells can never turn into a formula; other cells get their column's format.
 * Blocks heavier than a request are written in row chunks.
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
  const bytes = jsonBytes(rows) + jsonBytes(formats);
  const chunk = Math.max(1, Math.floor((rows.length * batch.limit * 0.8) / Math.max(1, bytes)));
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const partFormats = formats.slice(start, start + chunk);
    await batch.reserve(jsonBytes(part) + jsonBytes(partFormats));
    const range = sheet.getRange(
      areaAddress({
        row: block.row + start,
        column: block.column,
        rowCount: part.length,
        columnCount: columns,
      }),
    );
    range.numberFormat = partFormats;
    range.values = part.map((r) => r.map((v) => (v === null ? "" : v)));
  }
}

function pad(row: PlanValue[], columns: number): PlanValue[] {
  return row.length >= columns
    ? row
    : [...row, ...new Array<PlanValue>(columns - row.length).fill(null)];
}
