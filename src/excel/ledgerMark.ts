import type { LedgerBinding } from "../app/bindings";
import { encodeMark, ledgerMarkName } from "../app/ownership/marks";
import { areaAddress } from "../core/model/address";
import type { NameRead } from "./nameRead";

/**
 * Queues (re)writing a bound ledger's mark: a hidden name over its header row, which Excel
 * carries through save and reopen, a renamed sheet and rows inserted above the header.
 */
export function queueLedgerMark(
  context: Excel.RequestContext,
  binding: LedgerBinding,
  existing: readonly NameRead[],
): void {
  const name = ledgerMarkName(binding.id);
  if (existing.some((m) => m.name === name)) context.workbook.names.getItem(name).delete();
  const width = Math.max(1, ...Object.values(binding.mapping).map((c) => c + 1));
  const header = context.workbook.worksheets
    .getItem(binding.sheet)
    .getRange(areaAddress({ row: binding.headerRow, column: 0, rowCount: 1, columnCount: width }));
  const comment = encodeMark({ kind: "ledger", binding: binding.id });
  context.workbook.names.add(name, header, comment).visible = false;
}
