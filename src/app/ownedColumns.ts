import type { SheetInput } from "../core/model/cell";
import { OWNED_MARK } from "../core/plan";

/** Headers sit near the top; a marked cell further down is the user's own text. */
const HEADER_SCAN_ROWS = 20;

/**
 * The sheet without the columns the add-in added (flags, normalised dates). They are not the
 * user's data: read back, a flag formula on a blank separator row would count as a new row.
 */
export function withoutOwnedColumns(input: SheetInput): SheetInput {
  const owned = new Set<number>();
  input.values.slice(0, HEADER_SCAN_ROWS).forEach((row) =>
    row.forEach((cell, c) => {
      if (typeof cell === "string" && cell.startsWith(OWNED_MARK)) owned.add(c);
    }),
  );
  if (owned.size === 0) return input;
  const blank = <T>(rows: T[][], empty: T) =>
    rows.map((row) => row.map((cell, c) => (owned.has(c) ? empty : cell)));
  return {
    ...input,
    values: blank(input.values, null),
    ...(input.numberFormats ? { numberFormats: blank(input.numberFormats, "General") } : {}),
  };
}
