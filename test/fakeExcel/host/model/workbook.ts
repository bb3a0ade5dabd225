/**
 * The in-memory workbook the fake host answers from. Tests may read it directly (and seed it);
 * the add-in under test only reaches it through Office.js requests.
 */
import type { Rect } from "../address";
import { columnLetters, formatAddress, quoteSheetName } from "../address";
import { hostError } from "../errors";
import type { CellModel, CellValue } from "./cell";
import { contentOf } from "./cell";
import { assertValidSheetName } from "./names";
import { SheetModel } from "./sheet";
import type { NamedItemModel } from "./namedItem";
import { forgetSheetInNames } from "./namedItem";
import type { TableModel } from "./table";

export interface CellWrite {
  sheet: string;
  address: string;
  /**
   * "content": value or formula; "format": number format; "insert" / "delete": whole rows or
   * columns inserted or deleted at `address` (before and after are "").
   */
  kind: "content" | "format" | "insert" | "delete";
  before: CellValue;
  after: CellValue;
}

/** Computes what a formula cell shows; the host has no formula engine. */
export type FormulaEvaluator = (formula: string, sheet: string, address: string) => CellValue;

export const NO_FORMULA_ENGINE: FormulaEvaluator = () => "#CALC!";

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Document settings (Office.js workbook.settings), values as JSON-compatible data. */
  readonly settings = new Map<string, unknown>();
  /** Defined names (workbook.names and every worksheet.names), in creation order. */
  readonly names: NamedItemModel[] = [];
  /** workbook.properties.custom (ExcelApi 1.7), keyed by lower-case key (keys ignore case). */
  readonly customProperties = new Map<string, { key: string; value: unknown }>();
  readonly cellLog: CellWrite[] = [];
  readOnly = false;
  /** The file name Excel reports as workbook.name. */
  name = "工作簿1.xlsx";
  /** workbook.protection.protect(): sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  evaluateFormula: FormulaEvaluator = NO_FORMULA_ENGINE;
  /** context.runtime.enableEvents (ExcelApi 1.8): off, the add-in receives no events. */
  eventsEnabled = true;
  /** Changes waiting to be delivered as worksheet.onChanged events after the current request. */
  readonly pendingChanges: { sheet: SheetModel; rect: Rect; source: "Local" | "Remote" }[] = [];
  /** Set by application.suspendApiCalculationUntilNextSync; cleared after the request. */
  calculationSuspended = false;
  private nextId = 1;

  newId(prefix = ""): string {
    const n = this.nextId++;
    return prefix ? `${prefix}${n}` : `{${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`;
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(key: string): SheetModel | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  addSheet(name: string | undefined, where: string): SheetModel {
    const names = this.sheets.map((s) => s.name);
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = this.sheets.length + 1;
      while (names.some((x) => x.toLowerCase() === `sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    assertValidSheetName(finalName, names, where);
    const sheet = new SheetModel(this.newId(), finalName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Removes a sheet as Excel does: its tables go, names into it read #REF!, another sheet becomes active. */
  removeSheet(sheet: SheetModel): void {
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    forgetSheetInNames(this.names, sheet);
    if (this.activeSheetId === sheet.id) {
      const next = this.liveSheets().find((s) => s.visibility === "Visible");
      this.activeSheetId = next?.id ?? "";
    }
  }

  /** Every name a new table or defined name may not take: tables and defined names of any scope. */
  takenNames(except?: unknown): string[] {
    return [
      ...this.tables.filter((t) => !t.deleted && t !== except).map((t) => t.name),
      ...this.names.map((n) => n.name),
    ];
  }

  activeSheet(): SheetModel {
    const sheet = this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw hostError("ItemNotFound", "the workbook has no worksheet");
    return sheet;
  }

  /** Every mutation passes here: a read-only workbook or a protected sheet refuses it. */
  assertWritable(sheet: SheetModel | null, what: string): void {
    if (this.readOnly) throw hostError("AccessDenied", `${what}: the workbook is read-only`);
    if (sheet?.deleted)
      throw hostError("ItemNotFound", `${what}: sheet "${sheet.name}" was deleted`);
    if (sheet?.protection.protected) {
      throw hostError("AccessDenied", `${what}: sheet "${sheet.name}" is protected`);
    }
  }

  computedValue(
    sheet: SheetModel,
    row: number,
    column: number,
    cell: CellModel | undefined,
  ): CellValue {
    if (!cell) return "";
    if (cell.formula === undefined) return cell.value;
    return this.evaluateFormula(cell.formula, sheet.name, `${columnLetters(column)}${row + 1}`);
  }

  /** Queues an onChanged event for a sheet that has handlers, as Excel does for any edit. */
  noteChange(sheet: SheetModel, rect: Rect): void {
    if (this.eventsEnabled && sheet.changedEventRegistrations > 0)
      this.pendingChanges.push({ sheet, rect: { ...rect }, source: "Local" });
  }

  logWrite(
    sheet: SheetModel,
    row: number,
    column: number,
    kind: CellWrite["kind"],
    before: CellValue,
    after: CellValue,
  ): void {
    if (before === after) return;
    this.cellLog.push({
      sheet: sheet.name,
      address: `${columnLetters(column)}${row + 1}`,
      kind,
      before,
      after,
    });
  }

  /** Sets a cell's content (value or formula), logging the change. */
  writeContent(
    sheet: SheetModel,
    row: number,
    column: number,
    value: CellValue,
    formula: string | undefined,
  ): void {
    const cell = sheet.cell(row, column);
    const before = contentOf(cell);
    cell.value = value;
    if (formula === undefined) delete cell.formula;
    else cell.formula = formula;
    this.logWrite(sheet, row, column, "content", before, contentOf(cell));
  }

  writeNumberFormat(sheet: SheetModel, row: number, column: number, format: string): void {
    const cell = sheet.cell(row, column);
    const before = cell.numberFormat;
    cell.numberFormat = format;
    this.logWrite(sheet, row, column, "format", before, format);
  }

  address(sheet: SheetModel, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }

  sheetLabel(sheet: SheetModel): string {
    return quoteSheetName(sheet.name);
  }
}
