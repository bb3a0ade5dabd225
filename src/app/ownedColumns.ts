import type { SheetInput } from "../core/model/cell";
import { ownedColumnsOf } from "../core/plan";

/**
 * The sheet without the columns the add-in added (flags, normalised dates). They are not the
 * user's data: read back, a flag formula on a blank separator row would count as a new row.
 */
export function withoutOwnedColumns(input: SheetInput): SheetInput {
  const owned = ownedColumnsOf(input.values);
  if (owned.size === 0) return input;
  const blank = <T>(rows: T[][], empty: T) =>
    rows.map((row) => row.map((cell, c) => (owned.has(c) ? empty : cell)));
  return {
    ...input,
    values: blank(input.values, null),
    ...(input.numberFormats ? { numberFormats: blank(input.numberFormats, "General") } : {}),
  };
}
