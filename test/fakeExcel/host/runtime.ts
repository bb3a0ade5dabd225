/**
 * One add-in runtime talking to the workbook: a task pane, or the function-file runtime of a
 * ribbon command. Each has its own copy of the Excel library, its own event registrations and
 * its own `context.runtime.enableEvents` ("toggle JavaScript events in the current task pane or
 * content add-in", Excel.Runtime reference), while the workbook they edit is one.
 */
import type { EventHooks, SheetEventKind } from "./events";
import type { SheetModel } from "./model/sheet";

export class RuntimeState {
  /** Handlers this runtime registered through worksheet.onChanged, per sheet. */
  readonly registrations = new Map<SheetModel, number>();
  eventsEnabled = true;
  /** The library's test hooks that deliver RichApi event messages to this runtime. */
  hooks: EventHooks | undefined;
  /** Called when the workbook is reopened: the runtime starts afresh (see reopen). */
  onReopen: (() => void) | undefined;

  /**
   * Handlers registered through the other worksheet events this host models (onFormatChanged,
   * ExcelApi 1.9; onRowSorted and onColumnSorted, 1.10), per event and sheet.
   */
  readonly otherRegistrations = new Map<
    Exclude<SheetEventKind, "changed">,
    Map<SheetModel, number>
  >();

  listensTo(sheet: SheetModel, kind: SheetEventKind = "changed"): boolean {
    if (!this.eventsEnabled) return false;
    if (kind === "changed") return (this.registrations.get(sheet) ?? 0) > 0;
    return (this.otherRegistrations.get(kind)?.get(sheet) ?? 0) > 0;
  }

  registerFor(kind: Exclude<SheetEventKind, "changed">, sheet: SheetModel, delta: 1 | -1): void {
    const bySheet = this.otherRegistrations.get(kind) ?? new Map<SheetModel, number>();
    const next = Math.max(0, (bySheet.get(sheet) ?? 0) + delta);
    if (next === 0) bySheet.delete(sheet);
    else bySheet.set(sheet, next);
    this.otherRegistrations.set(kind, bySheet);
  }

  register(sheet: SheetModel, delta: 1 | -1): void {
    const next = Math.max(0, (this.registrations.get(sheet) ?? 0) + delta);
    if (next === 0) this.registrations.delete(sheet);
    else this.registrations.set(sheet, next);
    sheet.changedEventRegistrations = Math.max(0, sheet.changedEventRegistrations + delta);
  }
}
