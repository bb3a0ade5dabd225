import type { LedgerRow } from "../model/ledger";
import type { ReadLedgerResult } from "../read";

/** The office a row belongs to: its own 院 cell as the reader canonicalised it (or took it from
 * the title), else none. */
export function rowOffice(row: LedgerRow): string | null {
  const value = row.cells.office?.value;
  return typeof value === "string" && value !== "" ? value : null;
}

/** The file a ledger was read from, as the user named it. */
export function fileOf(ledger: ReadLedgerResult): string {
  return ledger.file ?? "";
}
