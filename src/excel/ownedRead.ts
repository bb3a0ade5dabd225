import type { LedgerBinding } from "../app/bindings";
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
import type { NameRead } from "./nameRead";
import type { OwnedFound, WorkbookSurvey } from "../app/write/survey";
export type { OwnedFound } from "../app/write/survey";
import { has, type Supports } from "./support";

interface MarkedTarget<M> {
  mark: M;
  sheet: string;
  area: CellArea;
}

function markAt<M extends SheetMark | ColumnMark>(
  found: NameRead | undefined,
  kind: M["kind"],
): MarkedTarget<M> | undefined {
  const mark = decodeMark(found?.comment);
  const target = found ? parseSheetReference(found.value) : null;
  if (!mark || mark.kind !== kind || !target) return undefined;
  return { mark: mark as M, sheet: target.sheet, area: target.area };
}

interface SheetHandle {
  key: string;
  info: WorkbookSurvey["sheets"][number];
  markName: string;
  mark: SheetMark;
  used: Excel.Range;
}

interface ColumnHandle {
  plan: Plan["columns"][number];
  marked: MarkedTarget<ColumnMark>;
  header: Excel.Range;
  body: Excel.Range;
  bodyRow: number;
  typed: Excel.RangeAreas | undefined;
}

/**
 * Reads, in one request, what the plan's earlier output holds now: each marked sheet's values
 * (for its fingerprint) and each owned column's header and the cells typed over its formulas
 * (ExcelApi 1.9; below that the column's formulas). No request when nothing was written before.
 */
export async function readOwned(
  context: Excel.RequestContext,
  survey: WorkbookSurvey,
  plan: Plan,
  ledgers: readonly LedgerBinding[],
  supports: Supports,
): Promise<OwnedFound> {
  const found: OwnedFound = { sheets: new Map(), columns: new Map() };
  const sheetHandles: SheetHandle[] = [];
  for (const sp of plan.sheets) {
    if (sp.mode === "create") continue;
    found.sheets.set(sp.key, []);
    for (const name of survey.marks.filter((m) => m.name.startsWith(sheetMarkPrefix(sp.key)))) {
      const marked = markAt<SheetMark>(name, "sheet");
      const info = marked && survey.sheets.find((s) => s.name === marked.sheet);
      if (!marked || !info) continue;
      const used = context.workbook.worksheets.getItem(info.name).getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      sheetHandles.push({ key: sp.key, info, markName: name.name, mark: marked.mark, used });
    }
  }
  const columnHandles: ColumnHandle[] = [];
  for (const cp of plan.columns) {
    const binding = ledgers.find((l) => l.sheet === cp.sheet);
    const name = binding && survey.marks.find((m) => m.name === columnMarkName(binding.id, cp.key));
    const marked = markAt<ColumnMark>(name, "column");
    if (!marked || marked.sheet !== cp.sheet) continue;
    const sheet = context.workbook.worksheets.getItem(cp.sheet);
    const { area } = marked;
    const header = sheet.getRange(areaAddress({ ...area, rowCount: 1 }));
    header.load("values");
    const bodyRow = area.row + 1;
    const body = sheet.getRange(
      areaAddress({ ...area, row: bodyRow, rowCount: Math.max(1, area.rowCount - 1) }),
    );
    // Owned columns hold formulas only: a constant in one is what a person typed there.
    let typed: Excel.RangeAreas | undefined;
    if (has(supports, "specialCells")) {
      typed = body.getSpecialCellsOrNullObject("Constants");
      typed.areas.load("items/rowIndex,items/rowCount");
    } else body.load("formulasR1C1");
    columnHandles.push({ plan: cp, marked, header, body, bodyRow, typed });
  }
  if (sheetHandles.length === 0 && columnHandles.length === 0) return found;
  await context.sync();

  for (const h of sheetHandles) {
    const grid: unknown[][] = [];
    if (!h.used.isNullObject)
      h.used.values.forEach((line, r) => {
        grid[h.used.rowIndex + r] = [...new Array<unknown>(h.used.columnIndex).fill(null), ...line];
      });
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    found.sheets.get(h.key)?.push({
      id: h.info.id,
      name: h.info.name,
      position: h.info.position,
      markName: h.markName,
      mark: h.mark,
      current: fingerprint(grid),
    });
  }
  for (const h of columnHandles) {
    const typedRows: number[] = [];
    if (h.typed === undefined) {
      h.body.formulasR1C1.forEach((line, r) => {
        const cell = line[0];
        if (cell !== "" && !(typeof cell === "string" && cell.startsWith("=")))
          typedRows.push(h.bodyRow + r);
      });
    } else if (!h.typed.isNullObject) {
      for (const a of h.typed.areas.items)
        for (let r = 0; r < a.rowCount; r++) typedRows.push(a.rowIndex + r);
    }
    const { area } = h.marked;
    found.columns.set(`${h.plan.sheet}:${h.plan.key}`, {
      sheet: h.plan.sheet,
      column: area.column,
      firstRow: area.row,
      lastRow: area.row + area.rowCount - 1,
      mark: h.marked.mark,
      header: h.header.values[0]?.[0] ?? "",
      typedRows,
    });
  }
  return found;
}
