import type { PlanValue } from "../../core/plan/types";
import type { RowWriter } from "./rowWriter";
import { layLook, valueLook, type Overlay, type PlainBlock, type PlainRun } from "./sheetGrid";
import type { CellStyle, StyleBook } from "./styleBook";

/**
 * What the rows of one run write, worked out once for all of them: the columns in order (the
 * block's and those only its overlays reach), and per column the look of a text cell and of
 * any other, as the grid would compose them.
 */
class RunShape {
  /** Sheet columns, ascending. */
  readonly columns: number[];
  /** Per column, its index in the block's rows, or -1 when the block does not reach it. */
  readonly offsets: number[];
  /** Per column, a text cell's look at 2 × its index and any other's after it, once met. */
  private readonly looks: (ColumnLook | undefined)[] = [];

  constructor(
    private readonly block: PlainBlock,
    private readonly overlays: readonly Overlay[],
    private readonly book: StyleBook,
  ) {
    const columns = new Set<number>();
    for (let c = 0; c < block.width; c++) columns.add(block.column + c);
    for (const o of overlays)
      for (let c = o.column; c < o.column + o.columnCount; c++) columns.add(c);
    this.columns = [...columns].sort((a, b) => a - b);
    this.offsets = this.columns.map((c) =>
      c >= block.column && c < block.column + block.width ? c - block.column : -1,
    );
  }

  /** The style index of column `i`'s cell holding `value`, asked for when first needed (so
   * the workbook's style list comes out in the order the cells are written). */
  style(i: number, value: PlanValue): number {
    const known = this.lookOf(i, value);
    return (known.style ??= this.book.cellStyle(known.look));
  }

  /** Whether column `i`'s cell holding `value` has the default look (no style needed). */
  isDefault(i: number, value: PlanValue): boolean {
    return this.lookOf(i, value).isDefault;
  }

  private lookOf(i: number, value: PlanValue): ColumnLook {
    const at = 2 * i + (typeof value === "string" ? 0 : 1);
    let known = this.looks[at];
    if (!known) {
      const look = this.compose(i, value);
      this.looks[at] = known = { look, isDefault: this.book.isDefault(look) };
    }
    return known;
  }

  /** The look of column `i`'s cell: the block's format for the value, then each overlay. */
  private compose(i: number, value: PlanValue): CellStyle {
    const { block, overlays } = this;
    const c = this.columns[i] ?? 0;
    const offset = this.offsets[i] ?? -1;
    const look = offset < 0 ? {} : valueLook(value, block.formats[offset] ?? "General");
    for (const o of overlays)
      if (c >= o.column && c < o.column + o.columnCount) layLook(look, o.look);
    return look;
  }
}

/** A look of a run's column, with its style index once the style book was asked. */
interface ColumnLook {
  look: CellStyle;
  isDefault: boolean;
  style?: number;
}

/**
 * The cells of a block's plain rows, as the grid would write them cell by cell (strings with
 * the text format, other values with their column's format, then the looks of the styles over
 * them; empty cells without a look left out), with each look's style worked out once per run
 * rather than per cell. Styles are asked for as they are first met, so the workbook's style
 * list comes out in the same order.
 */
export class PlainRowWriter {
  /** Per block, its runs' shapes by their overlays (`overlaysKey`): runs apart from each other
   * that the same styles reach (every other row filled, say) share one. */
  private readonly shapes = new Map<PlainBlock, Map<string, RunShape>>();
  /** The run last asked about, and its shape: a run's rows are asked about one after another. */
  private lastRun: PlainRun | undefined;
  private lastShape: RunShape | undefined;

  constructor(private readonly styles: StyleBook) {}

  /** The last column a plain row writes a cell in, or -1: for the sheet's dimension, before
   * any cell is written (so without adding to the style book). */
  lastColumn(row: number, run: PlainRun): number {
    const shape = this.shapeOf(run);
    const values = run.block.values[row - run.block.row] ?? [];
    for (let i = shape.columns.length - 1; i >= 0; i--) {
      const offset = shape.offsets[i] ?? -1;
      const value = offset < 0 ? null : (values[offset] ?? null);
      if ((value !== null && value !== "") || !shape.isDefault(i, value))
        return shape.columns[i] ?? -1;
    }
    return -1;
  }

  /** Row `row` (0-based) of `run`, with `attributes` (e.g. a height), through `rows`. */
  write(rows: RowWriter, row: number, run: PlainRun, attributes = ""): void {
    const shape = this.shapeOf(run);
    const values = run.block.values[row - run.block.row] ?? [];
    const { columns, offsets } = shape;
    rows.begin(row, attributes);
    for (let i = 0; i < columns.length; i++) {
      const offset = offsets[i] ?? -1;
      const value: PlanValue = offset < 0 ? null : (values[offset] ?? null);
      rows.value(columns[i] ?? 0, shape.style(i, value), value);
    }
    rows.end();
  }

  private shapeOf(run: PlainRun): RunShape {
    if (run === this.lastRun && this.lastShape) return this.lastShape;
    let byOverlays = this.shapes.get(run.block);
    if (!byOverlays) this.shapes.set(run.block, (byOverlays = new Map()));
    const key = run.overlays.map((o) => o.id).join(",");
    let shape = byOverlays.get(key);
    if (!shape) byOverlays.set(key, (shape = new RunShape(run.block, run.overlays, this.styles)));
    this.lastRun = run;
    this.lastShape = shape;
    return shape;
  }
}
