import { columnLetter } from "../../core/model/address";
import type { PlanValue } from "../../core/plan/types";
import type { SharedStrings } from "./sharedStrings";
import { TEXT_FORMAT, type PlainBlock, type PlainRow } from "./sheetGrid";
import type { StyleBook } from "./styleBook";

const GENERAL = "General";

/** Where the writer puts a row's XML: a deflating part (see DeflatingEntry). */
export interface TextSink {
  write(text: string): void;
}

/**
 * A style's pieces of a `<c>` element, from the quote that ends the address to the value:
 * made once per number format, not once per cell.
 */
interface Look {
  style: number;
  /** A shared string's cell, up to its index. */
  shared: string;
  /** A number's cell, up to the number. */
  number: string;
  /** A true/false cell, up to its 1 or 0. */
  boolean: string;
  /** The whole rest of a cell without a value. */
  empty: string;
}

const VALUE_END = "</v></c>";

/**
 * The cells of a block's plain rows, as the grid would write them cell by cell (strings with
 * the text format, other values with their column's format, empty unformatted cells left out;
 * the same XML as cellXml writes), with each block's column letters and styles looked up once
 * rather than per cell. Styles are asked for as they are first met, so the workbook's style
 * list comes out in the same order.
 *
 * A cell is written to the part in pieces (its column's `<c r="B`, the row number, its look's
 * attributes, the value, the end tag) rather than as one string: a merged sheet has millions of
 * cells, and a string made per cell and then joined per row was most of what writing one left
 * for the collector.
 */
export class PlainRowWriter {
  /** Per block, each column's `<c r="` and letters. */
  private readonly starts = new Map<PlainBlock, string[]>();
  private readonly looks = new Map<string, Look>();

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

  /**
   * Row `row` (0-based) as a `<row>` element with `attributes` (e.g. a height), written to
   * `out`; nothing when it has neither cells nor attributes.
   */
  write(out: TextSink, row: number, { block, values }: PlainRow, attributes = ""): void {
    let starts = this.starts.get(block);
    if (!starts) {
      starts = Array.from(
        { length: block.width },
        (_, c) => `<c r="${columnLetter(block.column + c)}`,
      );
      this.starts.set(block, starts);
    }
    const number = String(row + 1);
    const start = `<row r="${number}"${attributes}>`;
    let opened = false;
    for (let c = 0; c < block.width; c++) {
      const value: PlanValue = values[c] ?? null;
      const look = this.look(
        typeof value === "string" ? TEXT_FORMAT : (block.formats[c] ?? GENERAL),
      );
      if ((value === null || value === "") && look.style === 0) continue;
      if (!opened) out.write(start);
      opened = true;
      out.write(starts[c] ?? "");
      out.write(number);
      if (typeof value === "string" && value !== "") {
        out.write(look.shared);
        out.write(String(this.strings.indexOf(value)));
        out.write(VALUE_END);
      } else if (typeof value === "number" && Number.isFinite(value)) {
        out.write(look.number);
        out.write(String(value));
        out.write(VALUE_END);
      } else if (typeof value === "boolean") {
        out.write(look.boolean);
        out.write(value ? "1" : "0");
        out.write(VALUE_END);
      } else out.write(look.empty);
    }
    if (!opened && attributes !== "") out.write(start);
    if (opened || attributes !== "") out.write("</row>");
  }

  private look(format: string): Look {
    let look = this.looks.get(format);
    if (look === undefined) {
      const style = this.styles.cellStyle(format === GENERAL ? {} : { numberFormat: format });
      const s = style === 0 ? "" : ` s="${style}"`;
      look = {
        style,
        shared: `"${s} t="s"><v>`,
        number: `"${s}><v>`,
        boolean: `"${s} t="b"><v>`,
        empty: `"${s}/>`,
      };
      this.looks.set(format, look);
    }
    return look;
  }
}
