// Keys that more than one file claims: the same item sent in two files (one office's October and
// November ledgers, a file sent by the office and again by its city) is a mistake to sort out
// before anything is counted twice. Within one file a key repeats by design (a problem spans
// several measure rows): only keys in two or more files count. A 问题编号 is the office's own —
// every office numbers its problems from 1, and the summary counts problems per office — so two
// offices' 问题1 are two problems, not a repeat.
import type { Lang } from "../model/lang";
import { listPrint } from "../plan/printLayout";
import { emptySheetPlan, type OwnedSheetPlan, type PlanValue } from "../plan/types";
import type { ReadLedgerResult } from "../read";
import { kindTitleOf, ledgersByKind } from "./mergedSheets";
import { fileOf, rowOffice } from "./rowSource";
import type { ConsolidatedFile, Repeat, RowSource } from "./types";

export const REPEATS_SHEET_KEY = "consolidate:repeats";

/** The name the 重复编号 sheet is planned under (the host may add " (2)" beside a person's). */
export function repeatsSheetName(lang: Lang): string {
  return lang === "zh" ? "重复编号" : "Repeated keys";
}

/** The fields that identify a row of the ledger across files; none for the office registry,
 * which every office may well attach. A problem ledger's key is its 问题编号. */
export function keyFieldsOf(ledger: ReadLedgerResult): string[] {
  if (ledger.kind === "office") return [];
  if (ledger.kind === "problem") return ["problemId"];
  const key = ledger.schema.primaryKey;
  if (key === undefined) return [];
  return typeof key === "string" ? [key] : [...key];
}

function keyOf(row: ReadLedgerResult["rows"][number], fields: readonly string[]): string | null {
  // One field (a problem ledger's 问题编号) is the usual case: its text, with no parts to join.
  if (fields.length === 1) return keyPart(row, fields[0] as string);
  const parts: string[] = [];
  for (const field of fields) {
    const part = keyPart(row, field);
    if (part === null) return null;
    parts.push(part);
  }
  return parts.join(" / ");
}

function keyPart(row: ReadLedgerResult["rows"][number], field: string): string | null {
  const value = row.cells[field]?.value;
  return value === null || value === undefined || value === "" ? null : String(value);
}

/**
 * Every key found in two or more files, with the first row of it in each sheet.
 *
 * Which keys a sheet has shown is kept once per file and sheet, not as sets of sheets and of files
 * per key with a "file, sheet" string per row (most of what this allocated for a province's rows);
 * whether a key's sources span two files is read from the sources at the end.
 */
export function findRepeats(files: readonly ConsolidatedFile[]): Repeat[] {
  const repeats: Repeat[] = [];
  for (const [kind, ledgers] of ledgersByKind(files)) {
    const byKey = new Map<string, { key: string; sources: RowSource[] }>();
    const keysBySheet = new Map<string, Set<string>>();
    for (const ledger of ledgers) {
      const fields = keyFieldsOf(ledger);
      if (fields.length === 0) continue;
      const file = fileOf(ledger);
      const sheet = ledger.sheet;
      const where = `${file}\u0000${sheet}`;
      let seen = keysBySheet.get(where);
      if (seen === undefined) {
        seen = new Set();
        keysBySheet.set(where, seen);
      }
      const perOffice = ledger.kind === "problem";
      for (const row of ledger.rows) {
        const key = keyOf(row, fields);
        if (key === null) continue;
        const office = rowOffice(row);
        const scoped = perOffice ? `${office ?? ""}\u0000${key}` : key;
        if (seen.has(scoped)) continue;
        seen.add(scoped);
        const source = { file, sheet, row: row.rowNumber, office };
        const entry = byKey.get(scoped);
        if (entry === undefined) byKey.set(scoped, { key, sources: [source] });
        else entry.sources.push(source);
      }
    }
    byKey.forEach(({ key, sources }) => {
      const first = (sources[0] as RowSource).file;
      if (sources.some((source) => source.file !== first)) repeats.push({ kind, key, sources });
    });
  }
  return repeats;
}

const HEADER: Record<Lang, string[]> = {
  zh: ["序号", "台账", "编号", "文件", "工作表", "行号", "院"],
  en: ["No.", "Ledger", "Key", "File", "Sheet", "Row", "Office"],
};

/** The 重复编号 sheet: one row per file and sheet a repeated key is found in. */
export function repeatsSheetPlan(
  repeats: readonly Repeat[],
  files: readonly ConsolidatedFile[],
  lang: Lang,
): OwnedSheetPlan {
  const byKind = ledgersByKind(files);
  const sheet = emptySheetPlan(REPEATS_SHEET_KEY, repeatsSheetName(lang));
  const values: PlanValue[][] = [HEADER[lang]];
  repeats.forEach((repeat, i) => {
    const title = kindTitleOf(repeat.kind, byKind.get(repeat.kind) ?? []);
    for (const source of repeat.sources)
      values.push([
        i + 1,
        title,
        repeat.key,
        source.file,
        source.sheet,
        source.row,
        source.office ?? "",
      ]);
  });
  const title =
    lang === "zh"
      ? repeats.length === 0
        ? "重复编号：未发现不同文件使用相同编号"
        : `重复编号：${repeats.length}个编号出现在不止一个文件中`
      : repeats.length === 0
        ? "Repeated keys: no key is used by more than one file"
        : `Repeated keys: ${repeats.length} keys appear in more than one file`;
  sheet.blocks.push({ row: 0, column: 0, values: [[title]] });
  sheet.blocks.push({ row: 1, column: 0, values });
  sheet.styles.push(
    { area: { row: 0, column: 0, rowCount: 1, columnCount: 7 }, bold: true, fontSize: 14 },
    { area: { row: 1, column: 0, rowCount: 1, columnCount: 7 }, bold: true, fill: "#D9E1F2" },
  );
  [40, 100, 110, 150, 100, 50, 150].forEach((points, column) =>
    sheet.widths.push({ column, points }),
  );
  sheet.freeze = { rows: 2, columns: 0 };
  sheet.print = listPrint(1);
  return sheet;
}
