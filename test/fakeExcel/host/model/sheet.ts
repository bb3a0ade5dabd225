/** One worksheet: sparse cells plus the sheet-level things Excel keeps beside them. */
import type { Rect } from "../address";
import { MAX_COLUMNS } from "../address";
import type { CellModel } from "./cell";
import { emptyCell, isBlank } from "./cell";
import type { ChartModel } from "./chart";
import type { ConditionalFormatModel } from "./conditionalFormat";
import type { ValidationEntry } from "./validation";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetProtection {
  protected: boolean;
  password?: string;
  options: Record<string, unknown>;
}

export class SheetModel {
  id: string;
  name: string;
  visibility: SheetVisibility = "Visible";
  tabColor = "";
  deleted = false;
  /** Who made the sheet: a person (or the test's seed) or the add-in (worksheets.add). */
  createdBy: "user" | "addin" = "user";
  readonly cells = new Map<number, CellModel>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  protection: SheetProtection = { protected: false, options: {} };
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  showGridlines = true;
  /** PageLayout scalar settings (ExcelApi 1.9), keyed by their camelCase names. */
  pageLayout: Record<string, unknown> = {
    orientation: "Portrait",
    paperSize: "A4",
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    printOrder: "DownThenOver",
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
  };
  printArea: Rect[] = [];
  printTitleRows: Rect | null = null;
  /** Rows (0-based) a manual page break sits above; columns a vertical break sits left of. */
  horizontalPageBreaks: number[] = [];
  verticalPageBreaks: number[] = [];
  /** At least the number of cells with a hyperlink (see cellLimits.ts). */
  hyperlinkBound = 0;
  /** worksheet.customProperties (ExcelApi 1.12), keyed by lower-case key (keys ignore case). */
  readonly customProperties = new Map<string, { key: string; value: string }>();
  /** Handlers registered through worksheet.onChanged (the host records registrations). */
  changedEventRegistrations = 0;

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  peek(row: number, column: number): CellModel | undefined {
    return this.cells.get(SheetModel.key(row, column));
  }

  /** The cell, created empty if needed (for writes). */
  cell(row: number, column: number): CellModel {
    const key = SheetModel.key(row, column);
    let c = this.cells.get(key);
    if (!c) {
      c = emptyCell();
      this.cells.set(key, c);
    }
    return c;
  }

  /** Cells present in the map inside `rect`, without visiting every address of a huge rect. */
  *cellsIn(rect: Rect): Generator<{ row: number; column: number; cell: CellModel }> {
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area <= this.cells.size) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = this.peek(r, c);
          if (cell) yield { row: r, column: c, cell };
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) {
        yield { row, column, cell };
      }
    }
  }

  /** Bounding rect of cells with content (valuesOnly) or with content or formatting. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const hasFormat =
        cell.numberFormat !== "General" || Object.keys(cell.style).length > 0 || cell.hyperlink;
      if (isBlank(cell) && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, column),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return rect;
  }
}
