import type { OwnedSheetPlan, Plan, PlanNote } from "../core/plan/types";
import { legalSheetName } from "../core/plan/sheetName";
import {
  withLedger,
  withOwnedSheet,
  type Bindings,
  type LedgerBinding,
  type OwnedColumnRecord,
} from "../app/bindings";
import { queueSaveBindings } from "./bindingSettings";
import { TaizhangError, hostErrorCode } from "./error";
import { queueEvents } from "./onChanged";
import { placeColumns, type PlacedColumn } from "./placeColumns";
import { preflight } from "./preflight";
import type { SheetRead, WorkbookSurvey } from "./readWorkbook";
import type { Supports } from "./support";
import { uniqueTableNamer } from "./tableNames";
import { removeCreated } from "./undoWrite";
import { WriteBatch } from "./writeBatch";
import { writeOwnedColumn, type ColumnWriteResult } from "./writeColumn";
import { writeOwnedSheet } from "./writeSheet";
import { paintStaticFills } from "./staticFills";

export interface ExecuteOptions {
  survey: WorkbookSurvey;
  /** The user's sheets the plan adds owned columns to, as read in the same operation. */
  sheets: readonly SheetRead[];
  /** The binding of each of those sheets (new ones included), by sheet name. */
  ledgers?: readonly LedgerBinding[];
  supports: Supports;
  /** Make the first sheet of the plan the active one. */
  activate?: boolean;
  /** Bytes one request may carry (default ~4 MB, under Excel on the web's 5 MB). */
  requestBytes?: number;
  /**
   * Turn the add-in's events off for the write (ExcelApi 1.8; ignored below): "off" rides in the
   * first write request and "on" in the last (or in the clean-up after a failure), so the add-in's
   * own change handlers never see the write and it costs no extra request.
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

interface CreatedSheet {
  plan: OwnedSheetPlan;
  sheet: Excel.Worksheet;
  /** The name it was added under (a temporary one while the old sheet still exists). */
  addedAs: string;
}

/**
 * Executes a plan in as few requests as the payload allows: one write request (more only past
 * ~4 MB), then one to record new sheet ids (and, on hosts without conditional formats, paint
 * static fills). Nothing is written before every check has passed. A replaced sheet is removed
 * only after its successor is complete; if a write fails, the sheets this run added are removed.
 * With `eventsOff`, events are off from the first write request to the last.
 */
export async function executePlan(
  context: Excel.RequestContext,
  plan: Plan,
  options: ExecuteOptions,
): Promise<ExecuteResult> {
  const { survey, supports } = options;
  const notes: PlanNote[] = [...plan.notes];
  let bindings = survey.bindings;
  const placed: PlacedColumn[] = [];
  for (const sheetName of new Set(plan.columns.map((c) => c.sheet))) {
    const read = options.sheets.find((s) => s.name === sheetName);
    const binding = options.ledgers?.find((l) => l.sheet === sheetName);
    if (!read || !binding) throw new TaizhangError("sheetMissing", sheetName);
    placed.push(
      ...placeColumns(
        plan.columns.filter((c) => c.sheet === sheetName),
        binding,
        read,
      ),
    );
  }
  preflight(plan, survey, options.sheets, placed, supports);

  const batch = new WriteBatch(context, options.requestBytes);
  const created: CreatedSheet[] = [];
  const sheetNames: Record<string, string> = {};
  const columnResults: ColumnWriteResult[] = [];
  const taken = survey.sheets.map((s) => s.name);
  const tableName = uniqueTableNamer(survey);
  const eventsOff = options.eventsOff === true;
  if (eventsOff) queueEvents(context, false, supports);
  try {
    for (const sp of plan.sheets) {
      const replace = sp.mode !== "create";
      const recordId = replace ? bindings.ownedSheets.find((s) => s.key === sp.key)?.id : undefined;
      const old = recordId === undefined ? undefined : survey.sheets.find((s) => s.id === recordId);
      const others = taken.filter((n) => n !== old?.name);
      const finalName = legalSheetName(sp.name, others);
      const addedAs = old ? legalSheetName(`${finalName}~`, [...taken, finalName]) : finalName;
      const sheet = context.workbook.worksheets.add(addedAs);
      created.push({ plan: sp, sheet, addedAs });
      taken.push(addedAs);
      await writeOwnedSheet(sheet, sp, { batch, supports, notes, tableName });
      if (old) {
        context.workbook.worksheets.getItem(old.id).delete();
        sheet.name = finalName;
        sheet.position = old.position;
        taken.splice(taken.indexOf(old.name), 1);
      }
      if (addedAs !== finalName) taken.splice(taken.indexOf(addedAs), 1, finalName);
      sheetNames[sp.key] = finalName;
      if (replace) sheet.load("id");
    }
    const columns: Record<string, number> = {};
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
    }
    for (const ledger of options.ledgers ?? []) {
      const owned = placed.filter((p) => p.plan.sheet === ledger.sheet);
      if (owned.length === 0) continue;
      const keep = ledger.ownedColumns.filter((c) => !owned.some((p) => p.plan.key === c.key));
      bindings = withLedger(bindings, {
        ...ledger,
        ownedColumns: [...keep, ...owned.map(ownedRecord)],
      });
    }
    if (options.activate && created[0]) created[0].sheet.activate();
    const needsSecond =
      created.some((c) => c.plan.mode !== "create") || columnResults.some((r) => r.fallback);
    if (!needsSecond && bindings !== survey.bindings) queueSaveBindings(context, bindings);
    if (!needsSecond && eventsOff) queueEvents(context, true, supports);
    await batch.flush();
    if (needsSecond) {
      for (const c of created)
        if (c.plan.mode !== "create")
          bindings = withOwnedSheet(bindings, { key: c.plan.key, id: c.sheet.id });
      for (const r of columnResults) {
        if (!r.fallback) continue;
        const sheet = context.workbook.worksheets.getItem(r.placed.plan.sheet);
        paintStaticFills(sheet, r.placed, r.fallback.values);
      }
      queueSaveBindings(context, bindings);
      if (eventsOff) queueEvents(context, true, supports);
      await batch.flush();
    }
    return { notes, bindings, sheetNames, columns, syncs: batch.syncs };
  } catch (error) {
    if (error instanceof TaizhangError) {
      // Unsent writes and "events off" die with the run; after a sent batch, events go back on.
      if (eventsOff && batch.syncs > 0) {
        queueEvents(context, true, supports);
        await context.sync().catch(() => undefined);
      }
      throw error;
    }
    // A failed request may have run its first action ("events off"): the clean-up request turns
    // them on again; with nothing to clean up, that request goes alone.
    if (eventsOff) {
      queueEvents(context, true, supports);
      if (created.length === 0 && placed.length === 0) await context.sync().catch(() => undefined);
    }
    await removeCreated(context, created, placed, supports);
    throw new TaizhangError("writeFailed", hostErrorCode(error) ?? String(error), error);
  }
}

function ownedRecord(p: PlacedColumn): OwnedColumnRecord {
  return {
    key: p.plan.key,
    column: p.column,
    header: p.plan.header,
    lastRow: p.plan.firstRow + p.plan.rowCount - 1,
  };
}
