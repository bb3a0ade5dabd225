// Where a bound ledger's owned columns are, for 移除标识, found the same way by both hosts.
import type { LedgerBinding } from "../bindings";
import { parseSheetReference } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import { OWNED_MARK } from "../../core/plan/ownedMark";
import { columnMarkName, decodeMark } from "./marks";

/** An owned column to clear: where its mark (or, before marks, its binding record) puts it. */
export interface OwnedColumnTarget {
  /** The mark's name, deleted once the column is cleared or found adopted. */
  markName: string | null;
  /** The header text the add-in wrote there. */
  header: string;
  area: CellArea;
}

/** The binding's marked columns on this sheet; its recorded ones where no mark was ever made. */
export function ownedColumnTargets(
  binding: LedgerBinding,
  sheetName: string,
  names: readonly { name: string; comment: string | null; value: unknown }[],
): { targets: OwnedColumnTarget[]; stale: string[] } {
  const targets: OwnedColumnTarget[] = [];
  const stale: string[] = [];
  const markedKeys = new Set<string>();
  for (const n of names) {
    const mark = decodeMark(n.comment);
    if (mark?.kind !== "column" || n.name !== columnMarkName(binding.id, mark.key)) continue;
    markedKeys.add(mark.key);
    const at = parseSheetReference(String(n.value));
    // A mark over deleted cells (#REF!) has nothing left to clear; it is only forgotten.
    if (!at) stale.push(n.name);
    else if (at.sheet === sheetName)
      targets.push({ markName: n.name, header: mark.header, area: at.area });
  }
  for (const record of binding.ownedColumns) {
    if (markedKeys.has(record.key) || !record.header.startsWith(OWNED_MARK)) continue;
    targets.push({
      markName: null,
      header: record.header,
      area: {
        row: binding.headerRow,
        column: record.column,
        rowCount: Math.max(1, record.lastRow - binding.headerRow + 1),
        columnCount: 1,
      },
    });
  }
  return { targets, stale };
}
