import {
  withLedger,
  withOwnedSheet,
  type Bindings,
  type LedgerBinding,
  type OwnedColumnRecord,
} from "../../app/bindings";
import { TaizhangError } from "../../core/errors";
import { legalSheetName } from "../../core/plan/sheetName";
import type { Plan } from "../../core/plan/types";
// The Excel host's rules for where owned columns go and what to refuse, shared so that both hosts
// decide alike (pure functions: no Office.js runs in them).
import { placePlanColumns, type PlacedColumn } from "../../excel/placeColumns";
import { preflight } from "../../excel/preflight";
import type { SheetRead, WorkbookSurvey } from "../../excel/readWorkbook";
import type { WorkbookModel } from "../package/workbookModel";
import type { PlacedOwnedColumn } from "../write/ownedColumns";
import type { SheetDecision, WriteDecisions } from "../write/writePlan";

/** A plan turned into what the writer carries out, and the bookkeeping for after. */
export interface Decided {
  decisions: WriteDecisions;
  /** Final sheet name per owned-sheet key. */
  sheetNames: Record<string, string>;
  /** Column (0-based) of each owned column, by "sheet:key". */
  columns: Record<string, number>;
  /** The bindings once the write is done, given the new sheets' ids. */
  bindingsAfter: (newIds: Record<string, string>) => Bindings;
}

/**
 * Decides a plan the way the Excel host does (src/excel/executePlan): a regenerated sheet
 * replaces the one the bindings record under its key, in its place and under its name; a
 * template is always a new sheet; owned columns go where the bindings say, else right of the
 * used range. Every refusal is raised here, before anything is written.
 */
export function decide(
  plan: Plan,
  survey: WorkbookSurvey,
  model: WorkbookModel,
  reads: readonly SheetRead[],
  ledgers: readonly LedgerBinding[] | undefined,
  activate: boolean,
): Decided {
  // A file holds no marks: owned columns are found where the bindings recorded them.
  const placed = placePlanColumns(plan.columns, reads, ledgers, {
    sheets: new Map(),
    columns: new Map(),
  });
  preflight(plan, survey, reads, placed, () => true);

  const taken = survey.sheets.map((s) => s.name);
  const remove: number[] = [];
  const sheets: SheetDecision[] = [];
  const sheetNames: Record<string, string> = {};
  for (const sp of plan.sheets) {
    const replace = sp.mode !== "create";
    const recordId = replace
      ? survey.bindings.ownedSheets.find((s) => s.key === sp.key)?.id
      : undefined;
    const old = recordId === undefined ? undefined : survey.sheets.find((s) => s.id === recordId);
    const finalName = legalSheetName(
      sp.name,
      taken.filter((n) => n !== old?.name),
    );
    let position: number | undefined;
    if (old) {
      const oldSheet = model.sheets.find((s) => String(s.sheetId) === old.id);
      if (oldSheet) {
        // Back in its place: the writer inserts replacements in the order of their places.
        position = model.sheets.indexOf(oldSheet);
        remove.push(oldSheet.sheetId);
        taken.splice(taken.indexOf(old.name), 1);
      }
    }
    taken.push(finalName);
    sheets.push({ plan: sp, name: finalName, ...(position === undefined ? {} : { position }) });
    sheetNames[sp.key] = finalName;
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
    const entry: PlacedOwnedColumn = { plan: p.plan, column: p.column, previous };
    if (p.plan.formulaR1C1 !== undefined) entry.formulaR1C1 = resolve(p.plan.formulaR1C1);
    const list = groups.get(sheet.sheetId) ?? [];
    list.push(entry);
    groups.set(sheet.sheetId, list);
    columns[`${p.plan.sheet}:${p.plan.key}`] = p.column;
  }

  const bindingsAfter = (newIds: Record<string, string>): Bindings => {
    let bindings = survey.bindings;
    for (const ledger of ledgers ?? []) {
      const owned = placed.filter((p) => p.plan.sheet === ledger.sheet);
      if (owned.length === 0) continue;
      const keep = ledger.ownedColumns.filter((c) => !owned.some((p) => p.plan.key === c.key));
      bindings = withLedger(bindings, {
        ...ledger,
        ownedColumns: [...keep, ...owned.map(ownedRecord)],
      });
    }
    for (const sp of plan.sheets) {
      const id = newIds[sp.key];
      if (sp.mode !== "create" && id !== undefined)
        bindings = withOwnedSheet(bindings, { key: sp.key, id });
    }
    return bindings;
  };

  return {
    decisions: {
      remove,
      sheets,
      columns: [...groups.entries()].map(([sheetId, list]) => ({ sheetId, columns: list })),
      activate,
    },
    sheetNames,
    columns,
    bindingsAfter,
  };
}

function ownedRecord(p: PlacedColumn): OwnedColumnRecord {
  return {
    key: p.plan.key,
    column: p.column,
    header: p.plan.header,
    lastRow: p.plan.firstRow + p.plan.rowCount - 1,
  };
}
