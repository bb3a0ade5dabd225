import type { Bindings, LedgerBinding } from "../../app/bindings";
import { sheetFate, type FoundSheet } from "../../app/ownership/fates";
import { adoptedNote, typedNote, unmarkedKeptNote } from "../../app/ownership/notes";
import { TaizhangError } from "../../core/errors";
import { plannedRows } from "../../core/plan/plannedGrid";
import { legalSheetName } from "../../core/plan/sheetName";
import { withinExcelLimits } from "../../core/plan/excelLimits";
import type { OwnedSheetPlan, Plan, PlanNote } from "../../core/plan/types";
import { fingerprintRows } from "../../core/text";
import type { OwnedFound } from "../../app/write/survey";
// The Excel host's rules for where owned columns go and what to refuse, shared so that both hosts
// decide alike (pure functions: no Office.js runs in them).
import { placePlanColumns, withPlacedColumns } from "../../app/write/placeColumns";
import { preflight } from "../../app/write/preflight";
import type { SheetRead, WorkbookSurvey } from "../../app/write/survey";
import type { NameRequest } from "../package/definedNames";
import type { WorkbookModel } from "../package/workbookModel";
import type { PlacedOwnedColumn } from "../write/ownedColumns";
import type { SheetDecision, WriteDecisions } from "../write/writePlan";
import { columnMarkRequest, ledgerMarkRequest, sheetMarkRequest } from "./markNames";

/** A plan turned into what the writer carries out, and the bookkeeping for after. */
export interface Decided {
  decisions: WriteDecisions;
  /** The plan's notes and what the write adds (output kept because a person made it theirs). */
  notes: PlanNote[];
  /** Final sheet name per owned-sheet key. */
  sheetNames: Record<string, string>;
  /** Column (0-based) of each owned column, by "sheet:key". */
  columns: Record<string, number>;
  /** The bindings once the write is done. */
  bindings: Bindings;
}

/**
 * Decides a plan the way the Excel host does (src/excel/executePlan), with the same pure rules
 * over what the marks found (`owned`, see ownedFound.ts): earlier output exactly as Taizhang left
 * it is replaced in its place and under its name; output a person renamed or typed in is kept,
 * loses its mark, and the new output goes beside it; a template is always a new sheet. Owned
 * columns are rewritten where their marks are, around a header and cells a person typed (a
 * workbook from before marks: where the bindings recorded them). Everything written is marked
 * in the same write. Every refusal is raised here, before anything is written.
 */
export function decide(
  plan: Plan,
  survey: WorkbookSurvey,
  model: WorkbookModel,
  reads: readonly SheetRead[],
  ledgers: readonly LedgerBinding[] | undefined,
  options: { activate: boolean; owned: OwnedFound; run: string },
): Decided {
  const { owned, run } = options;
  const placed = placePlanColumns(plan.columns, reads, ledgers, owned);
  preflight(plan, survey, reads, placed, () => true);

  const notes: PlanNote[] = [...plan.notes];
  const setNames: NameRequest[] = [];
  const removeNames = new Set<string>();
  const taken = survey.sheets.map((s) => s.name);
  const remove: number[] = [];
  const sheets: SheetDecision[] = [];
  const sheetNames: Record<string, string> = {};
  let bindings = survey.bindings;
  const gone = (sheet: FoundSheet) => {
    remove.push(Number(sheet.id));
    removeNames.add(sheet.markName);
    taken.splice(taken.indexOf(sheet.name), 1);
  };
  for (const planned of plan.sheets) {
    // As Excel can hold it (a too-long text cut, links and page breaks past the sheet's limit
    // left out): the mark's fingerprint must be over what the sheet holds, or the next run takes
    // the sheet for one a person changed.
    const sp = withinExcelLimits(planned);
    const found = owned.sheets.get(sp.key) ?? [];
    const fate =
      sp.mode === "create" ? { replace: null, remove: [], adopted: [] } : sheetFate(found);
    for (const { sheet } of fate.adopted) {
      removeNames.add(sheet.markName);
      notes.push(adoptedNote(sheet.name));
    }
    if (sp.mode !== "create" && found.length === 0) {
      // Written before marks: only the bindings recorded it, and nothing tells whether a person
      // typed in it since, so it is kept (once: the new output is marked).
      const record = bindings.ownedSheets.find((s) => s.key === sp.key);
      const legacy = record && survey.sheets.find((s) => s.id === record.id);
      if (legacy) notes.push(unmarkedKeptNote(legacy.name));
    }
    if (sp.mode !== "create")
      bindings = { ...bindings, ownedSheets: bindings.ownedSheets.filter((s) => s.key !== sp.key) };
    for (const old of fate.remove) gone(old);
    let position: number | undefined;
    if (fate.replace) {
      const oldSheet = model.sheetById(Number(fate.replace.id));
      // Back in its place: the writer inserts replacements in the order of their places.
      if (oldSheet) position = model.sheets.indexOf(oldSheet);
      gone(fate.replace);
    }
    const finalName = legalSheetName(sp.name, taken);
    taken.push(finalName);
    sheets.push({ plan: sp, name: finalName, ...(position === undefined ? {} : { position }) });
    sheetNames[sp.key] = finalName;
    // A template becomes the user's sheet: it keeps no mark.
    if (sp.mode !== "create")
      setNames.push(
        sheetMarkRequest({
          key: sp.key,
          name: finalName,
          fingerprint: plannedFingerprint(sp),
          run,
        }),
      );
  }

  const columns: Record<string, number> = {};
  const groups = new Map<number, PlacedOwnedColumn[]>();
  for (const p of placed) {
    const sheet = model.worksheets().find((s) => s.name === p.plan.sheet);
    if (!sheet) throw new TaizhangError("sheetMissing", p.plan.sheet);
    const sameSheet = placed.filter((q) => q.plan.sheet === p.plan.sheet);
    const resolve = (formula: string) =>
      formula.replace(/\{\{column:([^}]+)\}\}/g, (_, key: string) => {
        const target = sameSheet.find((q) => q.plan.key === key);
        return String((target?.column ?? 0) + 1);
      });
    const previous = p.previous && {
      row: p.previous.firstRow,
      column: p.column,
      rowCount: p.previous.lastRow - p.previous.firstRow + 1,
      columnCount: 1,
    };
    const entry: PlacedOwnedColumn = {
      plan: p.plan,
      column: p.column,
      previous,
      keepHeader: p.keepHeader,
      typedRows: p.typedRows,
    };
    if (p.plan.formulaR1C1 !== undefined) entry.formulaR1C1 = resolve(p.plan.formulaR1C1);
    const list = groups.get(sheet.sheetId) ?? [];
    list.push(entry);
    groups.set(sheet.sheetId, list);
    columns[`${p.plan.sheet}:${p.plan.key}`] = p.column;
    const binding = ledgers?.find((l) => l.sheet === p.plan.sheet);
    if (binding) {
      const area = {
        row: p.plan.headerRow,
        column: p.column,
        rowCount: p.plan.firstRow + p.plan.rowCount - p.plan.headerRow,
        columnCount: 1,
      };
      const { key, header, sheet: on } = p.plan;
      setNames.push(columnMarkRequest(binding.id, { key, header, sheet: on, area }, run));
    }
    if (p.typedRows.length > 0) notes.push(typedNote(p.plan.sheet, p.typedRows.length));
  }
  // Marks left over nothing (their sheet or cells deleted since): forgotten.
  for (const m of survey.marks) if (m.value.includes("#REF!")) removeNames.add(m.name);

  for (const ledger of ledgers ?? []) {
    setNames.push(ledgerMarkRequest(ledger));
    bindings = withPlacedColumns(bindings, ledger, placed);
  }

  const setAgain = new Set(setNames.map((n) => n.name));
  return {
    decisions: {
      remove,
      sheets,
      columns: [...groups.entries()].map(([sheetId, list]) => ({ sheetId, columns: list })),
      activate: options.activate,
      names: {
        set: setNames,
        remove: [...removeNames].filter((n) => !setAgain.has(n)).map((name) => ({ name })),
      },
    },
    notes,
    sheetNames,
    columns,
    bindings,
  };
}

/** The fingerprint of what an owned sheet holds once written (as the Excel host takes it, of
 * plannedGrid), made row by row. */
function plannedFingerprint(sheet: OwnedSheetPlan): string {
  const rows = plannedRows(sheet);
  return fingerprintRows(rows.count, (r) => rows.at(r));
}
