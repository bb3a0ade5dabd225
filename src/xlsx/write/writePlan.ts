import type { CellArea } from "../../core/model/cell";
import type { OwnedSheetPlan } from "../../core/plan/types";
import { updateAppTitles } from "../package/appTitles";
import { removeDefinedName, setDefinedName, type NameRequest } from "../package/definedNames";
import { removePartTree } from "../package/partTree";
import type { XlsxPackage } from "../package/xlsxPackage";
import type { WorkbookSheet } from "../package/workbookModel";
import { splice, withAttributes } from "../package/xml";
import { patchOwnedColumns, type KeptCell, type PlacedOwnedColumn } from "./ownedColumns";
import { writeOwnedSheet } from "./ownedSheet";
import { WriteSession } from "./session";

/** An owned sheet to write, with what the caller decided about it. */
export interface SheetDecision {
  plan: OwnedSheetPlan;
  /** The final name: legal, and unique once the sheets this write removes are gone. */
  name: string;
  /** 0-based tab position in the workbook as it ends up (default: last). */
  position?: number;
  /** Worksheet-scoped names to put on the new sheet (marks the ownership rules read back). */
  names?: Omit<NameRequest, "scope">[];
}

/**
 * Everything a write does, decided by the caller (which owned sheet a regeneration replaces,
 * where owned columns go, which names mark what): the writer only carries it out. Sheets are
 * named by their sheetId, the number `<sheets>` gives each one.
 */
export interface WriteDecisions {
  /** Sheets to remove (an owned sheet being replaced, one the user no longer wants). */
  remove?: readonly number[];
  /** Sheets to rename (see WorkbookModel.renameSheet for what follows a rename). */
  rename?: readonly { sheetId: number; name: string }[];
  sheets?: readonly SheetDecision[];
  /**
   * Owned columns per user sheet, and areas the add-in wrote there before that are cleared
   * (cells and flag colours) with nothing written in their place (移除标识), except the cells
   * in `keep` (typed there by a person).
   */
  columns?: readonly {
    sheetId: number;
    columns: readonly PlacedOwnedColumn[];
    clear?: readonly CellArea[];
    keep?: readonly KeptCell[];
  }[];
  /** Make the first new sheet the one the workbook opens on. */
  activate?: boolean;
  /** Workbook or worksheet names to set and remove. */
  names?: { set?: readonly NameRequest[]; remove?: readonly { name: string; scope?: number }[] };
}

export interface WriteResult {
  /** The package as written (a new one: the caller's is never changed). */
  pkg: XlsxPackage;
  /** Each new sheet, in the order of `decisions.sheets`. */
  sheets: { key: string; name: string; sheetId: number }[];
}

/**
 * Carries out a write on a copy of the package: removed sheets go with the parts only they
 * used, new sheets are written whole, owned columns are patched into their sheets, then the
 * shared parts (styles, strings, workbook, the file's sheet list) follow. Throws before the
 * caller's package could be touched.
 */
export function writePlan(source: XlsxPackage, decisions: WriteDecisions): WriteResult {
  const pkg = source.clone();
  const session = new WriteSession(pkg);
  const { model } = session;
  const before = model.worksheets().map((s) => s.name);
  const wasActive = model.sheets[model.activeTab]?.sheetId;

  for (const sheetId of decisions.remove ?? []) {
    const sheet = model.sheetById(sheetId);
    if (!sheet) throw new Error(`no sheet ${sheetId} to remove`);
    model.removeSheet(pkg, sheetId);
    removePartTree(pkg, sheet.part);
  }
  for (const { sheetId, name } of decisions.rename ?? []) {
    if (!model.sheetById(sheetId)) throw new Error(`no sheet ${sheetId} to rename`);
    model.renameSheet(sheetId, name);
  }
  const removedActive = wasActive !== undefined && (decisions.remove ?? []).includes(wasActive);

  // Sheets going back to their places go in the order of those places (each place counts the
  // ones before it), then new sheets at the end, in the plan's order.
  const planned = decisions.sheets ?? [];
  const order = planned
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.position ?? Infinity) - (b.d.position ?? Infinity) || a.i - b.i);
  const created: WorkbookSheet[] = new Array<WorkbookSheet>(planned.length);
  let formulas = false;
  for (const { d, i } of order) {
    const select = i === 0 && (decisions.activate === true || removedActive);
    const position = d.position ?? model.sheets.length;
    const sheet = writeOwnedSheet(session, d.plan, d.name, position, select);
    created[i] = sheet;
    for (const name of d.names ?? []) setDefinedName(model, { ...name, scope: sheet.sheetId });
    if (d.plan.formulas.length > 0) formulas = true;
  }
  const written = planned.map((d, i) => ({
    key: d.plan.key,
    name: d.name,
    sheetId: created[i]?.sheetId ?? 0,
  }));

  for (const group of decisions.columns ?? []) {
    const sheet = model.sheetById(group.sheetId);
    if (!sheet || sheet.kind !== "worksheet") throw new Error(`no worksheet ${group.sheetId}`);
    patchOwnedColumns(session, sheet.part, group.columns, group.clear, group.keep);
    if (group.columns.some((c) => c.formulaR1C1 !== undefined)) formulas = true;
  }

  for (const n of decisions.names?.remove ?? []) removeDefinedName(model, n.name, n.scope);
  for (const n of decisions.names?.set ?? []) setDefinedName(model, n);

  const first = created[0];
  if (first && (decisions.activate === true || removedActive)) {
    // The sheet that was active is the one Excel marked selected (unless the user grouped
    // sheets): only it is opened, not every sheet of a large workbook.
    const previous = wasActive === undefined ? undefined : model.sheetById(wasActive);
    if (previous && previous.kind === "worksheet") deselect(pkg, previous.part);
    model.activeTab = model.sheets.indexOf(first);
  }
  // Formulas are written without results: Excel, WPS and LibreOffice compute them on open.
  if (formulas) model.fullCalcOnLoad = true;
  updateAppTitles(
    pkg,
    before,
    model.worksheets().map((s) => s.name),
  );
  session.finish();
  return { pkg, sheets: written };
}

/** Clears a sheet's "selected tab" mark: two selected tabs open as a group, where every edit
 * lands on both sheets. Only the part before the cells is looked at. */
function deselect(pkg: XlsxPackage, part: string): void {
  const xml = pkg.text(part);
  if (xml === undefined) return;
  const cells = /<(?:\w+:)?sheetData[\s/>]/.exec(xml)?.index ?? xml.length;
  const head = xml.slice(0, cells);
  const view = /<(?:\w+:)?sheetView[\s/>][^>]*>/.exec(head);
  if (!view || !/\stabSelected="(?:1|true)"/.test(view[0])) return;
  const tag = withAttributes(view[0], { tabSelected: undefined });
  pkg.setText(part, splice(xml, view.index, view.index + view[0].length, tag));
}
