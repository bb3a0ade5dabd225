import type { LedgerBinding } from "../app/bindings";
import type { FoundColumn, FoundSheet } from "../app/ownership/fates";
import {
  columnMarkName,
  decodeMark,
  sheetMarkPrefix,
  type ColumnMark,
  type SheetMark,
} from "../app/ownership/marks";
import { areaAddress, parseSheetReference } from "../core/model/address";
import type { CellArea } from "../core/model/cell";
import type { Plan } from "../core/plan/types";
import { fingerprint } from "../core/text";
import type { NameRead, WorkbookSurvey } from "./readWorkbook";
import { has, type Supports } from "./support";

/** What earlier runs left that this plan would write again, as found by their marks. */
export interface OwnedFound {
  /** By plan key: every earlier run's sheet of that key still marked. */
  sheets: Map<string, FoundSheet[]>;
  /** By "sheet:key". */
  columns: Map<string, FoundColumn>;
}

interface MarkedTarget<M> {
  mark: M;
  sheet: string;
  area: CellArea;
}

function markAt<M extends SheetMark | ColumnMark>(
  survey: WorkbookSurvey,
  name: string,
  kind: M["kind"],
): MarkedTarget<M> | undefined {
  const found: NameRead | undefined = survey.marks.find((m) => m.name === name);
  const mark = decodeMark(found?.comment);
  const target = found ? parseSheetReference(found.value) : null;
  if (!mark || mark.kind !== kind || !target) return undefined;
  return { mark: mark as M, sheet: target.sheet, area: target.area };
}

/**
 * Reads, in one request, what the plan's earlier output holds now: each owned sheet's values (for
 * its fingerprint) and each owned column's header and the cells typed over its formulas (ExcelApi
 * 1.9; below that the column's formulas). No request at all when nothing was written before.
 */
export async function readOwned(
  context: Excel.RequestContext,
  survey: WorkbookSurvey,
  plan: Plan,
  ledgers: readonly LedgerBinding[],
  supports: Supports,
): Promise<OwnedFound> {
  const found: OwnedFound = { sheets: new Map(), columns: new Map() };
  const loads: (() => void)[] = [];
  for (const sp of plan.sheets) {
    if (sp.mode === "create") continue;
    const list: FoundSheet[] = [];
    found.sheets.set(sp.key, list);
    for (const name of survey.marks.filter((m) => m.name.startsWith(sheetMarkPrefix(sp.key)))) {
      const marked = markAt<SheetMark>(survey, name.name, "sheet");
      const info = marked && survey.sheets.find((s) => s.name === marked.sheet);
      if (!marked || !info) continue;
      const used = context.workbook.worksheets.getItem(info.name).getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      loads.push(() => {
        const grid: unknown[][] = [];
        if (!used.isNullObject)
          used.values.forEach((line, r) => {
            grid[used.rowIndex + r] = [...new Array<unknown>(used.columnIndex).fill(null), ...line];
          });
        for (let r = 0; r < grid.length; r++) grid[r] ??= [];
        list.push({
          id: info.id,
          name: info.name,
          position: info.position,
          markName: name.name,
          mark: marked.mark,
          current: fingerprint(grid),
        });
      });
    }
  }
  for (const cp of plan.columns) {
    const binding = ledgers.find((l) => l.sheet === cp.sheet);
    if (!binding) continue;
    const marked = markAt<ColumnMark>(survey, columnMarkName(binding.id, cp.key), "column");
    if (!marked || marked.sheet !== cp.sheet) continue;
    const sheet = context.workbook.worksheets.getItem(cp.sheet);
    const { area } = marked;
    const header = sheet.getRange(areaAddress({ ...area, rowCount: 1 }));
    header.load("values");
    const bodyArea = { ...area, row: area.row + 1, rowCount: Math.max(1, area.rowCount - 1) };
    const body = sheet.getRange(areaAddress(bodyArea));
    // Owned columns hold formulas only: a constant in one is what a person typed there.
    let typed: Excel.RangeAreas | undefined;
    if (has(supports, "specialCells")) {
      typed = body.getSpecialCellsOrNullObject("Constants");
      typed.areas.load("items/rowIndex,items/rowCount");
    } else body.load("formulasR1C1");
    loads.push(() => {
      const typedRows: number[] = [];
      if (typed && !typed.isNullObject)
        for (const a of typed.areas.items)
          for (let r = 0; r < a.rowCount; r++) typedRows.push(a.rowIndex + r);
      if (!typed)
        body.formulasR1C1.forEach((line, r) => {
          const cell = line[0];
          if (cell !== "" && !(typeof cell === "string" && cell.startsWith("=")))
            typedRows.push(bodyArea.row + r);
        });
      found.columns.set(`${cp.sheet}:${cp.key}`, {
        sheet: cp.sheet,
        column: area.column,
        firstRow: area.row,
        lastRow: area.row + area.rowCount - 1,
        mark: marked.mark,
        header: header.values[0]?.[0] ?? "",
        typedRows,
      });
    });
  }
  if (loads.length === 0) return found;
  await context.sync();
  for (const load of loads) load();
  return found;
}
