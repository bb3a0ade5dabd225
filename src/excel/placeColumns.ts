import type { CellArea } from "../core/model/cell";
import type { OwnedColumnPlan } from "../core/plan/types";
import type { LedgerBinding, OwnedColumnRecord } from "../app/bindings";
import type { SheetRead } from "./readWorkbook";

/** Headers of owned columns start with this mark, so anyone can see what the add-in added. */
export const OWNED_MARK = "【台账助手】";

export interface PlacedColumn {
  plan: OwnedColumnPlan;
  /** 0-based sheet column the add-in writes. */
  column: number;
  /** The range the add-in wrote last time (to clear before rewriting), if it is still ours. */
  previous: CellArea | null;
}

/**
 * Where each owned column goes: where the binding recorded it, if that cell of the header row
 * still holds the header the add-in wrote; else wherever that header now is in the header row
 * (columns were inserted before it); else the next empty column right of the used range. A
 * column whose header is not the add-in's is never reused, so a user's column is never overwritten.
 */
export function placeColumns(
  plans: readonly OwnedColumnPlan[],
  binding: LedgerBinding,
  sheet: SheetRead,
): PlacedColumn[] {
  const used = sheet.used;
  let free = used ? used.column + used.columnCount : 0;
  const taken = new Set<number>();
  const placed: PlacedColumn[] = [];
  for (const plan of plans) {
    const record = binding.ownedColumns.find((c) => c.key === plan.key);
    const found = record ? findOwned(record, plan.headerRow, sheet, taken) : null;
    let column: number;
    if (found !== null) column = found;
    else {
      while (taken.has(free)) free++;
      column = free++;
    }
    taken.add(column);
    const previous =
      found !== null && record
        ? {
            row: plan.headerRow,
            column,
            rowCount: Math.max(1, record.lastRow - plan.headerRow + 1),
            columnCount: 1,
          }
        : null;
    placed.push({ plan, column, previous });
  }
  return placed;
}

function findOwned(
  record: OwnedColumnRecord,
  headerRow: number,
  sheet: SheetRead,
  taken: Set<number>,
): number | null {
  if (!record.header.startsWith(OWNED_MARK)) return null;
  const header = sheet.input.values[headerRow] ?? [];
  if (header[record.column] === record.header && !taken.has(record.column)) return record.column;
  const moved = header.findIndex((v, c) => v === record.header && !taken.has(c));
  return moved >= 0 ? moved : null;
}
