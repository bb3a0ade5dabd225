import type { PlanValue } from "../../core/plan/types";
import type { RowWriter } from "./rowWriter";
import { TEXT_FORMAT, type PlainRow } from "./sheetGrid";
import type { StyleBook } from "./styleBook";

const GENERAL = "General";

/**
 * The cells of a block's plain rows, as the grid would write them cell by cell (strings with
 * the text format, other values with their column's format, empty unformatted cells left out),
 * with each format's style looked up once rather than per cell. Styles are asked for as they
 * are first met, so the workbook's style list comes out in the same order.
 */
export class PlainRowWriter {
  private readonly styleOf = new Map<string, number>();

  constructor(private readonly styles: StyleBook) {}

  /** The last column a plain row writes a cell in, or -1: for the sheet's dimension, before
   * any cell is written (so without asking the style book anything). */
  static lastColumn(row: PlainRow): number {
    const { block, values } = row;
    for (let c = block.width - 1; c >= 0; c--) {
      const value = values[c] ?? null;
      if ((value !== null && value !== "") || (block.formats[c] ?? GENERAL) !== GENERAL)
        return block.column + c;
    }
    return -1;
  }

  /** Row `row` (0-based), with `attributes` (e.g. a height), through `rows`. */
  write(rows: RowWriter, row: number, { block, values }: PlainRow, attributes = ""): void {
    rows.begin(row, attributes);
    for (let c = 0; c < block.width; c++) {
      const value: PlanValue = values[c] ?? null;
      const format = typeof value === "string" ? TEXT_FORMAT : (block.formats[c] ?? GENERAL);
      rows.value(block.column + c, this.style(format), value);
    }
    rows.end();
  }

  private style(format: string): number {
    let style = this.styleOf.get(format);
    if (style === undefined) {
      style = this.styles.cellStyle(format === GENERAL ? {} : { numberFormat: format });
      this.styleOf.set(format, style);
    }
    return style;
  }
}
