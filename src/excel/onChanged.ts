import { parseAddress } from "../core/plan/address";
import type { Supports } from "./support";

/**
 * Re-checks edited rows of a bound ledger while the task pane is open. Edits arrive through
 * `worksheet.onChanged`; rows are gathered and handed over once the user pauses (debounced).
 * The add-in's own writes are wrapped in `ownWrite`, which turns events off (ExcelApi 1.8
 * `runtime.enableEvents`) and ignores anything that still arrives, so a write never re-checks itself.
 */
export interface RecheckOptions {
  /** 0-based header row: edits at or above it are not data rows. */
  headerRow: number;
  debounceMs?: number;
  /** Called with the 1-based physical rows edited since the last call, sorted. */
  onRows: (rows: number[]) => void;
  /** Without ExcelApi 1.8 events cannot be turned off; the guard alone keeps own writes out. */
  supports?: Supports;
}

export interface Recheck {
  handler: (event: { address: string }) => void;
  /** Runs the add-in's own write with events off. */
  ownWrite: <T>(context: Excel.RequestContext, write: () => Promise<T>) => Promise<T>;
  /** Delivers pending rows now (e.g. before the pane closes). */
  flush: () => void;
}

export function createRecheck(options: RecheckOptions): Recheck {
  const pending = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = 0;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const rows = [...pending].sort((a, b) => a - b);
    pending.clear();
    options.onRows(rows);
  };
  const handler = (event: { address: string }) => {
    if (writing > 0) return;
    const area = parseAddress(event.address);
    if (!area) return;
    const first = Math.max(area.row, options.headerRow + 1);
    for (let r = first; r < area.row + area.rowCount; r++) pending.add(r + 1);
    if (pending.size === 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 400);
  };
  const ownWrite = async <T>(
    context: Excel.RequestContext,
    write: () => Promise<T>,
  ): Promise<T> => {
    writing++;
    const toggle = options.supports === undefined || options.supports("1.8");
    if (toggle) context.runtime.enableEvents = false;
    try {
      return await write();
    } finally {
      if (toggle) {
        context.runtime.enableEvents = true;
        await context.sync();
      }
      writing--;
    }
  };
  return { handler, ownWrite, flush };
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
