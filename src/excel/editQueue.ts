import type { EditListener } from "../app/host";

/**
 * Hands edits to a listener one call at a time. Re-checks read the sheet and check it: two at
 * once could finish out of order (Excel answers requests as they come, the check takes longer
 * for one than the other) and the older result would replace the newer one in the pane. So
 * while a call runs, edits are gathered per sheet — the rows merged, "whole ledger" (an empty
 * list) winning, complete only if every call was — and handed over in one call per sheet when it ends: however many edits arrive
 * meanwhile, exactly one more re-check follows.
 */
export function oneAtATime(listener: EditListener): EditListener {
  // Per sheet: the rows (or "whole") and whether every call gathered was complete.
  const waiting = new Map<string, { rows: Set<number> | "whole"; complete: boolean }>();
  let running = false;

  const drain = async () => {
    running = true;
    try {
      for (let next = first(waiting); next; next = first(waiting)) {
        const [sheet, { rows, complete }] = next;
        waiting.delete(sheet);
        try {
          await listener(sheet, rows === "whole" ? [] : [...rows].sort((a, b) => a - b), complete);
        } catch {
          // A failed re-check leaves the list as it was; the next edit or 校验 reads again.
        }
      }
    } finally {
      running = false;
    }
  };

  return (sheet, rows, complete) => {
    const held = waiting.get(sheet);
    const prior = held?.rows ?? new Set<number>();
    waiting.set(sheet, {
      rows: rows.length === 0 || prior === "whole" ? "whole" : new Set([...prior, ...rows]),
      complete: complete && (held?.complete ?? true),
    });
    if (!running) void drain();
  };
}

function first<K, V>(map: Map<K, V>): [K, V] | undefined {
  const entry = map.entries().next();
  return entry.done ? undefined : entry.value;
}
