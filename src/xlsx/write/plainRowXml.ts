import { columnLetter } from "../../core/model/address";
import type { PlanValue } from "../../core/plan/types";
import { cellXml } from "./cellXml";
import type { SharedStrings } from "./sharedStrings";
import { TEXT_FORMAT, type PlainBlock, type PlainRow } from "./sheetGrid";
import type { StyleBook } from "./styleBook";

const GENERAL = "General";

/**
 * The cells of a block's plain rows, as the grid would write them cell by cell (strings with
 * the text format, other values with their column's format, empty unformatted cells left out),
 * with each block's column letters and styles looked up once rather than per cell. Styles are
 * asked for as they are first met, so the workbook's style list comes out in the same order.
 */
export class PlainRowWriter {
  private readonly letters = new Map<PlainBlock, string[]>();
  private readonly styleOf = new Map<string, number>();

  constructor(
    private readonly styles: StyleBook,
    private readonly strings: SharedStrings,
  ) {}

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

  /** The `<c>` elements of row `row` (0-based). */
  cells(row: number, { block, values }: PlainRow): string {
    let letters = this.letters.get(block);
    if (!letters) {
      letters = Array.from({ length: block.width }, (_, c) => columnLetter(block.column + c));
      this.letters.set(block, letters);
    }
    const number = String(row + 1);
    let xml = "";
    for (let c = 0; c < block.width; c++) {
      const value: PlanValue = values[c] ?? null;
      const format = typeof value === "string" ? TEXT_FORMAT : (block.formats[c] ?? GENERAL);
      const style = this.style(format);
      const empty = value === null || value === "";
      if (empty && style === 0) continue;
      const r = `${letters[c]}${number}`;
      const s = style === 0 ? "" : ` s="${style}"`;
      if (typeof value === "string" && value !== "")
        xml += `<c r="${r}"${s} t="s"><v>${this.strings.indexOf(value)}</v></c>`;
      else if (typeof value === "number" && Number.isFinite(value))
        xml += `<c r="${r}"${s}><v>${value}</v></c>`;
      else xml += cellXml(row, block.column + c, { value, style }, this.strings);
    }
    return xml;
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
