import type { OwnedSheetPlan, PlanValue } from "./types";

/**
 * The constants an owned sheet holds once its plan is written, as a grid from A1: what its
 * fingerprint is taken over, so a later run can tell whether anyone typed in it. Cells the
 * plan fills with formulas count as empty (their values depend on the data, not on who typed).
 */
export function plannedGrid(sheet: OwnedSheetPlan): PlanValue[][] {
  const grid: PlanValue[][] = [];
  const put = (row: number, column: number, value: PlanValue) => {
    const line = (grid[row] ??= []);
    line[column] = value;
  };
  for (const block of sheet.blocks)
    block.values.forEach((line, r) =>
      line.forEach((value, c) => put(block.row + r, block.column + c, value)),
    );
  for (const f of sheet.formulas)
    for (let r = 0; r < f.rowCount; r++) put(f.row + r, f.column, null);
  for (let r = 0; r < grid.length; r++) {
    const line = (grid[r] ??= []);
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  return grid;
}

/** What writes into a run of rows: a block's values, or a formula column's empty cells. */
interface RowWriter {
  first: number;
  end: number;
  put(line: PlanValue[], row: number): void;
  /** The row as the writer holds it, when the writer alone would make all of it (a block's
   * row starting at column A with no gaps to fill). */
  whole?(row: number): readonly PlanValue[] | undefined;
}

/** Whether a row has no gap (a hole or undefined) that plannedGrid would fill with null. */
function gapless(line: readonly PlanValue[]): boolean {
  for (let c = 0; c < line.length; c++) if (line[c] === undefined) return false;
  return true;
}

/**
 * The rows of `plannedGrid`, each made when asked for: a merged sheet of 900,000 rows is not
 * copied into a second grid to take its fingerprint. Rows are made as plannedGrid makes them
 * (blocks in order, then formulas), from the blocks and formulas that cover them. A row one
 * block alone makes whole (every row of a merged sheet) is the block's own row, not a copy: a
 * fingerprint asks for each row twice, and copying them was most of what it allocated. Rows
 * given are for reading only.
 */
export function plannedRows(sheet: OwnedSheetPlan): {
  count: number;
  at(row: number): readonly PlanValue[];
} {
  const writers: RowWriter[] = [
    ...sheet.blocks.map((block) => ({
      first: block.row,
      end: block.row + block.values.length,
      put(line: PlanValue[], row: number) {
        block.values[row - block.row]?.forEach((value, c) => (line[block.column + c] = value));
      },
      whole(row: number) {
        const values = block.values[row - block.row];
        return block.column === 0 && values && gapless(values) ? values : undefined;
      },
    })),
    ...sheet.formulas.map((f) => ({
      first: f.row,
      end: f.row + f.rowCount,
      put(line: PlanValue[]) {
        line[f.column] = null;
      },
    })),
  ];
  // Between two consecutive bounds the same writers cover every row.
  const bounds = [...new Set(writers.flatMap((w) => [w.first, w.end]))].sort((a, b) => a - b);
  const covering = bounds.map((start) => writers.filter((w) => w.first <= start && start < w.end));
  const count = bounds.length === 0 ? 0 : (bounds[bounds.length - 1] ?? 0);
  return {
    count,
    at(row) {
      let lo = 0;
      let hi = bounds.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((bounds[mid] ?? 0) <= row) lo = mid;
        else hi = mid - 1;
      }
      const writers = (bounds[lo] ?? Infinity) <= row ? (covering[lo] ?? []) : [];
      const whole = writers.length === 1 ? writers[0]?.whole?.(row) : undefined;
      if (whole) return whole;
      const line: PlanValue[] = [];
      for (const w of writers) w.put(line, row);
      for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
      return line;
    },
  };
}
