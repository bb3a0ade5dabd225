import type { LedgerBinding } from "../../app/bindings";
import type { FoundColumn, FoundSheet } from "../../app/ownership/fates";
import {
  columnMarkName,
  decodeMark,
  sheetMarkPrefix,
  type ColumnMark,
  type SheetMark,
} from "../../app/ownership/marks";
import { parseSheetReference } from "../../core/model/address";
import type { Cell, CellArea, SheetInput } from "../../core/model/cell";
import type { Plan } from "../../core/plan/types";
import { fingerprint } from "../../core/text";
import type { OwnedFound } from "../../app/write/survey";
import type { WorkbookSurvey } from "../../app/write/survey";
import type { WorkbookModel } from "../package/workbookModel";
import type { XlsxPackage } from "../package/xlsxPackage";
import { formulaCells, formulaKey, type FormulaCells } from "./formulaCells";

/** A sheet's values as read and which of its cells are formulas, looked up by sheet name. */
export interface SheetContents {
  values(sheet: string): readonly (readonly Cell[])[] | undefined;
  formulas(sheet: string): FormulaCells;
}

/** Sheet contents over the sheets as read and the package's worksheet parts (scanned once each). */
export function sheetContents(
  pkg: XlsxPackage,
  model: WorkbookModel,
  sheets: readonly SheetInput[],
): SheetContents {
  const scanned = new Map<string, FormulaCells>();
  return {
    values: (name) => sheets.find((s) => s.name === name)?.values,
    formulas(name) {
      let cells = scanned.get(name);
      if (!cells) {
        const part = model.worksheets().find((s) => s.name === name)?.part;
        const xml = part === undefined ? undefined : pkg.text(part);
        cells = xml === undefined ? new Set<number>() : formulaCells(xml);
        scanned.set(name, cells);
      }
      return cells;
    },
  };
}

/** The constants of a sheet from A1, formulas counted empty: what a sheet mark's fingerprint is over. */
export function constantsFingerprint(contents: SheetContents, sheet: string): string | null {
  const values = contents.values(sheet);
  if (!values) return null;
  const formulas = contents.formulas(sheet);
  return fingerprint(
    values.map((line, r) => line.map((v, c) => (formulas.has(formulaKey(r, c)) ? null : v))),
  );
}

/** 0-based rows in `rows` where the column holds a constant a person typed instead of a formula. */
export function typedRows(
  contents: SheetContents,
  sheet: string,
  column: number,
  rows: { first: number; last: number },
): number[] {
  const values = contents.values(sheet) ?? [];
  const formulas = contents.formulas(sheet);
  const typed: number[] = [];
  for (let r = rows.first; r <= rows.last; r++) {
    const v = values[r]?.[column];
    if (v !== null && v !== undefined && v !== "" && !formulas.has(formulaKey(r, column)))
      typed.push(r);
  }
  return typed;
}

interface Marked<M> {
  name: string;
  mark: M;
  sheet: string;
  area: CellArea;
}

function marked<M extends SheetMark | ColumnMark>(
  found: { name: string; comment: string; value: string } | undefined,
  kind: M["kind"],
): Marked<M> | undefined {
  const mark = decodeMark(found?.comment);
  const at = found ? parseSheetReference(found.value) : null;
  if (!found || !mark || mark.kind !== kind || !at) return undefined;
  return { name: found.name, mark: mark as M, sheet: at.sheet, area: at.area };
}

/**
 * What earlier runs left that this plan writes again, found by their marks in the file (the
 * same shape the Excel host reads with readOwned, for the same pure rules): each marked sheet of
 * the plan's keys with a fingerprint of its constants now, and each marked owned column with its
 * header now and the rows a person typed over its formulas.
 */
export function findOwned(
  survey: WorkbookSurvey,
  plan: Plan,
  ledgers: readonly LedgerBinding[],
  contents: SheetContents,
): OwnedFound {
  const found: OwnedFound = { sheets: new Map(), columns: new Map() };
  for (const sp of plan.sheets) {
    if (sp.mode === "create") continue;
    const list: FoundSheet[] = [];
    for (const name of survey.marks.filter((m) => m.name.startsWith(sheetMarkPrefix(sp.key)))) {
      const m = marked<SheetMark>(name, "sheet");
      const info = m && survey.sheets.find((s) => s.name === m.sheet);
      if (!m || !info) continue;
      list.push({
        id: info.id,
        name: info.name,
        position: info.position,
        markName: m.name,
        mark: m.mark,
        current: constantsFingerprint(contents, info.name),
      });
    }
    found.sheets.set(sp.key, list);
  }
  for (const cp of plan.columns) {
    const binding = ledgers.find((l) => l.sheet === cp.sheet);
    const name = binding && survey.marks.find((m) => m.name === columnMarkName(binding.id, cp.key));
    const m = marked<ColumnMark>(name, "column");
    if (!m || m.sheet !== cp.sheet) continue;
    found.columns.set(`${cp.sheet}:${cp.key}`, foundColumn(contents, m));
  }
  return found;
}

/** An owned column at its mark: header now, body rows a person typed over. */
function foundColumn(contents: SheetContents, m: Marked<ColumnMark>): FoundColumn {
  const { area } = m;
  const lastRow = area.row + area.rowCount - 1;
  return {
    sheet: m.sheet,
    column: area.column,
    firstRow: area.row,
    lastRow,
    mark: m.mark,
    header: contents.values(m.sheet)?.[area.row]?.[area.column] ?? "",
    typedRows: typedRows(contents, m.sheet, area.column, { first: area.row + 1, last: lastRow }),
  };
}
