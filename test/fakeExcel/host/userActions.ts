/**
 * What a person does in Excel while the add-in works: typing or pasting cells, inserting or
 * deleting whole rows and columns, adding, renaming and deleting sheets. None of it is logged in
 * the cell log (which records the add-in's writes); cells typed here count as the user's (see
 * userCellsChangedByAddIn). Edits raise worksheet.onChanged in the runtimes listening to the
 * sheet, with the address and change type Excel gives (events.ts).
 */
import type { Rect } from "./address";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  formatLocalAddress,
  parseLocalAddress,
  rectColumns,
  rectRows,
} from "./address";
import type { Axis } from "./api/rangeShift";
import { shiftSheet } from "./api/rangeShift";
import { growTablesBeside } from "./api/tableGrowth";
import type { ChangeType, SheetEventKind } from "./events";
import { deliverChangeEvents } from "./events";
import type { CellModel } from "./model/cell";
import { GENERAL } from "./model/cell";
import { assertValidSheetName } from "./model/names";
import { SheetModel } from "./model/sheet";
import { interpretInput } from "./model/typedInput";
import type { ValidationEntry } from "./model/validation";
import { listItemsOf, validationAt } from "./model/validation";
import type { WorkbookModel } from "./model/workbook";

export class UserActions {
  constructor(private readonly workbook: WorkbookModel) {}

  /** Types `values` into `address` (a block the size of `values`). */
  edit(sheetName: string, address: string, values: unknown[][]): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    if (
      values.length !== rectRows(rect) ||
      values.some((line) => line.length !== rectColumns(rect))
    ) {
      throw new Error(`fake-excel userEdit: values do not match ${address}`);
    }
    this.type(sheet, rect, values);
    this.announce(sheet, rect, "RangeEdited");
  }

  /**
   * Pastes whole rows ("5:7") or whole columns ("C:D"): `values` fill them from column A (or
   * row 1) and every other cell of them is emptied, as pasting copied whole rows does. The event
   * carries the whole-row or whole-column address.
   */
  paste(sheetName: string, address: string, values: unknown[][]): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    const axis = wholeAxis(rect, "userPaste");
    const lines = axis === "row" ? rectRows(rect) : rectColumns(rect);
    if (values.length !== lines)
      throw new Error(`fake-excel userPaste: give one array per ${axis} of ${address}`);
    for (const { row, column } of [...sheet.cellsIn(rect)])
      sheet.cells.delete(SheetModel.key(row, column));
    const block: unknown[][] =
      axis === "row"
        ? values
        : Array.from({ length: Math.max(0, ...values.map((v) => v.length)) }, (_, r) =>
            values.map((col) => col[r] ?? null),
          );
    const width = Math.max(0, ...block.map((line) => line.length));
    if (width > 0 && block.length > 0) {
      const filled = block.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? null));
      this.type(
        sheet,
        {
          top: rect.top,
          left: rect.left,
          bottom: rect.top + filled.length - 1,
          right: rect.left + width - 1,
        },
        filled,
      );
    }
    this.announce(sheet, rect, "RangeEdited");
  }

  /** Inserts whole rows ("5:7") or columns ("C:D"); everything below or right moves. */
  insert(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    const axis = wholeAxis(rect, "userInsert");
    const [at, count] =
      axis === "row" ? [rect.top, rectRows(rect)] : [rect.left, rectColumns(rect)];
    shiftSheet(this.workbook, sheet, { axis, at, count }, "userInsert");
    this.announce(sheet, rect, axis === "row" ? "RowInserted" : "ColumnInserted");
  }

  /** Deletes whole rows ("5:7") or columns ("C:C"). */
  delete(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    const axis = wholeAxis(rect, "userDelete");
    const [at, count] =
      axis === "row" ? [rect.top, rectRows(rect)] : [rect.left, rectColumns(rect)];
    shiftSheet(this.workbook, sheet, { axis, at, count: -count }, "userDelete");
    this.announce(sheet, rect, axis === "row" ? "RowDeleted" : "ColumnDeleted");
  }

  /**
   * Sets the number format of `address` (Home > Number format): the cells keep their values. It
   * raises onFormatChanged (ExcelApi 1.9) where a runtime listens for it, and no onChanged.
   */
  format(sheetName: string, address: string, numberFormat: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) sheet.cell(r, c).numberFormat = numberFormat;
    this.announce(sheet, rect, "RangeEdited", "formatChanged");
  }

  /**
   * Sorts the rows of `address` (Data > Sort, no header row) by the column `byColumn` ("C") of
   * it: whole cells move (values, formats). Numbers before text, blanks last, as Excel sorts
   * ascending; `descending` reverses the non-blank order. Raises onRowSorted (ExcelApi 1.10) at
   * the rows that moved ("Only rows changed as a result of the sort operation are returned",
   * WorksheetRowSortedEventArgs) and no onChanged. Excel refuses to sort across merged cells.
   */
  sort(sheetName: string, address: string, byColumn: string, descending = false): void {
    const sheet = this.sheet(sheetName);
    const rect = parseLocalAddress(address);
    const key = parseLocalAddress(`${byColumn}1`).left;
    if (key < rect.left || key > rect.right)
      throw new Error(`fake-excel userSort: column ${byColumn} is not in ${address}`);
    if (sheet.merges.some((m) => m.bottom >= rect.top && m.top <= rect.bottom))
      throw new Error("fake-excel userSort: Excel cannot sort rows that hold merged cells");
    const rows = Array.from({ length: rectRows(rect) }, (_, i) => {
      const row = rect.top + i;
      const cells = new Map<number, CellModel>();
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.peek(row, c);
        if (cell) cells.set(c, cell);
      }
      return { from: row, cells, key: sheet.peek(row, key)?.value ?? "" };
    });
    const rank = (v: unknown) => (v === "" || v === null ? 2 : typeof v === "number" ? 0 : 1);
    const sorted = [...rows].sort((a, b) => {
      const [ra, rb] = [rank(a.key), rank(b.key)];
      if (ra !== rb) return ra - rb;
      if (ra === 2) return 0;
      const order =
        ra === 0 ? Number(a.key) - Number(b.key) : String(a.key).localeCompare(String(b.key));
      return descending ? -order : order;
    });
    for (const { from } of rows)
      for (let c = rect.left; c <= rect.right; c++) sheet.cells.delete(SheetModel.key(from, c));
    const moved: number[] = [];
    sorted.forEach((line, i) => {
      const to = rect.top + i;
      if (line.from !== to) moved.push(to);
      for (const [c, cell] of line.cells) sheet.cells.set(SheetModel.key(to, c), cell);
    });
    if (moved.length === 0) return;
    this.announce(
      sheet,
      { ...rect, top: Math.min(...moved), bottom: Math.max(...moved) },
      "RangeEdited",
      "rowSorted",
    );
  }

  addSheet(name: string, cells: unknown[][] = []): void {
    const sheet = this.workbook.addSheet(name, "userAddSheet");
    sheet.createdBy = "user";
    if (cells.length > 0) {
      const width = Math.max(...cells.map((line) => line.length));
      const filled = cells.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? null));
      this.type(sheet, { top: 0, left: 0, bottom: filled.length - 1, right: width - 1 }, filled);
    }
  }

  /**
   * Renames a sheet. Formulas that name it are not rewritten (Excel would rewrite them); the
   * add-in's own references by id or by kept object stay valid, references by name do not.
   */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    const others = this.workbook
      .liveSheets()
      .filter((s) => s !== sheet)
      .map((s) => s.name);
    assertValidSheetName(to, others, "userRenameSheet");
    sheet.name = to;
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (
      this.workbook.liveSheets().filter((s) => s !== sheet && s.visibility === "Visible").length ===
      0
    )
      throw new Error("fake-excel userDeleteSheet: Excel keeps at least one visible sheet");
    this.workbook.removeSheet(sheet);
  }

  private sheet(name: string): SheetModel {
    const sheet = this.workbook.findSheet(name);
    if (!sheet || sheet.deleted) throw new Error(`fake-excel user action: no sheet "${name}"`);
    return sheet;
  }

  private type(sheet: SheetModel, rect: Rect, values: unknown[][]): void {
    values.forEach((line, r) =>
      line.forEach((input, c) => {
        if (input === null || input === undefined) return;
        assertListAllows(sheet.validations, rect.top + r, rect.left + c, input);
        const cell = sheet.cell(rect.top + r, rect.left + c);
        const stored = interpretInput(
          input,
          cell.numberFormat ?? GENERAL,
          `userEdit ${formatLocalAddress(rect)}`,
        );
        if (!stored) return;
        cell.value = stored.value;
        if (stored.formula === undefined) delete cell.formula;
        else cell.formula = stored.formula;
        if (stored.impliedFormat && cell.numberFormat === GENERAL)
          cell.numberFormat = stored.impliedFormat;
        this.workbook.userCells.add(cell);
      }),
    );
    growTablesBeside(this.workbook, sheet, rect);
  }

  private announce(
    sheet: SheetModel,
    rect: Rect,
    changeType: ChangeType,
    event: SheetEventKind = "changed",
  ): void {
    const recipients = this.workbook.listenersOf(sheet, event);
    if (recipients.length > 0)
      deliverChangeEvents([{ sheet, rect, source: "Local", changeType, event, recipients }]);
  }
}

function wholeAxis(rect: Rect, where: string): Axis {
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return "row";
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) return "column";
  throw new Error(`fake-excel ${where}: give whole rows ("5:7") or whole columns ("C:D")`);
}

/**
 * A person cannot type a value outside a list rule whose alert is Stop (Excel shows the alert
 * and keeps the old content). Items compare exactly (the strict reading; Excel's case rule for
 * list items is not documented). Blank input passes when the rule ignores blanks.
 */
function assertListAllows(
  validations: readonly ValidationEntry[],
  row: number,
  column: number,
  input: unknown,
): void {
  const rule = validationAt(validations, row, column);
  if (!rule || !rule.errorAlert.showAlert || rule.errorAlert.style !== "Stop") return;
  const items = listItemsOf(rule);
  if (!items) return;
  const text = input === null || input === undefined ? "" : String(input);
  if (text === "" && rule.ignoreBlanks) return;
  if (!items.includes(text)) {
    throw new Error(
      `fake-excel userEdit: Excel refuses ${JSON.stringify(text)} here; the list offers ${JSON.stringify(items)}`,
    );
  }
}
