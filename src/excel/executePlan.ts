import type { Bindings, LedgerBinding } from "../app/bindings";
import { sheetFate, type FoundSheet } from "../app/ownership/fates";
import {
  columnMarkName,
  encodeMark,
  newRunId,
  sheetMarkName,
  type SheetMark,
} from "../app/ownership/marks";
import { areaAddress } from "../core/model/address";
import { withinExcelLimits } from "../core/plan/excelLimits";
import { plannedGrid } from "../core/plan/plannedGrid";
import { legalSheetName } from "../core/plan/sheetName";
import type { OwnedSheetPlan, Plan, PlanNote } from "../core/plan/types";
import { fingerprint } from "../core/text";
import { queueDropLockEntries, queueSaveBindings } from "./bindingSettings";
import { TaizhangError, hostErrorCode } from "./error";
import { queueEvents } from "./onChanged";
import type { OwnedFound } from "./ownedRead";
import { placePlanColumns, withPlacedColumns } from "../app/write/placeColumns";
import { queueLedgerMark } from "./ledgerMark";
import { preflight } from "../app/write/preflight";
import type { SheetRead, WorkbookSurvey } from "./readWorkbook";
import { recoverFailedRun, type RunRecord } from "./recovery";
import { paintStaticFills } from "./staticFills";
import type { Supports } from "./support";
import { uniqueTableNamer } from "./tableNames";
import { WriteBatch } from "./writeBatch";
import { writeOwnedColumn, type ColumnWriteResult } from "./writeColumn";
import { writeOwnedSheet } from "./writeSheet";
import { adoptedNote, typedNote } from "../app/ownership/notes";

export interface ExecuteOptions {
  survey: WorkbookSurvey;
  /** The user's sheets the plan adds owned columns to, as read in the same operation. */
  sheets: readonly SheetRead[];
  /** The binding of each of those sheets (new ones included), by sheet name. */
  ledgers?: readonly LedgerBinding[];
  /** What earlier runs left that this plan writes again (see readOwned). */
  owned?: OwnedFound;
  /** This write's run id: its marks, its temporary sheet names and its lock entry carry it. */
  run?: string;
  supports: Supports;
  /** Make the first sheet of the plan the active one. */
  activate?: boolean;
  /** Bytes one request may carry (default ~4 MB, under Excel on the web's 5 MB). */
  requestBytes?: number;
  /**
   * Turn the add-in's events off for the write (ExcelApi 1.8; ignored below): "off" rides in the
   * first write request and "on" in the last (or in the recovery after a failure).
   */
  eventsOff?: boolean;
}

export interface ExecuteResult {
  notes: PlanNote[];
  bindings: Bindings;
  /** Final sheet name per owned-sheet key. */
  sheetNames: Record<string, string>;
  /** Column (0-based) of each owned column, by "sheet:key". */
  columns: Record<string, number>;
  syncs: number;
}

interface SheetWrite {
  plan: OwnedSheetPlan;
  sheet: Excel.Worksheet;
  /** The name it was added under: unique to this run while an earlier one still exists. */
  addedAs: string;
  finalName: string;
  replace: FoundSheet | null;
  /** Untouched older copies a failed run left: they go with the earlier output. */
  remove: FoundSheet[];
  fingerprint: string;
}

/**
 * Executes a plan: every check first, then the content, then — last, in the same request — what
 * makes it the current output. Sheets: each new sheet is added under a name unique to this run and
 * marked as this run's, filled, then marked as the output, and only then does the earlier output
 * go (only if it is exactly as the add-in left it: one a person renamed or typed in is kept and
 * no longer marked). Columns: rewritten where their mark is, around what a person typed. A failed
 * run removes only what carries its own run id, and the error says what the workbook holds.
 */
export async function executePlan(
  context: Excel.RequestContext,
  plan: Plan,
  options: ExecuteOptions,
): Promise<ExecuteResult> {
  const { survey, supports } = options;
  const run = options.run ?? newRunId();
  const owned: OwnedFound = options.owned ?? { sheets: new Map(), columns: new Map() };
  const notes: PlanNote[] = [...plan.notes];
  let bindings = survey.bindings;
  const placed = placePlanColumns(plan.columns, options.sheets, options.ledgers, owned);
  preflight(plan, survey, options.sheets, placed, supports);

  const batch = new WriteBatch(context, options.requestBytes);
  const record: RunRecord = { run, addedSheets: [], plan, survey };
  const writes: SheetWrite[] = [];
  const sheetNames: Record<string, string> = {};
  const taken = survey.sheets.map((s) => s.name);
  const tableName = uniqueTableNamer(survey);
  const eventsOff = options.eventsOff === true;
  const names = context.workbook.names;
  if (eventsOff) queueEvents(context, false, supports);
  try {
    // A person may type into a new column's cells between the read and this write: read them in
    // the same request, before the write, so anything typed there can be put back.
    const typedIntoNew = placed
      .filter((p) => p.fresh)
      .map((p) => {
        const area = {
          row: p.plan.headerRow,
          column: p.column,
          rowCount: p.plan.firstRow + p.plan.rowCount - p.plan.headerRow,
          columnCount: 1,
        };
        const before = context.workbook.worksheets
          .getItem(p.plan.sheet)
          .getRange(areaAddress(area));
        before.load("formulas,numberFormat");
        return { placed: p, area, before };
      });
    for (const planned of plan.sheets) {
      // As Excel can hold it (a too-long text cut, links and page breaks past the sheet's limit
      // left out): Excel refuses the write otherwise, and the mark's fingerprint must be over
      // what the sheet holds for a rerun to know it as the add-in's.
      const sp = withinExcelLimits(planned);
      const fate =
        sp.mode === "create"
          ? { replace: null, remove: [], adopted: [] }
          : sheetFate(owned.sheets.get(sp.key) ?? []);
      for (const { sheet: kept } of fate.adopted) {
        names.getItem(kept.markName).delete();
        notes.push(adoptedNote(kept.name));
      }
      const others = taken.filter((n) => n !== fate.replace?.name);
      const finalName = legalSheetName(sp.name, others);
      // Added under a name carrying this run's id (no one else can have made a sheet of that
      // name), so a failure can tell it from everything else even before its mark is set.
      const addedAs = runSheetName(finalName, run, [...taken, finalName]);
      const sheet = context.workbook.worksheets.add(addedAs);
      record.addedSheets.push(addedAs);
      taken.push(addedAs);
      const write: SheetWrite = {
        plan: sp,
        sheet,
        addedAs,
        finalName,
        replace: fate.replace,
        remove: fate.remove,
        fingerprint: fingerprint(plannedGrid(sp)),
      };
      // Marked as this run's, unfinished, at once: a failure removes it and nothing else.
      addMark(
        names,
        sheetMarkName(sp.key, run),
        sheet.getRange("A1"),
        sheetMark(write, run, false),
      );
      await writeOwnedSheet(sheet, sp, { batch, supports, notes, tableName });
      writes.push(write);
    }
    const columns: Record<string, number> = {};
    const columnResults: ColumnWriteResult[] = [];
    for (const p of placed) {
      const sheet = context.workbook.worksheets.getItem(p.plan.sheet);
      const sameSheet = placed.filter((q) => q.plan.sheet === p.plan.sheet);
      const resolve = (formula: string) =>
        formula.replace(/\{\{column:([^}]+)\}\}/g, (_, key: string) => {
          const target = sameSheet.find((q) => q.plan.key === key);
          return String((target?.column ?? 0) + 1);
        });
      columnResults.push(await writeOwnedColumn(sheet, p, resolve, { batch, supports, notes }));
      columns[`${p.plan.sheet}:${p.plan.key}`] = p.column;
      const binding = options.ledgers?.find((l) => l.sheet === p.plan.sheet);
      if (binding) {
        const markName = columnMarkName(binding.id, p.plan.key);
        if (survey.marks.some((m) => m.name === markName)) names.getItem(markName).delete();
        const area = {
          row: p.plan.headerRow,
          column: p.column,
          rowCount: p.plan.firstRow + p.plan.rowCount - p.plan.headerRow,
          columnCount: 1,
        };
        addMark(
          names,
          markName,
          sheet.getRange(areaAddress(area)),
          encodeMark({ kind: "column", key: p.plan.key, header: p.plan.header, run }),
        );
      }
      if (p.typedRows.length > 0) notes.push(typedNote(p.plan.sheet, p.typedRows.length));
    }
    // Marks left over nothing (a run that failed after removing a sheet, before its mark).
    for (const m of survey.marks) if (m.value.includes("#REF!")) names.getItem(m.name).delete();
    // What makes the new sheets the output, after all their content: each mark says "finished"
    // (one action), then the earlier output goes and the new sheet takes its name and place.
    for (const w of writes) {
      const mark = names.getItem(sheetMarkName(w.plan.key, run));
      // A template becomes the user's sheet: it keeps no mark.
      if (w.plan.mode === "create") mark.delete();
      else mark.comment = sheetMark(w, run, true);
      // The sheet before its mark: a failure between leaves a mark over nothing, never an
      // earlier output without its mark.
      for (const old of [...(w.replace ? [w.replace] : []), ...w.remove]) {
        context.workbook.worksheets.getItem(old.id).delete();
        names.getItem(old.markName).delete();
        taken.splice(taken.indexOf(old.name), 1);
      }
      w.sheet.name = w.finalName;
      if (w.replace) w.sheet.position = w.replace.position;
      taken.splice(taken.indexOf(w.addedAs), 1, w.finalName);
      sheetNames[w.plan.key] = w.finalName;
    }
    for (const ledger of options.ledgers ?? []) {
      queueLedgerMark(context, ledger, survey.marks);
      bindings = withPlacedColumns(bindings, ledger, placed);
    }
    if (options.activate && writes[0]) writes[0].sheet.activate();
    const fallbacks = columnResults.filter((r) => r.fallback);
    if (survey.locks.some((e) => e.run === run)) queueDropLockEntries(context, [run]);
    if (fallbacks.length === 0) {
      queueSaveBindings(context, bindings);
      if (eventsOff) queueEvents(context, true, supports);
    }
    await batch.flush();
    const restore = typedIntoNew.filter((t) =>
      t.before.formulas.some((line) => line[0] !== "" && line[0] !== null),
    );
    if (fallbacks.length > 0 || restore.length > 0) {
      for (const r of fallbacks) {
        const sheet = context.workbook.worksheets.getItem(r.placed.plan.sheet);
        paintStaticFills(sheet, r.placed, r.fallback!.values);
      }
      for (const t of restore) {
        const sheet = context.workbook.worksheets.getItem(t.placed.plan.sheet);
        t.before.formulas.forEach((line, i) => {
          if (line[0] === "" || line[0] === null) return;
          const cell = sheet.getRange(areaAddress({ ...t.area, row: t.area.row + i, rowCount: 1 }));
          cell.numberFormat = [[t.before.numberFormat[i]?.[0] ?? "General"]];
          cell.formulas = [[line[0]]];
        });
        notes.push(restoredNote(t.placed.plan.sheet));
      }
      if (fallbacks.length > 0) queueSaveBindings(context, bindings);
      if (fallbacks.length > 0 && eventsOff) queueEvents(context, true, supports);
      await batch.flush();
    }
    return { notes, bindings, sheetNames, columns, syncs: batch.syncs };
  } catch (error) {
    if (error instanceof TaizhangError) throw error;
    const left = await recoverFailedRun(context, record, { eventsOff, supports });
    throw new TaizhangError("writeFailed", hostErrorCode(error) ?? String(error), error, left);
  }
}

/** The name a run adds a sheet under before it becomes the output: the run's id after a tilde. */
export function runSheetName(name: string, run: string, taken: readonly string[]): string {
  return legalSheetName(`${name.slice(0, 24)}~${run.slice(-6)}`, taken);
}

/** A mark: a hidden workbook name over `range` whose comment holds the mark. */
function addMark(
  names: Excel.NamedItemCollection,
  name: string,
  range: Excel.Range,
  comment: string,
): void {
  names.add(name, range, comment).visible = false;
}

function sheetMark(w: SheetWrite, run: string, complete: boolean): string {
  const mark: SheetMark = {
    kind: "sheet",
    key: w.plan.key,
    name: w.finalName,
    alias: w.addedAs,
    fingerprint: w.fingerprint,
    run,
    complete,
  };
  return encodeMark(mark);
}

function restoredNote(sheet: string): PlanNote {
  return {
    key: "restoredTyping",
    zh: `写入“${sheet}”时，新列中有刚输入的内容，已原样恢复；请检查该列后重新运行。`,
    en: `Something was typed into the new column of "${sheet}" while it was written; it has been put back. Check the column and run again.`,
  };
}
