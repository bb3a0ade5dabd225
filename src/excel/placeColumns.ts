import type { CellArea } from "../core/model/cell";
import type { OwnedColumnPlan } from "../core/plan/types";
import { parseAddress } from "../core/plan/address";
import { ownedColumnName, type LedgerBinding } from "./bindings";
import type { SheetRead, WorkbookSurvey } from "./readWorkbook";

/** Headers of owned columns start with this mark, so anyone can see what the add-in added. */
export const OWNED_MARK = "【台账助手】";

export interface PlacedColumn {
  plan: OwnedColumnPlan;
  /** 0-based sheet column the add-in writes. */
  column: number;
  /** The defined name that will track it. */
  name: string;
  /** The range the add-in wrote last time (to clear before rewriting), if it is still ours. */
  previous: CellArea | null;
}

/**
 * Where each owned column goes: where its defined name points, if that column still carries an
 * owned header; otherwise the next empty column right of the used range. A column whose header
 * is not ours is never reused, so a user's column is never overwritten.
 */
export function placeColumns(
  plans: readonly OwnedColumnPlan[],
  binding: LedgerBinding,
  sheet: SheetRead,
  survey: WorkbookSurvey,
): PlacedColumn[] {
  const used = sheet.used;
  let free = used ? used.column + used.columnCount : 0;
  const taken = new Set<number>();
  const placed: PlacedColumn[] = [];
  for (const plan of plans) {
    const name = ownedColumnName(binding.id, plan.key);
    const previous = previousArea(name, sheet, survey);
    let column: number;
    if (previous && headerIsOwned(sheet, plan.headerRow, previous.column) && !taken.has(previous.column)) {
      column = previous.column;
    } else {
      while (taken.has(free)) free++;
      column = free++;
    }
    taken.add(column);
    placed.push({ plan, column, name, previous: previous && previous.column === column ? previous : null });
  }
  return placed;
}

function previousArea(name: string, sheet: SheetRead, survey: WorkbookSurvey): CellArea | null {
  const item = survey.names.find((n) => n.name === name);
  if (!item) return null;
  const reference = item.value.replace(/^=/, "");
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return null;
  const sheetPart = reference.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  if (sheetPart !== sheet.name) return null;
  return parseAddress(reference.slice(bang + 1));
}

function headerIsOwned(sheet: SheetRead, headerRow: number, column: number): boolean {
  const header = sheet.input.values[headerRow]?.[column];
  return typeof header === "string" && header.startsWith(OWNED_MARK);
}
