/**
 * worksheet.onChanged through the library's own event path. The library registers handlers with
 * `_RegisterDataChangedEvent` (a host call) and then waits for RichApi messages; its test hooks
 * `_testSetRichApiMessageReadyImpl` / `_testTriggerRichApiMessageEvent` stand in for the
 * message channel office.js would open. Events go out after the response of the request that
 * caused them, as Excel delivers them asynchronously.
 */
import { formatLocalAddress } from "./address";
import type { Rect } from "./address";
import type { SheetModel } from "./model/sheet";

/** Excel's event type number for Worksheet.onChanged (library: eventType 10). */
const WORKSHEET_CHANGED = 10;
/** RichApi message category for events (library: Constants.eventMessageCategory). */
const EVENT_CATEGORY = 65536;

export interface EventHooks {
  _testSetRichApiMessageReadyImpl?: (impl: () => Promise<void>) => void;
  _testTriggerRichApiMessageEvent?: (message: unknown) => void;
}

export function enableEventChannel(officeExtension: EventHooks): void {
  officeExtension._testSetRichApiMessageReadyImpl?.(() => Promise.resolve());
}

export interface ChangeEvent {
  sheet: SheetModel;
  rect: Rect;
  source: "Local" | "Remote";
  changeType?: string;
}

export function deliverChangeEvents(
  officeExtension: EventHooks,
  changes: readonly ChangeEvent[],
): void {
  if (changes.length === 0) return;
  const trigger = officeExtension._testTriggerRichApiMessageEvent;
  if (!trigger)
    throw new Error("fake-excel: this Excel library has no _testTriggerRichApiMessageEvent hook");
  trigger({
    entries: changes.map((c) => ({
      messageCategory: EVENT_CATEGORY,
      messageType: WORKSHEET_CHANGED,
      targetId: c.sheet.id,
      message: JSON.stringify({
        address: formatLocalAddress(c.rect),
        changeType: c.changeType ?? "RangeEdited",
        source: c.source,
        worksheetId: c.sheet.id,
        shiftDirection: "None",
      }),
    })),
  });
}
