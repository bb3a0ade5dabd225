// Each ledger kind's rows from every file, in one sheet: four 来源 columns (file, sheet, row,
// office) then the kind's fields, aligned by field whatever each office titled its columns (the
// reader has already mapped headers to fields). Cells are copied as the user wrote them: text
// stays text (the host writes strings as text), numbers and date serials stay numbers.
import { TaizhangError } from "../errors";
import { GENERIC_KIND } from "../layout/genericSchema";
import { LEDGER_SCHEMAS, isLedgerKind } from "../ledgers";
import { MAX_ROWS } from "../model/address";
import type { Lang } from "../model/lang";
import type { LedgerField } from "../model/ledger";
import { DATE_FORMAT } from "../plan/formats";
import { MERGED_SHEET_KEY_PREFIX } from "../plan/ownedMark";
import { listPrint } from "../plan/printLayout";
import { legalSheetName } from "../plan/sheetName";
import { emptySheetPlan, type OwnedSheetPlan, type PlanValue } from "../plan/types";
import type { ReadLedgerResult } from "../read";
import { fileOf, rowOffice } from "./rowSource";
import type { ConsolidatedFile } from "./types";

/** Rows per value block of a merged sheet. */
const BLOCK_ROWS = 5_000;

/** Ledger rows one merged sheet holds: Excel's rows less its title and header. */
export const MERGED_ROWS_MAX = MAX_ROWS - 2;

export const SOURCE_TITLES: Record<Lang, readonly string[]> = {
  zh: ["来源文件", "来源工作表", "来源行号", "来源院"],
  en: ["Source file", "Source sheet", "Source row", "Source office"],
};

/** The owned-sheet key of a kind's merged sheet. */
export function mergedSheetKey(kind: string): string {
  return `${MERGED_SHEET_KEY_PREFIX}${kind}`;
}

/** The kind's name as its merged sheet is titled: the descriptor's title, else the kind. */
export function kindTitleOf(kind: string, ledgers: readonly ReadLedgerResult[]): string {
  if (isLedgerKind(kind)) return LEDGER_SCHEMAS[kind].title ?? kind;
  return ledgers.find((l) => l.kind === kind)?.schema.title ?? kind;
}

/**
 * The ledger kinds found, in the order they first appear, each with its ledgers. A sheet read as
 * no ledger (GENERIC_KIND: 填表说明, a staff list) is merged with nothing: one office's notes and
 * another's list of people have no field in common, and one sheet of them all would mix them.
 * 报送情况 names such sheets, so an unrecognised ledger is followed up rather than lost.
 */
export function ledgersByKind(files: readonly ConsolidatedFile[]): Map<string, ReadLedgerResult[]> {
  const byKind = new Map<string, ReadLedgerResult[]>();
  for (const file of files)
    for (const ledger of file.ledgers) {
      const kind = String(ledger.kind);
      if (kind === GENERIC_KIND) continue;
      const list = byKind.get(kind) ?? [];
      list.push(ledger);
      byKind.set(kind, list);
    }
  return byKind;
}

/**
 * Every field a column of some ledger holds, by name, in the order they first appear. A field no office
 * had a column for is left out: an empty 原因分析 column would tell whoever reads the merged
 * sheet (a province reading its cities' consolidations) that the causes were given and were none.
 */
function fieldsOf(ledgers: readonly ReadLedgerResult[]): LedgerField[] {
  const fields = new Map<string, LedgerField>();
  for (const ledger of ledgers)
    for (const field of ledger.fields) if (!fields.has(field.name)) fields.set(field.name, field);
  const held = new Set<string>();
  for (const ledger of ledgers)
    for (const field of ledger.fields) if (field.missing !== true) held.add(field.name);
  return [...fields.values()].filter((field) => held.has(field.name));
}

/** A cell as the user wrote it; a value the reader took from around the table (an office named
 * in the title) where the row's own cell is empty. */
function cellValue(cell: ReadLedgerResult["rows"][number]["cells"][string] | undefined): PlanValue {
  if (cell === undefined) return null;
  if (cell.raw !== null && cell.raw !== "") return cell.raw;
  return cell.derived !== undefined && typeof cell.value === "string" ? cell.value : null;
}

/** The merged sheet of one kind. Rows in file order, then sheet order, then row order. */
export function mergedSheetPlan(
  kind: string,
  ledgers: readonly ReadLedgerResult[],
  lang: Lang,
  taken: readonly string[] = [],
): OwnedSheetPlan {
  const title = kindTitleOf(kind, ledgers);
  // Refused before a row is copied, naming the kind: past Excel's last row the file would not
  // open without a repair that drops the rows past it.
  const total = ledgers.reduce((n, l) => n + l.rows.length, 0);
  if (total > MERGED_ROWS_MAX) {
    const files = new Set(ledgers.map(fileOf)).size;
    throw new TaizhangError("mergedTooLong", title, undefined, {
      zh: `本次共 ${total} 行，来自 ${files} 个文件。`,
      en: ` This merge has ${total} rows from ${files} files.`,
    });
  }
  const fields = fieldsOf(ledgers);
  const header = [...SOURCE_TITLES[lang], ...fields.map((f) => f.title)];
  const sourceCount = SOURCE_TITLES[lang].length;
  const width = header.length;
  const columnFormats = [
    null,
    null,
    "0",
    null,
    ...fields.map((f) => (f.type === "date" ? DATE_FORMAT : null)),
  ];
  // The header (row 1, below the title) and the rows, put straight into blocks of BLOCK_ROWS
  // rows as they are made, not sliced from one list of them all: a host checks a block's area
  // by spreading its rows into arguments.
  const blocks: OwnedSheetPlan["blocks"] = [];
  let block: PlanValue[][] = [];
  const add = (row: PlanValue[]) => {
    if (block.length === BLOCK_ROWS) block = [];
    if (block.length === 0)
      blocks.push({
        row: 1 + blocks.length * BLOCK_ROWS,
        column: 0,
        values: block,
        columnFormats,
      });
    block.push(row);
  };
  add(header);
  const files = new Set<string>();
  for (const ledger of ledgers) {
    const file = fileOf(ledger);
    files.add(file);
    for (const row of ledger.rows) {
      // Made at its final length and filled in place: grown by push, each of a merged sheet's
      // hundreds of thousands of rows would keep the spare slots of its last growth.
      const values = new Array<PlanValue>(width);
      values[0] = file;
      values[1] = ledger.sheet;
      values[2] = row.rowNumber;
      values[3] = rowOffice(row) ?? "";
      for (let f = 0; f < fields.length; f++)
        values[sourceCount + f] = cellValue(row.cells[fields[f]!.name]);
      add(values);
    }
  }
  const name = legalSheetName(lang === "zh" ? `${title}（合并）` : `${title} (merged)`, taken);
  const sheet = emptySheetPlan(mergedSheetKey(kind), name);
  sheet.blocks.push({
    row: 0,
    column: 0,
    values: [
      [
        lang === "zh"
          ? `${title}（合并：${files.size}个文件，${total}行）`
          : `${title} (merged: ${files.size} files, ${total} rows)`,
      ],
    ],
  });
  sheet.blocks.push(...blocks);
  sheet.styles.push(
    {
      area: { row: 0, column: 0, rowCount: 1, columnCount: header.length },
      bold: true,
      fontSize: 14,
    },
    {
      area: { row: 1, column: 0, rowCount: 1, columnCount: header.length },
      bold: true,
      fill: "#D9E1F2",
    },
    {
      area: { row: 1, column: 0, rowCount: 1, columnCount: SOURCE_TITLES[lang].length },
      bold: true,
      fill: "#E2EFDA",
    },
  );
  [130, 90, 50, 130].forEach((points, column) => sheet.widths.push({ column, points }));
  fields.forEach((_, i) => sheet.widths.push({ column: 4 + i, points: 100 }));
  sheet.freeze = { rows: 2, columns: 0 };
  sheet.print = listPrint(1);
  return sheet;
}
