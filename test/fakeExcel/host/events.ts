/**
 * worksheet.onChanged through the library's own event path. The library registers handlers with
 * `_RegisterDataChangedEvent` (a host call) and then waits for RichApi messages; its test hooks
 * `_testSetRichApiMessageReadyImpl` / `_testTriggerRichApiMessageEvent` stand in for the
 * message channel office.js would open. Events go out after the response of the request that
 * caused them, as Excel delivers them asynchronously, to every runtime that listens to the
 * sheet and had events enabled when the change happened.
 *
 * Addresses and change types follow Excel.WorksheetChangedEventArgs: a typed or pasted block
 * is "RangeEdited" at its address; inserted or deleted whole rows and columns are
 * "RowInserted" / "RowDeleted" / "ColumnInserted" / "ColumnDeleted" at a whole-row or
 * whole-column address ("5:7", "C:C"), and a paste of whole rows is "RangeEdited" at "5:7"
 * (Excel.DataChangeType; office-js-docs-pr, excel-add-ins-events.md).
 */
import { formatLocalAddress } from "./address";
import type { Rect } from "./address";
import type { SheetModel } from "./model/sheet";
import type { RuntimeState } from "./runtime";

/**
 * The worksheet events modeled, with Excel's event type numbers (the library's `eventType` for
 * Worksheet.onChanged 10, onFormatChanged 18 (ExcelApi 1.9), onRowSorted 19 and onColumnSorted
 * 20 (ExcelApi 1.10)). A format-only change raises onFormatChanged and no onChanged; a sort
 * raises onRowSorted / onColumnSorted at the rows (columns) that moved and, in the strict
 * reading (Microsoft documents no onChanged for a sort), no onChanged.
 */
export type SheetEventKind = "changed" | "formatChanged" | "rowSorted" | "columnSorted";
const EVENT_TYPE: Record<SheetEventKind, number> = {
  changed: 10,
  formatChanged: 18,
  rowSorted: 19,
  columnSorted: 20,
};
/** RichApi message category for events (library: Constants.eventMessageCategory). */
const EVENT_CATEGORY = 65536;

export interface EventHooks {
  _testSetRichApiMessageReadyImpl?: (impl: () => Promise<void>) => void;
  _testTriggerRichApiMessageEvent?: (message: unknown) => void;
}

export function enableEventChannel(officeExtension: EventHooks): void {
  officeExtension._testSetRichApiMessageReadyImpl?.(() => Promise.resolve());
}

export type ChangeType =
  "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";

export interface ChangeEvent {
  sheet: SheetModel;
  rect: Rect;
  source: "Local" | "Remote";
  changeType: ChangeType;
  /** Which event it raises (onChanged when not said). */
  event?: SheetEventKind;
  /** Runtimes that listened to the sheet, with events on, when the change happened. */
  recipients: readonly RuntimeState[];
}

export function deliverChangeEvents(changes: readonly ChangeEvent[]): void {
  const byRuntime = new Map<RuntimeState, ChangeEvent[]>();
  for (const change of changes) {
    for (const runtime of change.recipients) {
      byRuntime.set(runtime, [...(byRuntime.get(runtime) ?? []), change]);
    }
  }
  for (const [runtime, list] of byRuntime) {
    const trigger = runtime.hooks?._testTriggerRichApiMessageEvent;
    if (!trigger)
      throw new Error("fake-excel: this Excel library has no _testTriggerRichApiMessageEvent hook");
    trigger({
      entries: list.map((c) => ({
        messageCategory: EVENT_CATEGORY,
        messageType: EVENT_TYPE[c.event ?? "changed"],
        targetId: c.sheet.id,
        message: JSON.stringify(
          (c.event ?? "changed") === "changed"
            ? {
                address: formatLocalAddress(c.rect),
                changeType: c.changeType,
                source: c.source,
                worksheetId: c.sheet.id,
                shiftDirection: "None",
              }
            : { address: formatLocalAddress(c.rect), source: c.source, worksheetId: c.sheet.id },
        ),
      })),
    });
  }
}
