import type { EditListener } from "../app/host";

/**
 * Hands edits to a listener one call at a time. Re-checks read the sheet and check it: two at
 * once could finish out of order (Excel answers requests as they come, the check takes longer
 * for one than the other) and the older result would replace the newer one in the pane. So
 * while a call runs, edits are gathered per sheet — the rows merged, "whole ledger" (an empty
 * list) winning — and handed over in one call per sheet when it ends: however many edits arrive
 * meanwhile, exactly one more re-check follows.
 */
export function oneAtATime(listener: EditListener): EditListener {
  const waiting = new Map<string, Set<number> | "whole">();
  let running = false;

  const drain = async () => {
    running = true;
    try {
      for (let next = first(waiting); next; next = first(waiting)) {
        const [sheet, rows] = next;
        waiting.delete(sheet);
        try {
          await listener(sheet, rows === "whole" ? [] : [...rows].sort((a, b) => a - b));
        } catch {
          // A failed re-check leaves the list as it was; the next edit or 校验 reads again.
        }
      }
    } finally {
      running = false;
    }
  };

  return (sheet, rows) => {
    const held = waiting.get(sheet);
    if (rows.length === 0 || held === "whole") waiting.set(sheet, "whole");
    else waiting.set(sheet, new Set([...(held ?? []), ...rows]));
    if (!running) void drain();
  };
}

function first<K, V>(map: Map<K, V>): [K, V] | undefined {
  const entry = map.entries().next();
  return entry.done ? undefined : entry.value;
}
