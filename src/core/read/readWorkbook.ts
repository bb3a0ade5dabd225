// Reading a whole workbook (or several files' sheets) the way a clerk reads it: the ledgers, and
// only the ledgers. Hidden sheets (drop-down lists), sheets marked 作废, Taizhang's own summaries
// and lists (by the workbook's marks: SheetInput.ownedKey), per-office count tables
// and older monthly copies are left out, each with a note; a sheet holding two tables gives two
// ledgers; a ledger with no office column belongs to the office its title names. The app layer,
// the CLI and the browser page all call this instead of reading sheet by sheet.
import { findTables } from "../layout";
import type { SheetInput } from "../model/cell";
import { isDerivedSheet } from "../plan/ownedMark";
import { cellText, isEmptyCell } from "../text";
import { countTableOf, type CountTable } from "./countTable";
import { makeNote, type NotePlace, type ReadNote, type SkipReason } from "./notes";
import { readLedger, type ReadOptions } from "./readLedger";
import type { ReadLedgerResult } from "./readResult";
import { snapshotGroups, snapshotTime } from "./snapshots";
import { validateLedgers } from "./validateLedgers";

/** A sheet to read even though it is hidden or marked 作废: its name, and its file if several. */
export type SheetChoice = string | { file?: string; sheet: string };

export interface WorkbookReadOptions extends Omit<ReadOptions, "rows"> {
  /** Hidden, very hidden or 作废 sheets to read all the same. */
  include?: readonly SheetChoice[];
  /**
   * Copies of one ledger as of different months: "latest" (default) keeps the newest and sets
   * the others aside, "all" keeps every copy (their items then count once per copy).
   */
  snapshots?: "latest" | "all";
  /** Options for one sheet over these (a kind the user chose for it, say). */
  sheetOptions?: (sheet: SheetInput) => ReadOptions | undefined;
}

export interface WorkbookRead {
  /** The ledgers to check and summarise, cross-checked (院名称 in the registry, 问题编号). */
  results: ReadLedgerResult[];
  /** Older copies of a ledger, read but left out of `results` (see the snapshot notes). */
  setAside: ReadLedgerResult[];
  /** Per-office count tables (统计表), read as numbers, not as ledgers. */
  countTables: CountTable[];
  /** What was decided and why, in sheet order. */
  notes: ReadNote[];
}

/** Kinds a count table can pass for: ledgers of items (a registry's rows are offices anyway). */
const ITEM_KINDS: ReadonlySet<string> = new Set([
  "table",
  "problem",
  "measure",
  "petition",
  "activity",
]);
const VOID = /作废|已废|废弃|停用/;
/** Rows of the top of a sheet searched for a 作废 mark. */
const TOP_ROWS = 3;

function chosen(sheet: SheetInput, include: readonly SheetChoice[]): boolean {
  return include.some((choice) =>
    typeof choice === "string"
      ? choice === sheet.name
      : choice.sheet === sheet.name && (choice.file === undefined || choice.file === sheet.file),
  );
}

/** Why a sheet is not read by default, if it is not. */
function skipReason(sheet: SheetInput): SkipReason | undefined {
  if (isDerivedSheet(sheet)) return "generated";
  if (sheet.visibility === "hidden" || sheet.visibility === "veryHidden") return sheet.visibility;
  const top = sheet.values
    .slice(0, TOP_ROWS)
    .flatMap((row) => row.filter((cell) => !isEmptyCell(cell)).map((cell) => cellText(cell)));
  if (VOID.test(sheet.name) || top.some((text) => VOID.test(text))) return "void";
  return undefined;
}

function placeOf(result: ReadLedgerResult): NotePlace {
  const place: NotePlace = {
    file: result.file ?? null,
    sheet: result.sheet,
    headerRow: result.headerRow,
  };
  if (result.region !== undefined) place.region = result.region;
  return place;
}

/** The texts that may date a copy: the sheet's name, its title rows, the file's name. */
function datingTexts(sheet: SheetInput, result: ReadLedgerResult): string[] {
  const top = (result.headerRow ?? 1) - 1;
  const titles = sheet.values.slice(Math.max(0, (result.region?.from ?? 1) - 1), top).map((row) =>
    row
      .filter((cell) => !isEmptyCell(cell))
      .map(cellText)
      .join(" "),
  );
  return [sheet.name, ...titles, ...(sheet.file === undefined ? [] : [sheet.file])];
}

/** Notes a read ledger carries of itself: its office from the title, missing columns, section counts. */
function ledgerNotes(result: ReadLedgerResult): ReadNote[] {
  const place = placeOf(result);
  const notes: ReadNote[] = [];
  const from = result.officeFrom;
  if (from !== undefined)
    notes.push(
      makeNote({
        ...place,
        type: "office-from-context",
        office: from.office,
        text: from.text,
        source: from.source,
        row: from.row,
      }),
    );
  for (const field of result.fields)
    if (field.missing === true && field.whenMissing !== undefined)
      notes.push(
        makeNote({
          ...place,
          type: "missing-field",
          kind: result.kind,
          field: field.name,
          title: field.title,
          leavesOut: field.whenMissing,
        }),
      );
  for (const section of result.sections ?? [])
    if (
      section.stated !== undefined &&
      section.counted !== null &&
      section.stated !== section.counted
    )
      notes.push(
        makeNote({
          ...place,
          type: "section-count",
          row: section.row,
          heading: section.text,
          category: section.category,
          stated: section.stated,
          counted: section.counted,
          unit: section.unit ?? "项",
        }),
      );
  return notes;
}

/**
 * Reads every sheet given (several files' sheets together: each SheetInput names its file) and
 * decides, sheet by sheet and table by table, what is a ledger. Never throws on bad data; throws
 * TaizhangError only for an unknown kind in the options, as readLedger does.
 */
export function readWorkbookLedgers(
  sheets: readonly SheetInput[],
  options: WorkbookReadOptions = {},
): WorkbookRead {
  const { include = [], snapshots = "latest", sheetOptions, ...base } = options;
  const notes: ReadNote[] = [];
  const countTables: CountTable[] = [];
  const read: Array<{ sheet: SheetInput; result: ReadLedgerResult }> = [];
  for (const sheet of sheets) {
    const reason = skipReason(sheet);
    const place = { file: sheet.file ?? null, sheet: sheet.name, headerRow: null };
    if (reason !== undefined) {
      if (!chosen(sheet, include)) {
        notes.push(makeNote({ ...place, type: "sheet-skipped", reason }));
        continue;
      }
      notes.push(makeNote({ ...place, type: "sheet-included", reason }));
    }
    const own = { ...base, ...sheetOptions?.(sheet) };
    const tables = findTables(sheet.values);
    if (tables.length > 1) notes.push(makeNote({ ...place, type: "tables-in-sheet", tables }));
    for (const rows of tables) {
      const result = readLedger(sheet, tables.length > 1 ? { ...own, rows } : own);
      const counts =
        own.kind === undefined && own.schema === undefined && ITEM_KINDS.has(result.kind)
          ? countTableOf(result, sheet.values)
          : undefined;
      if (counts !== undefined) {
        countTables.push(counts);
        notes.push(
          makeNote({
            ...placeOf(result),
            type: "count-table",
            offices: new Set(counts.rows.map((r) => r.office)).size,
            columns: counts.columns.map((c) => c.label),
          }),
        );
        continue;
      }
      read.push({ sheet, result });
    }
  }

  // Monthly copies: the newest of each group stays, unless every copy is wanted.
  const aside = new Set<number>();
  const groups = snapshotGroups(
    read.map((r) => r.result),
    (i) => snapshotTime(datingTexts(read[i]!.sheet, read[i]!.result), read[i]!.result.contextYear),
  );
  for (const group of groups) {
    const kept = read[group.kept]!.result;
    group.members.forEach((index, k) => {
      if (index === group.kept) return;
      const { sheet, result } = read[index]!;
      // A copy the user chose to read by name is read, whatever the dates say.
      if (snapshots === "all" || chosen(sheet, include)) {
        notes.push(
          makeNote({
            ...placeOf(result),
            type: "snapshots-kept",
            kind: result.kind,
            with: placeOf(kept),
            shared: group.shared[k] ?? 0,
          }),
        );
        return;
      }
      aside.add(index);
      notes.push(
        makeNote({
          ...placeOf(result),
          type: "snapshot-superseded",
          kind: result.kind,
          kept: placeOf(kept),
          shared: group.shared[k] ?? 0,
          by: group.by,
        }),
      );
    });
  }
  const kept = read.filter((_r, i) => !aside.has(i)).map((r) => r.result);
  for (const result of kept) notes.push(...ledgerNotes(result));
  const validated = validateLedgers(
    kept,
    base.registry === undefined ? {} : { registry: base.registry },
  );
  return {
    results: validated,
    setAside: read.filter((_r, i) => aside.has(i)).map((r) => r.result),
    countTables,
    notes,
  };
}
