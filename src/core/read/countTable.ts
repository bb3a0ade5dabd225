// A per-office count table (统计表: 院名称 | 问题数 | 措施数 | 完成率) looks like a ledger to a
// header matcher but counts one: its rows are offices, its cells numbers. Told apart by shape:
// an office column, and every other column (but 序号, 市州, 类别, 备注) mostly numbers.
import { compileFieldKeys, labelConfidence, labelKey, MIN_CONFIDENCE } from "../layout";
import { LEDGER_SCHEMAS } from "../ledgers";
import type { Cell } from "../model/cell";
import { columnLetter } from "../model/address";
import { normalizeOfficeName, parseNumber } from "../normalize";
import { cellText, displayText, isEmptyCell } from "../text";
import type { ReadLedgerResult } from "./readResult";

/** One per-office count table, read as numbers (not a ledger: nothing in it is summed). */
export interface CountTable {
  file: string | null;
  sheet: string;
  /** Physical 1-based header row. */
  headerRow: number;
  /** The counted columns: their labels as typed and letters. */
  columns: Array<{ label: string; letter: string }>;
  rows: Array<{ row: number; office: string; values: Record<string, number | null> }>;
}

const OFFICE_FIELDS = [
  ...compileFieldKeys(LEDGER_SCHEMAS.problem).filter((f) => f.field === "office"),
  ...compileFieldKeys(LEDGER_SCHEMAS.office).filter((f) => f.field === "name"),
];
/** Columns a count table may hold beside the office and the counts. */
const SIDE_LABELS = /^(序号|编号|市州|所属市州|地区|地市|类别|类型|备注|说明)$/;
/** How an office's name ends (阿坝县院, 阿坝县人民检察院, 铁路运输检察分院). */
const OFFICE_NAME = /(院|检察分院|检察处)[\s）)]*$/;
/** Share of a column's filled cells that must be numbers for it to count. */
const NUMERIC_SHARE = 0.8;

function namesOffice(label: string): boolean {
  const key = labelKey(label);
  return OFFICE_FIELDS.some((f) => labelConfidence(key, f) >= MIN_CONFIDENCE + 0.2);
}

function isNumber(cell: Cell | undefined): boolean {
  if (typeof cell === "number") return true;
  if (typeof cell !== "string") return false;
  const parsed = parseNumber(cell);
  return parsed.ok && parsed.value !== null;
}

/** The result's sheet as a count table, or undefined when it is not one. */
export function countTableOf(result: ReadLedgerResult, raw: Cell[][]): CountTable | undefined {
  const headerRow = result.headerRows[result.headerRows.length - 1];
  if (headerRow === undefined) return undefined;
  const labels = (raw[headerRow - 1] ?? []).map((cell) => displayText(cellText(cell)));
  const office = labels.findIndex((label) => label !== "" && namesOffice(label));
  if (office < 0) return undefined;
  // The data rows: below the header to the first blank, total or footer row.
  const ends = result.skippedRows.filter((s) => s.rowNumber > headerRow).map((s) => s.rowNumber);
  const last = Math.min(raw.length, ...ends.map((row) => row - 1));
  const dataRows: number[] = [];
  for (let row = headerRow + 1; row <= last; row++)
    if (!isEmptyCell(raw[row - 1]?.[office])) dataRows.push(row);
  if (dataRows.length === 0) return undefined;
  // The rows must be offices: a column merely headed "name" holding other names is no office.
  const offices = dataRows.filter((row) =>
    OFFICE_NAME.test(cellText(raw[row - 1]?.[office] ?? null)),
  );
  if (offices.length < dataRows.length / 2) return undefined;
  const counted: number[] = [];
  for (let c = 0; c < labels.length; c++) {
    if (c === office || labels[c] === "" || SIDE_LABELS.test(labels[c] ?? "")) continue;
    const filled = dataRows.map((row) => raw[row - 1]?.[c]).filter((cell) => !isEmptyCell(cell));
    const numbers = filled.filter(isNumber).length;
    if (filled.length > 0 && numbers < NUMERIC_SHARE * filled.length) return undefined;
    counted.push(c);
  }
  if (counted.length === 0) return undefined;
  return {
    file: result.file ?? null,
    sheet: result.sheet,
    headerRow,
    columns: counted.map((c) => ({ label: labels[c] ?? "", letter: columnLetter(c) })),
    rows: dataRows.map((row) => ({
      row,
      office: normalizeOfficeName(cellText(raw[row - 1]?.[office] ?? null)),
      values: Object.fromEntries(
        counted.map((c) => {
          const parsed = parseNumber(raw[row - 1]?.[c] ?? null);
          return [labels[c] ?? "", parsed.ok ? parsed.value : null];
        }),
      ),
    })),
  };
}
