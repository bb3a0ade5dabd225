import { parseSheetReference } from "../../core/model/address";
import type { LedgerMarkAt } from "../host";
import type { NameRead } from "../write/survey";
import { decodeMark } from "./marks";

/** Where the ledger marks among the workbook's names say the bound ledgers are now. */
export function ledgerMarksAt(marks: readonly NameRead[]): LedgerMarkAt[] {
  return marks.flatMap((m) => {
    const mark = decodeMark(m.comment);
    const at = parseSheetReference(m.value);
    if (mark?.kind !== "ledger" || !at) return [];
    return [{ binding: mark.binding, sheet: at.sheet, headerRow: at.area.row }];
  });
}
