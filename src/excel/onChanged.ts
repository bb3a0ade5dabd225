import { parseAddress } from "../core/model/address";
import type { Supports } from "./support";

/**
 * Queues turning the add-in's events off or on (ExcelApi 1.8 `runtime.enableEvents`); without
 * 1.8 it does nothing. It only queues: the caller puts "off" in its first write request and "on"
 * in its last, so a write costs no request of its own and never re-checks itself. Older hosts
 * rely on the caller ignoring events while it writes.
 */
export function queueEvents(
  context: Excel.RequestContext,
  enabled: boolean,
  supports: Supports,
): void {
  if (supports("1.8")) context.runtime.enableEvents = enabled;
}

/**
 * Re-checks edited rows of a bound ledger while the task pane is open. Edits arrive through
 * `worksheet.onChanged`; rows are gathered and handed over once the user pauses (debounced).
 * The add-in's own writes turn events off through `queueEvents` (executePlan's `eventsOff`).
 */
export interface RecheckOptions {
  /** 0-based header row: edits at or above it are not data rows. */
  headerRow: number;
  debounceMs?: number;
  /**
   * Called with the 1-based physical rows edited since the last call, sorted; an empty list
   * means the whole ledger (rows were inserted or deleted, so every row below moved, or a whole
   * column changed).
   */
  onRows: (rows: number[]) => void;
}

/**
 * What the handler needs of `WorksheetChangedEventArgs` (and of a format change or a sort, given
 * to it as "RangeEdited" and "RowSorted" / "ColumnSorted").
 */
export interface SheetChange {
  address: string;
  changeType?: string;
}

export interface Recheck {
  handler: (event: SheetChange) => void;
  /** Delivers pending rows now (e.g. before the pane closes). */
  flush: () => void;
}

/**
 * What an event's address names: rows "B3:C5" or "5:7" (a pasted or cleared whole row), or the
 * whole ledger — a whole column "C:C", or rows inserted or deleted, which move every row below.
 * Several areas ("A1:B2, D5") are each read; an address nothing here reads is the whole ledger
 * too, so an edit is never dropped.
 */
const MANY_ROWS = 10_000;

export function changedRows(event: SheetChange): { from: number; to: number }[] | "all" {
  if (/^(Row|Column)(Inserted|Deleted|Sorted)$/.test(event.changeType ?? "")) return "all";
  const spans: { from: number; to: number }[] = [];
  for (const part of event.address.split(",")) {
    const local = part.trim().replace(/^.*!/, "");
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
    if (rows) {
      const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
      spans.push({ from: Math.min(a, b), to: Math.max(a, b) });
      continue;
    }
    const area = parseAddress(local);
    if (!area) return "all";
    spans.push({ from: area.row, to: area.row + area.rowCount - 1 });
  }
  // A select-all clear ("1:1048576") is not a list of rows worth keeping.
  return spans.some((s) => s.to - s.from >= MANY_ROWS) ? "all" : spans;
}

export function createRecheck(options: RecheckOptions): Recheck {
  const pending = new Set<number>();
  let whole = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!whole && pending.size === 0) return;
    const rows = whole ? [] : [...pending].sort((a, b) => a - b);
    pending.clear();
    whole = false;
    options.onRows(rows);
  };
  const handler = (event: SheetChange) => {
    const rows = changedRows(event);
    if (rows === "all") whole = true;
    else
      for (const span of rows)
        for (let r = Math.max(span.from, options.headerRow + 1); r <= span.to; r++)
          pending.add(r + 1);
    if (!whole && pending.size === 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 400);
  };
  return { handler, flush };
}

/** Registers the handler on a sheet (ExcelApi 1.7); remove it with the returned result. */
export function watchSheet(
  context: Excel.RequestContext,
  sheetName: string,
  recheck: Recheck,
): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
  return context.workbook.worksheets
    .getItem(sheetName)
    .onChanged.add(async (event) => recheck.handler(event));
}

/**
 * Registers the handler for number-format changes (ExcelApi 1.9), which raise no onChanged yet
 * change how a date reads, and for sorts (1.10), which move rows: a sort is the whole ledger.
 * Call it only where ExcelApi 1.10 exists.
 */
export function watchFormatsAndSorts(
  context: Excel.RequestContext,
  sheetName: string,
  recheck: Recheck,
): OfficeExtension.EventHandlerResult<
  | Excel.WorksheetFormatChangedEventArgs
  | Excel.WorksheetRowSortedEventArgs
  | Excel.WorksheetColumnSortedEventArgs
>[] {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  return [
    sheet.onFormatChanged.add(async (event) =>
      recheck.handler({ address: event.address, changeType: "RangeEdited" }),
    ),
    sheet.onRowSorted.add(async (event) =>
      recheck.handler({ address: event.address, changeType: "RowSorted" }),
    ),
    sheet.onColumnSorted.add(async (event) =>
      recheck.handler({ address: event.address, changeType: "ColumnSorted" }),
    ),
  ];
}
