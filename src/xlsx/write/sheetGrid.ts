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
 * The part of a value block no other content of the plan touches: its rows as the plan holds
 * them, with each column's number format. Written straight to XML (see plainRowXml), not made
 * into one object per cell: a merged sheet of 50,000 rows × 20 columns would be a million.
 */
export interface PlainBlock {
  column: number;
  width: number;
  /** Per column, the format of a non-string value ("General" for none). */
  formats: string[];
}

export interface PlainRow {
  block: PlainBlock;
  values: readonly PlanValue[];
}

/**
 * The cells of an owned sheet, composed in the order the Excel host applies a plan: value
 * blocks (strings with the text format, other values with their column's format), formulas,
 * then range styles over whatever is there (a style over empty cells makes formatted blanks),
 * then links shown as links. Rows of a block that nothing else writes to or styles stay as the
 * block's values (`plainRows`); they come out as the same cells as the others would.
 */
export class SheetGrid {
  readonly rows = new Map<number, Map<number, GridCell>>();
  readonly plainRows = new Map<number, PlainRow>();
  readonly heights = new Map<number, number>();
  readonly merges: CellArea[] = [];

  static of(plan: OwnedSheetPlan): SheetGrid {
    const grid = new SheetGrid();
    const touched = touchedRows(plan);
    plan.blocks.forEach((block, b) => {
      let width = 0;
      for (const values of block.values) width = Math.max(width, values.length);
      const formats = Array.from(
        { length: width },
        (_, c) => block.columnFormats?.[c] ?? "General",
      );
      const plain: PlainBlock = { column: block.column, width, formats };
      const others = plan.blocks.filter(
        (o, i) =>
          i !== b && o.row < block.row + block.values.length && block.row < o.row + o.values.length,
      );
      block.values.forEach((values, r) => {
        const row = block.row + r;
        if (
          !touched.has(row) &&
          !others.some((o) => o.row <= row && row < o.row + o.values.length)
        ) {
          grid.plainRows.set(row, { block: plain, values });
          return;
        }
        for (let c = 0; c < width; c++) {
          const value = values[c] ?? null;
          const format = typeof value === "string" ? TEXT_FORMAT : (formats[c] ?? "General");
          const cell = grid.reset(row, block.column + c);
          cell.value = value;
          if (format !== "General") cell.style.numberFormat = format;
        }
      });
    });
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
    if (style.merge && (area.rowCount > 1 || area.columnCount > 1)) {
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
    const look: CellStyle = {};
    if (style.numberFormat !== undefined) look.numberFormat = style.numberFormat;
    if (style.bold !== undefined) look.bold = style.bold;
    if (style.fontSize !== undefined) look.fontSize = style.fontSize;
    if (style.fontColor !== undefined) look.fontColor = style.fontColor;
    if (style.fill !== undefined) look.fill = style.fill;
    if (style.wrap !== undefined) look.wrap = style.wrap;
    if (style.horizontal !== undefined) look.horizontal = style.horizontal;
    if (Object.keys(look).length === 0) return;
    for (let r = area.row; r < area.row + area.rowCount; r++)
      for (let c = area.column; c < area.column + area.columnCount; c++) {
        const cell = this.cell(r, c);
        Object.assign(cell.style, look);
        if (look.numberFormat === "General") delete cell.style.numberFormat;
        if (look.bold === false) delete cell.style.bold;
        if (look.wrap === false) delete cell.style.wrap;
      }
  }

  /** The value a cell shows, for chart caches (formulas have none until calculated). */
  valueAt(row: number, column: number): PlanValue {
    return this.rows.get(row)?.get(column)?.value ?? null;
  }
}

/** Rows some content other than one value block reaches: formulas, styles (merges and heights
 * included), links, table headers and chart sources. Their cells are composed one by one. */
function touchedRows(plan: OwnedSheetPlan): Set<number> {
  const rows = new Set<number>();
  const add = (first: number, count: number) => {
    for (let r = first; r < first + count; r++) rows.add(r);
  };
  for (const f of plan.formulas) add(f.row, f.rowCount);
  for (const style of plan.styles) add(style.area.row, style.area.rowCount);
  for (const link of plan.hyperlinks) rows.add(link.row);
  for (const table of plan.tables) rows.add(table.area.row);
  for (const chart of plan.charts) add(chart.source.row, chart.source.rowCount);
  return rows;
}
