import type { CellArea } from "../../core/model/cell";
import type { OwnedSheetPlan, PlanValue, RangeStyle } from "../../core/plan/types";
import { r1c1ToA1 } from "./r1c1";
import { MAX_HYPERLINKS } from "../../core/plan/excelLimits";
import type { CellStyle } from "./styleBook";

/** Excel's text format: what is typed into it stays text. */
export const TEXT_FORMAT = "@";

/** A cell of an owned sheet before it becomes XML: what it holds and how it looks. */
export interface GridCell {
  value?: PlanValue;
  /** A1 formula text (no "="). */
  formula?: string;
  style: CellStyle;
}

/**
 * A value block as its plain rows need it: its rows as the plan holds them, with each column's
 * number format. Written straight to XML (see plainRowXml), not made into one object per cell:
 * a merged sheet of 50,000 rows × 20 columns would be a million.
 */
export interface PlainBlock {
  /** The sheet row of the block's first row. */
  row: number;
  column: number;
  width: number;
  /** Per column, the format of a non-string value ("General" for none). */
  formats: string[];
  values: readonly (readonly PlanValue[])[];
}

/** A range style's look as it lies over plain rows: the columns it covers and what it sets. */
export interface Overlay {
  /** The style's place in the plan: overlays are told apart by it. */
  id: number;
  column: number;
  columnCount: number;
  look: CellStyle;
}

/**
 * Consecutive rows of one block that no other content writes to and that the same range
 * styles cover (none of them a merge): kept as the block's rows and the styles' looks, not as
 * cells. A style over a column of every row (a wrapped column of 100,000 slips) would otherwise
 * make every cell of those rows an object.
 */
export interface PlainRun {
  block: PlainBlock;
  /** The sheet row of the run's first row. */
  row: number;
  count: number;
  /** The looks of the styles over these rows, in the plan's order (laid on in that order). */
  overlays: readonly Overlay[];
}

/**
 * The cells of an owned sheet, composed in the order the Excel host applies a plan: value
 * blocks (strings with the text format, other values with their column's format), formulas,
 * then range styles over whatever is there (a style over empty cells makes formatted blanks),
 * then links shown as links. Rows of a block that only styles other than merges reach stay as
 * runs of the block's rows (`runs`); they come out as the same cells as the others would.
 */
export class SheetGrid {
  readonly rows = new Map<number, Map<number, GridCell>>();
  /** Sorted by row, none overlapping; no row of a run is in `rows`. */
  readonly runs: PlainRun[] = [];
  readonly heights = new Map<number, number>();
  readonly merges: CellArea[] = [];

  static of(plan: OwnedSheetPlan): SheetGrid {
    const grid = new SheetGrid();
    const forced = forcedRows(plan);
    const overlays = plan.styles.flatMap((style, id) => {
      const look = styleLook(style);
      if (!look || merges(style)) return [];
      const { area } = style;
      return [{ area, overlay: { id, column: area.column, columnCount: area.columnCount, look } }];
    });
    plan.blocks.forEach((block, b) => {
      let width = 0;
      for (const values of block.values) width = Math.max(width, values.length);
      const formats = Array.from(
        { length: width },
        (_, c) => block.columnFormats?.[c] ?? "General",
      );
      const plain: PlainBlock = {
        row: block.row,
        column: block.column,
        width,
        formats,
        values: block.values,
      };
      const others = plan.blocks.filter(
        (o, i) =>
          i !== b && o.row < block.row + block.values.length && block.row < o.row + o.values.length,
      );
      let run: PlainRun | undefined;
      // The overlays of one row, gathered into one array reused row after row: a run's own
      // copy is made only when a run begins.
      const here: Overlay[] = [];
      block.values.forEach((values, r) => {
        const row = block.row + r;
        if (forced.has(row) || others.some((o) => o.row <= row && row < o.row + o.values.length)) {
          run = undefined;
          for (let c = 0; c < width; c++) {
            const value = values[c] ?? null;
            const format = typeof value === "string" ? TEXT_FORMAT : (formats[c] ?? "General");
            const cell = grid.reset(row, block.column + c);
            cell.value = value;
            if (format !== "General") cell.style.numberFormat = format;
          }
          return;
        }
        here.length = 0;
        for (const o of overlays)
          if (o.area.row <= row && row < o.area.row + o.area.rowCount) here.push(o.overlay);
        if (run && run.row + run.count === row && sameItems(run.overlays, here)) run.count++;
        else {
          const copy = here.length === 0 ? NO_OVERLAYS : [...here];
          grid.runs.push((run = { block: plain, row, count: 1, overlays: copy }));
        }
      });
    });
    grid.runs.sort((a, b) => a.row - b.row);
    for (const f of plan.formulas) {
      for (let r = 0; r < f.rowCount; r++) {
        const row = f.row + r;
        const cell = grid.reset(row, f.column);
        cell.formula = r1c1ToA1(f.formulaR1C1, row, f.column);
        if (f.numberFormat) cell.style.numberFormat = f.numberFormat;
      }
    }
    for (const style of plan.styles) grid.applyStyle(style);
    // Past Excel's limit of links a sheet carries, a cell keeps its text but does not look
    // like a link it is not.
    const linked = Math.min(plan.hyperlinks.length, MAX_HYPERLINKS);
    plan.hyperlinks.forEach((link, i) => {
      const cell = grid.cell(link.row, link.column);
      cell.value = link.text;
      delete cell.formula;
      cell.style.numberFormat = TEXT_FORMAT;
      if (i >= linked) return;
      cell.style.underline = true;
      cell.style.fontColor = "#0563C1";
    });
    return grid;
  }

  /** The run holding `row`, if any. */
  runAt(row: number): PlainRun | undefined {
    const { runs } = this;
    let low = 0;
    let high = runs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const run = runs[middle];
      if (!run) break;
      if (row < run.row) high = middle - 1;
      else if (row >= run.row + run.count) low = middle + 1;
      else return run;
    }
    return undefined;
  }

  /**
   * Every row the sheet writes, in order, with its run when it is a plain row: rows of cells,
   * rows with only a height, and the rows of runs, without a list of them all (a merged sheet
   * has hundreds of thousands).
   */
  forEachRow(visit: (row: number, run: PlainRun | undefined) => void): void {
    const others = [...new Set([...this.rows.keys(), ...this.heights.keys()])].sort(
      (a, b) => a - b,
    );
    let next = 0;
    for (const run of this.runs) {
      const end = run.row + run.count;
      while (next < others.length && (others[next] ?? 0) < run.row)
        visit(others[next++] ?? 0, undefined);
      // A height on a run's row is written with the run's row.
      while (next < others.length && (others[next] ?? 0) < end) next++;
      for (let r = run.row; r < end; r++) visit(r, run);
    }
    while (next < others.length) visit(others[next++] ?? 0, undefined);
  }

  /** The cell at (row, column), created empty when absent. */
  cell(row: number, column: number): GridCell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(column);
    if (!cell) cells.set(column, (cell = { style: {} }));
    return cell;
  }

  /** The cell emptied of its value and formula (its look kept), as writing a value does. */
  private reset(row: number, column: number): GridCell {
    const cell = this.cell(row, column);
    // Only what is there is deleted: a delete turns the object into a slow dictionary, and a
    // large block resets hundreds of thousands of new, empty cells.
    if (cell.value !== undefined) delete cell.value;
    if (cell.formula !== undefined) delete cell.formula;
    if (cell.style.numberFormat !== undefined) delete cell.style.numberFormat;
    return cell;
  }

  private applyStyle(style: RangeStyle): void {
    const { area } = style;
    if (merges(style)) {
      this.merges.push(area);
      // A merge keeps the top-left value, as Excel's merge does.
      for (let r = area.row; r < area.row + area.rowCount; r++)
        for (let c = area.column; c < area.column + area.columnCount; c++)
          if (r !== area.row || c !== area.column) {
            const cell = this.rows.get(r)?.get(c);
            if (cell) {
              delete cell.value;
              delete cell.formula;
            }
          }
    }
    if (style.rowHeight !== undefined)
      for (let r = area.row; r < area.row + area.rowCount; r++)
        this.heights.set(r, style.rowHeight);
    const look = styleLook(style);
    if (!look) return;
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      // A run's rows carry the look as an overlay (a merge's rows are never in a run).
      if (this.runAt(r)) continue;
      for (let c = area.column; c < area.column + area.columnCount; c++)
        layLook(this.cell(r, c).style, look);
    }
  }

  /** The value a cell shows, for chart caches (formulas have none until calculated). */
  valueAt(row: number, column: number): PlanValue {
    return this.rows.get(row)?.get(column)?.value ?? null;
  }
}

/** Rows some content other than one value block and plain styles reaches: formulas, merges,
 * links, table headers and chart sources. Their cells are composed one by one. */
function forcedRows(plan: OwnedSheetPlan): Set<number> {
  const rows = new Set<number>();
  const add = (first: number, count: number) => {
    for (let r = first; r < first + count; r++) rows.add(r);
  };
  for (const f of plan.formulas) add(f.row, f.rowCount);
  for (const style of plan.styles) if (merges(style)) add(style.area.row, style.area.rowCount);
  for (const link of plan.hyperlinks) rows.add(link.row);
  for (const table of plan.tables) rows.add(table.area.row);
  for (const chart of plan.charts) add(chart.source.row, chart.source.rowCount);
  return rows;
}

/** Whether a style merges its area (a merge of one cell is none). */
function merges(style: RangeStyle): boolean {
  return style.merge === true && (style.area.rowCount > 1 || style.area.columnCount > 1);
}

/** What a range style sets of a cell's look, or undefined when it sets nothing. */
function styleLook(style: RangeStyle): CellStyle | undefined {
  const look: CellStyle = {};
  if (style.numberFormat !== undefined) look.numberFormat = style.numberFormat;
  if (style.bold !== undefined) look.bold = style.bold;
  if (style.fontSize !== undefined) look.fontSize = style.fontSize;
  if (style.fontColor !== undefined) look.fontColor = style.fontColor;
  if (style.fill !== undefined) look.fill = style.fill;
  if (style.wrap !== undefined) look.wrap = style.wrap;
  if (style.horizontal !== undefined) look.horizontal = style.horizontal;
  return Object.keys(look).length === 0 ? undefined : look;
}

const NO_OVERLAYS: readonly Overlay[] = [];

/**
 * Lays a style's look over a cell's, as the Excel host's format does: what it sets replaces
 * what was there; the General format, not bold and not wrapped are the defaults, so they
 * remove the field rather than set it.
 */
export function layLook(target: CellStyle, look: CellStyle): void {
  Object.assign(target, look);
  if (look.numberFormat === "General") delete target.numberFormat;
  if (look.bold === false) delete target.bold;
  if (look.wrap === false) delete target.wrap;
}

/** The look of a block's cell holding `value` in a column of format `format`, before styles. */
export function valueLook(value: PlanValue, format: string): CellStyle {
  const numberFormat = typeof value === "string" ? TEXT_FORMAT : format;
  return numberFormat === "General" ? {} : { numberFormat };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
