/**
 * The sheet reader: `readLedger(sheet, options)` turns a SheetInput (what a host reads) into a
 * `ReadLedgerResult`, which extends the shared `Ledger` (kind, fields, rows[].cells[field]).
 * Cell values by field type: status → Status ("done" | "inProgress" | "notStarted" | "closed");
 * date → ISO "YYYY-MM-DD" (open-ended → null with openEnded: true); period (绩效考评 期间) →
 * its key "2021-Q2" / "2021-H1" / "2021-06" / "2021" (the order key of src/core/dates); office → the registry's
 * name when a registry is given, else the normalised full name (阿坝县院 → 阿坝县人民检察院);
 * number/integer → number (funding amounts in 万元 whatever the sheet's unit); boolean → boolean;
 * everything else → trimmed half-width text. `validateLedgers(results, options)` then checks the
 * foreign keys between ledgers (院名称 in the office registry, 问题编号 in the problem ledger).
 * `validateSheet(sheet, options)` runs the same reading and checks but keeps no rows (reports only).
 * `readWorkbookLedgers(sheets, options)` reads a workbook (or several files' sheets) as a clerk
 * would: hidden and 作废 sheets skipped, count tables and older monthly copies left out, two
 * tables on a sheet read apart, each decision a note; then validateLedgers.
 */
export { readLedger, validateSheet, type ReadOptions } from "./readLedger";
export type { ReadLedgerResult, SheetReport, UnmappedColumn } from "./readResult";
export { withUserColumns, type UserColumn } from "./userColumns";
export {
  classifyRow,
  detectLayout,
  filledGrid,
  titleContext,
  type ColumnLabel,
  type ColumnMapping,
  type RowClass,
  type SheetLayout,
  type SkippedRow,
  type TitleContext,
} from "../layout";
export { validateLedgers, type ValidateLedgersOptions } from "./validateLedgers";
export { itemKeys, sharedItems } from "./snapshots";
export {
  readWorkbookLedgers,
  type SheetChoice,
  type WorkbookRead,
  type WorkbookReadOptions,
} from "./readWorkbook";
export {
  makeNote,
  NOTE_MESSAGES,
  type NotePlace,
  type ReadNote,
  type ReadNoteType,
  type SkipReason,
} from "./notes";
export type { CountTable } from "./countTable";
export type { OfficeFromContext, SectionInfo } from "./contextFill";
export type { RowRange } from "./region";
