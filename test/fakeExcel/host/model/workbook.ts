/**
 * The in-memory workbook the fake host answers from. Tests may read it directly (and seed it);
 * the add-in under test only reaches it through Office.js requests.
 */
import type { Rect } from "../address";
import { columnLetters, formatAddress, quoteSheetName } from "../address";
import { CellEditMode } from "../cellEdit";
import { hostError } from "../errors";
import type { ChangeEvent, ChangeType, SheetEventKind } from "../events";
import type { HostObject } from "../hostObject";
import type { RuntimeState } from "../runtime";
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
  /** Cells a person typed or the test seeded, whose content the add-in must leave alone. */
  readonly userCells = new WeakSet<CellModel>();
  /** Content changes the add-in made to user cells, deletions included (userCellsChangedByAddIn). */
  readonly userCellChanges: CellWrite[] = [];
  /** Names of sheets a person made (or the test seeded) that the add-in deleted. */
  readonly userSheetsDeleted: string[] = [];
  readOnly = false;
  /** The file name Excel reports as workbook.name. */
  name = "工作簿1.xlsx";
  /** workbook.protection.protect(): sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  evaluateFormula: FormulaEvaluator = NO_FORMULA_ENGINE;
  /** The add-in runtimes (task pane, function file…) working on this workbook. */
  readonly runtimes: RuntimeState[] = [];
  /** Objects kept by `_KeepReference` in any runtime, addressed later by ObjectPathType 6. */
  readonly references = new Map<string, HostObject>();
  private nextReference = 1;
  /** Changes waiting to be delivered as worksheet.onChanged events after the current request. */
  readonly pendingChanges: ChangeEvent[] = [];
  /** Whether a person is editing a cell (Excel then refuses add-in requests; see cellEdit.ts). */
  readonly cellEdit = new CellEditMode();
  /** Set by application.suspendApiCalculationUntilNextSync; cleared after the request. */
  calculationSuspended = false;
  private nextId = 1;

  /** context.runtime.enableEvents (ExcelApi 1.8) of every runtime: off in any, some events are lost. */
  get eventsEnabled(): boolean {
    return this.runtimes.every((r) => r.eventsEnabled);
  }

  /**
   * Saving and reopening the file. Excel renumbers worksheet ids by tab position when it opens a
   * file: ids are stable within a session only (office-js-docs#297, office-js#1390; the first
   * sheet of a new file is {00000000-0001-0000-0000-000000000000}, office-js#552). Names, tables,
   * settings and custom properties travel in the file; kept references, event registrations,
   * `enableEvents` and the selection belong to the session and are gone, and every runtime
   * starts afresh (its Office.context.document.settings copy reloads from the file).
   */
  reopen(): void {
    const active = this.sheets.find((s) => s.id === this.activeSheetId);
    this.sheets.forEach((sheet, position) => {
      const hex = position.toString(16).toUpperCase().padStart(4, "0");
      sheet.id = `{00000000-0001-0000-${hex}-000000000000}`;
      sheet.changedEventRegistrations = 0;
    });
    this.activeSheetId = active?.id ?? this.sheets[0]?.id ?? "";
    this.references.clear();
    this.pendingChanges.length = 0;
    this.selection = null;
    this.calculationSuspended = false;
    this.cellEdit.exit();
    for (const runtime of this.runtimes) {
      runtime.registrations.clear();
      runtime.otherRegistrations.clear();
      runtime.eventsEnabled = true;
      runtime.onReopen?.();
    }
  }

  newReferenceId(): string {
    return `fake-ref-${this.nextReference++}`;
  }

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

  /** The runtimes an edit of `sheet` now would reach with an onChanged (or another) event. */
  listenersOf(sheet: SheetModel, kind: SheetEventKind = "changed"): RuntimeState[] {
    return this.runtimes.filter((r) => r.listensTo(sheet, kind));
  }

  /**
   * Queues an onFormatChanged event (ExcelApi 1.9) for the runtimes listening for it: a number
   * format written by the add-in raises it, and no onChanged (a format is not data).
   */
  noteFormatChange(sheet: SheetModel, rect: Rect): void {
    const recipients = this.listenersOf(sheet, "formatChanged");
    if (recipients.length > 0)
      this.pendingChanges.push({
        sheet,
        rect: { ...rect },
        source: "Local",
        changeType: "RangeEdited",
        event: "formatChanged",
        recipients,
      });
  }

  /** Queues an onChanged event for the runtimes listening to the sheet, as Excel does for any edit. */
  noteChange(sheet: SheetModel, rect: Rect, changeType: ChangeType = "RangeEdited"): void {
    const recipients = this.listenersOf(sheet);
    if (recipients.length > 0)
      this.pendingChanges.push({
        sheet,
        rect: { ...rect },
        source: "Local",
        changeType,
        recipients,
      });
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
    if (this.userCells.has(cell))
      this.noteUserCellChange(sheet, row, column, before, contentOf(cell));
  }

  /** Records that the add-in changed (or, with after "", deleted) a cell a person typed. */
  noteUserCellChange(
    sheet: SheetModel,
    row: number,
    column: number,
    before: CellValue,
    after: CellValue,
  ): void {
    if (before === after) return;
    const address = `${columnLetters(column)}${row + 1}`;
    this.userCellChanges.push({ sheet: sheet.name, address, kind: "content", before, after });
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
