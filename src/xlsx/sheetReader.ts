import { MAX_COLUMNS, MAX_ROWS } from "../core/model/address";
import type { Cell, CellArea } from "../core/model/cell";
import { readArea, readReference, reference } from "./cellReference";
import { MAX_GRID_CELLS } from "./limits";
import { FormatRows, mergeRow } from "./sheetRows";
import { decodeXstring } from "./xmlText";
import { ReadFailure } from "./readProblem";
import type { XmlHandler, XmlScanner } from "./xmlScanner";

// One worksheet's XML, read as it is inflated: rows of cells (shared strings looked up, numbers
// parsed, formulas' cached values taken, formats looked up by style), rows the user hid, and
// merged areas. Only cells holding a value are kept; the grid handed out (sheetGrid.ts) reaches
// no further than they do.

/** What the sheet reader needs from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Format code per cell style index ("" for General). */
  styleFormats: readonly string[];
  date1904: boolean;
  /** Cells and merged areas the workbook may still hold; shared by its sheets. */
  budget: { left: number; limit: number };
}

/** Thrown when a sheet's rows alone would make a grid past MAX_GRID_CELLS. */
export class SheetTooLarge extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    super("sheetTooLarge");
  }
}

/** The parsed sheet: row r at index r, null where the file has no value in the row. */
export interface ParsedSheet {
  /** Each row as long as its last value (or the widest row before it), exactly that long. */
  rows: (Cell[] | null)[];
  /** Per row, its formats (at most as long as the row), or undefined when all are General. */
  formats: (string[] | undefined)[];
  merges: CellArea[];
  /** 1-based rows marked hidden. */
  hiddenRows: number[];
  /** Rows (1-based count) and columns reached by a value. */
  rowCount: number;
  columnCount: number;
}

/** Cell types by the first letter of t="…": s(hared), str, inlineStr, b, e, d, n. */
const enum Type {
  Number,
  Shared,
  Text,
  Inline,
  Boolean,
  Error,
  Date,
}

const CHAR_0 = 48;
const ONE = 49;
const LOWER_T = 116;

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
const OFFSET_1904 = 1462;

export class SheetReader implements XmlHandler {
  private readonly parsed: ParsedSheet = {
    rows: [],
    formats: [],
    merges: [],
    hiddenRows: [],
    rowCount: 0,
    columnCount: 0,
  };
  private rowIndex = -1;
  /**
   * The current row's cells and formats, gathered in arrays kept from row to row and copied out
   * at the row's end at their final length: rows built by push would each carry spare capacity,
   * which at 200k rows is megabytes.
   */
  private readonly row: Cell[] = [];
  private readonly rowFormats: string[] = [];
  private rowHasFormats = false;
  private readonly formatRows = new FormatRows();

  // The cell being read.
  private column = -1;
  private type = Type.Number;
  private style = 0;
  /** The cell's value as text (strings, and numbers in more than one piece)… */
  private value = "";
  /** …or as the number read straight from the bytes (NaN when not read that way). */
  private number = NaN;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly context: SheetContext) {}

  result(): ParsedSheet {
    this.endRow();
    return this.parsed;
  }

  open(x: XmlScanner, name: string): void {
    switch (name) {
      case "c":
        this.openCell(x);
        break;
      case "v":
        this.inValue = true;
        break;
      case "t":
        this.inText = this.inInline && this.phonetic === 0;
        break;
      case "is":
        this.inInline = true;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "row":
        this.openRow(x);
        break;
      case "mergeCell":
        this.addMerge(x);
        break;
    }
  }

  close(_x: XmlScanner, name: string): void {
    switch (name) {
      case "c":
        this.closeCell();
        break;
      case "v":
        this.inValue = false;
        break;
      case "t":
        this.inText = false;
        break;
      case "is":
        this.inInline = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "row":
        this.endRow();
        break;
    }
  }

  text(x: XmlScanner, start: number, end: number, literal: boolean): void {
    if (this.inValue) {
      // Numbers and shared-string indices, nearly every cell of a sheet, skip the string.
      if (
        this.value === "" &&
        Number.isNaN(this.number) &&
        !literal &&
        (this.type === Type.Number || this.type === Type.Shared)
      ) {
        this.number = x.number(start, end);
        if (!Number.isNaN(this.number)) return;
      } else if (!Number.isNaN(this.number)) {
        this.value = String(this.number);
        this.number = NaN;
      }
      this.value += x.text(start, end, literal);
    } else if (this.inText) {
      this.value += x.text(start, end, literal);
    }
  }

  private openRow(x: XmlScanner): void {
    this.endRow();
    const b = x.bytes;
    const r = x.attrIndex("r");
    const number = r < 0 ? this.rowIndex + 2 : digits(b, x.valueStart(r), x.valueEnd(r));
    if (number < 1 || number > MAX_ROWS) throw new ReadFailure({ type: "damaged" });
    this.rowIndex = number - 1;
    this.column = -1;
    const hidden = x.attrIndex("hidden");
    // hidden="1" or hidden="true".
    if (hidden >= 0 && (b[x.valueStart(hidden)] === ONE || b[x.valueStart(hidden)] === LOWER_T))
      this.parsed.hiddenRows.push(number);
  }

  private endRow(): void {
    const row = this.row;
    if (row.length === 0) return;
    const { rows, formats, columnCount } = this.parsed;
    // Short rows are padded to the widest row so far: most rows then have their final length.
    // The grid handed out will be at least this row's number × that width: past the limit, the
    // sheet is given up now, before a single row more (or an empty row for a gap) is made.
    const width = Math.max(row.length, columnCount);
    if ((this.rowIndex + 1) * width > MAX_GRID_CELLS)
      throw new SheetTooLarge(this.rowIndex + 1, width);
    while (row.length < columnCount) row.push(null);
    const cells = row.slice();
    const shared = this.rowHasFormats ? this.formatRows.shared(this.rowFormats) : undefined;
    const r = this.rowIndex;
    while (rows.length < r) {
      rows.push(null);
      formats.push(undefined);
    }
    if (r === rows.length) {
      rows.push(cells);
      formats.push(shared);
    } else {
      mergeRow(this.parsed, r, cells, shared);
    }
    row.length = 0;
    this.rowFormats.length = 0;
    this.rowHasFormats = false;
  }

  private openCell(x: XmlScanner): void {
    const s = x.bytes;
    const ref = x.attrIndex("r");
    if (ref >= 0) {
      // The letters give the column; the row is the <row>'s (a cell outside one gives its own).
      if (readReference(s, x.valueStart(ref), x.valueEnd(ref)) < 0)
        throw new ReadFailure({ type: "damaged" });
      this.column = reference.column;
      if (this.rowIndex < 0) {
        if (reference.row < 0) throw new ReadFailure({ type: "damaged" });
        this.rowIndex = reference.row;
      }
    } else {
      if (this.rowIndex < 0) this.rowIndex = 0;
      this.column++;
    }
    if (this.column < 0 || this.column >= MAX_COLUMNS) throw new ReadFailure({ type: "damaged" });
    const t = x.attrIndex("t");
    this.type = t < 0 ? Type.Number : typeOf(s, x.valueStart(t), x.valueEnd(t));
    const style = x.attrIndex("s");
    this.style = style < 0 ? 0 : digits(s, x.valueStart(style), x.valueEnd(style));
    this.value = "";
    this.number = NaN;
    this.inValue = false;
    this.inInline = false;
    this.inText = false;
    this.phonetic = 0;
  }

  private closeCell(): void {
    const cell = this.cellValue();
    if (cell === null || cell === "") return;
    const budget = this.context.budget;
    if (--budget.left < 0) throw new ReadFailure({ type: "tooManyCells", limit: budget.limit });
    const row = this.row;
    const column = this.column;
    if (column >= row.length) {
      while (row.length < column) row.push(null);
      row.push(cell);
    } else {
      row[column] = cell;
    }
    const format = this.context.styleFormats[this.style] ?? "";
    if (format !== "" || (this.type === Type.Date && typeof cell === "number")) {
      const formats = this.rowFormats;
      while (formats.length <= column) formats.push("");
      formats[column] = format === "" ? "yyyy-mm-dd" : format;
      this.rowHasFormats = true;
    }
    const parsed = this.parsed;
    if (this.rowIndex + 1 > parsed.rowCount) parsed.rowCount = this.rowIndex + 1;
    if (column + 1 > parsed.columnCount) parsed.columnCount = column + 1;
  }

  private cellValue(): Cell {
    const v = this.value;
    switch (this.type) {
      case Type.Number: {
        if (!Number.isNaN(this.number)) return this.number;
        if (v.trim() === "") return null;
        const n = Number(v);
        return Number.isNaN(n) ? v : n;
      }
      case Type.Shared: {
        const index = Number.isNaN(this.number) ? Number(v) : this.number;
        return v === "" && Number.isNaN(this.number)
          ? null
          : (this.context.sharedStrings[index] ?? null);
      }
      case Type.Text:
      case Type.Inline:
        return decodeXstring(v);
      case Type.Boolean:
        return v === "" ? null : v.trim() === "1" || v.trim() === "true";
      case Type.Error:
        return v === "" ? null : v;
      case Type.Date:
        return this.dateSerial(v);
    }
  }

  /** t="d" holds an ISO 8601 date: as a serial in the workbook's own date system. */
  private dateSerial(v: string): Cell {
    if (v === "") return null;
    const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes("T") ? v : `${v}Z`);
    if (Number.isNaN(ms)) return v;
    return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (this.context.date1904 ? OFFSET_1904 : 0);
  }

  private addMerge(x: XmlScanner): void {
    const ref = x.attrIndex("ref");
    const area = ref < 0 ? null : readArea(x.bytes, x.valueStart(ref), x.valueEnd(ref));
    if (area === null) return;
    const budget = this.context.budget;
    if (--budget.left < 0) throw new ReadFailure({ type: "tooManyCells", limit: budget.limit });
    this.parsed.merges.push(area);
  }
}

/**
 * Rows of a ledger repeat a few patterns of formats (a date here, a date there): one array per
 * pattern, shared by its rows, instead of one per row. The recent patterns are kept; a row that
 * matches none gets its own. The core only reads numberFormats.
 */
function typeOf(s: Uint8Array, start: number, end: number): Type {
  switch (s[start]) {
    case 115: // s, str
      return end - start === 1 ? Type.Shared : Type.Text;
    case 105: // inlineStr
      return Type.Inline;
    case 98: // b
      return Type.Boolean;
    case 101: // e
      return Type.Error;
    case 100: // d
      return Type.Date;
    default:
      return Type.Number;
  }
}

/** A non-negative integer written in s[start, end); 0 when it is not one. */
function digits(s: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s[i]! - CHAR_0;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}
