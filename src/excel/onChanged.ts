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
  /** Called with the 1-based physical rows edited since the last call, sorted. */
  onRows: (rows: number[]) => void;
}

export interface Recheck {
  handler: (event: { address: string }) => void;
  /** Delivers pending rows now (e.g. before the pane closes). */
  flush: () => void;
}

export function createRecheck(options: RecheckOptions): Recheck {
  const pending = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const rows = [...pending].sort((a, b) => a - b);
    pending.clear();
    options.onRows(rows);
  };
  const handler = (event: { address: string }) => {
    const area = parseAddress(event.address);
    if (!area) return;
    const first = Math.max(area.row, options.headerRow + 1);
    for (let r = first; r < area.row + area.rowCount; r++) pending.add(r + 1);
    if (pending.size === 0) return;
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
