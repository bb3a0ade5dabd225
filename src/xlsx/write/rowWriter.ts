import { columnLetter } from "../../core/model/address";
import type { PlanValue } from "../../core/plan/types";
import type { SharedStrings } from "./sharedStrings";

/** Where rows are written: a deflating part (see DeflatingEntry). */
export interface TextSink {
  write(text: string): void;
}

/**
 * A style's pieces of a `<c>` element, from the quote that ends the address up to the value:
 * made once per style, not once per cell.
 */
interface Look {
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
 * Writes a sheet's `<row>` elements straight to its part, one cell at a time: `begin` a row,
 * give its cells in column order, `end` it. A value cell comes out as cellXml writes it, but in
 * pieces (its column's `<c r="B`, the row number, its style's attributes, the value, the end
 * tag) rather than as one string: a merged sheet has millions of cells, and a string made per
 * cell, then joined per row and encoded, was most of what writing one left for the collector.
 * A row with neither cells nor attributes is left out.
 */
export class RowWriter {
  /** Per column, `<c r="` and the column's letters. */
  private readonly starts: string[] = [];
  /** Per style index. */
  private readonly looks: Look[] = [];
  private number = "";
  private start = "";
  private opened = false;

  constructor(
    private readonly out: TextSink,
    private readonly strings: SharedStrings,
  ) {}

  /** Starts row `row` (0-based); `attributes` (e.g. a height) make it written even when empty. */
  begin(row: number, attributes = ""): void {
    this.number = String(row + 1);
    this.start = `<row r="${this.number}"${attributes}>`;
    this.opened = false;
    if (attributes !== "") this.open();
  }

  /** A cell holding `value` with cellXfs index `style`; an empty one without a style is left
   * out, as cellXml's callers do. Strings are shared-string cells: text never becomes a formula. */
  value(column: number, style: number, value: PlanValue): void {
    if ((value === null || value === "") && style === 0) return;
    this.open();
    const out = this.out;
    out.write((this.starts[column] ??= `<c r="${columnLetter(column)}`));
    out.write(this.number);
    const look = (this.looks[style] ??= lookOf(style));
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

  /** A cell written whole (a formula's, from cellXml). */
  xml(cell: string): void {
    this.open();
    this.out.write(cell);
  }

  end(): void {
    if (this.opened) this.out.write("</row>");
  }

  private open(): void {
    if (this.opened) return;
    this.out.write(this.start);
    this.opened = true;
  }
}

function lookOf(style: number): Look {
  const s = style === 0 ? "" : ` s="${style}"`;
  return {
    shared: `"${s} t="s"><v>`,
    number: `"${s}><v>`,
    boolean: `"${s} t="b"><v>`,
    empty: `"${s}/>`,
  };
}
