/**
 * Range.insert / Range.delete for whole rows or whole columns: every cell, format, merge,
 * validation, conditional format, table, chart source, page setting and kept range reference
 * beyond the edit moves, as in Excel. Shifting part of a sheet (a range that is not whole rows
 * or columns) is refused with UnsupportedOperation rather than imitated.
 */
import type { Rect } from "../address";
import { MAX_COLUMNS, MAX_ROWS, formatLocalAddress } from "../address";
import { hostError } from "../errors";
import type { HostContext } from "../hostObject";
import { SheetModel } from "../model/sheet";
import { tableColumnName } from "../model/table";
import type { WorkbookModel } from "../model/workbook";
import type { RangeState } from "./rangeCells";

export type Axis = "row" | "column";

export interface Shift {
  axis: Axis;
  at: number;
  /** Positive: inserted count; negative: deleted count. */
  count: number;
}

function mapIndex(i: number, s: Shift): number | null {
  if (s.count > 0) return i >= s.at ? i + s.count : i;
  const n = -s.count;
  if (i < s.at) return i;
  if (i >= s.at + n) return i - n;
  return null;
}

/** Maps a rect along the shifted axis; inserting inside a rect grows it, deleting all of it gives null. */
export function mapRect(rect: Rect, s: Shift): Rect | null {
  const [start, end] = s.axis === "row" ? [rect.top, rect.bottom] : [rect.left, rect.right];
  let a: number;
  let b: number;
  if (s.count > 0) {
    a = start >= s.at ? start + s.count : start;
    b = end >= s.at ? end + s.count : end;
  } else {
    const n = -s.count;
    a = start < s.at ? start : start >= s.at + n ? start - n : s.at;
    b = end < s.at ? end : end >= s.at + n ? end - n : s.at - 1;
    if (b < a) return null;
  }
  const limit = s.axis === "row" ? MAX_ROWS : MAX_COLUMNS;
  b = Math.min(b, limit - 1);
  return s.axis === "row" ? { ...rect, top: a, bottom: b } : { ...rect, left: a, right: b };
}

function mapKeyedMap<T>(map: Map<number, T>, s: Shift): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [i, v] of entries) {
    const j = mapIndex(i, s);
    if (j !== null && j < (s.axis === "row" ? MAX_ROWS : MAX_COLUMNS)) map.set(j, v);
  }
}

function shiftCells(sheet: SheetModel, s: Shift): void {
  const entries = [...sheet.cells.entries()];
  sheet.cells.clear();
  for (const [key, cell] of entries) {
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    const r = s.axis === "row" ? mapIndex(row, s) : row;
    const c = s.axis === "column" ? mapIndex(column, s) : column;
    if (r === null || c === null || r >= MAX_ROWS || c >= MAX_COLUMNS) continue;
    sheet.cells.set(SheetModel.key(r, c), cell);
  }
}

function mapList<T>(
  items: T[],
  rectOf: (t: T) => Rect,
  set: (t: T, r: Rect) => void,
  s: Shift,
): T[] {
  const out: T[] = [];
  for (const item of items) {
    const r = mapRect(rectOf(item), s);
    if (r) {
      set(item, r);
      out.push(item);
    }
  }
  return out;
}

/** Moves, grows or shrinks tables; returns header cells to write once the cells have moved. */
function shiftTables(sheet: SheetModel, s: Shift, workbook: WorkbookModel, where: string) {
  const headers: { row: number; column: number; name: string }[] = [];
  for (const t of workbook.tables) {
    if (t.deleted || t.sheet !== sheet) continue;
    const [start, end] =
      s.axis === "row" ? [t.rect.top, t.rect.bottom] : [t.rect.left, t.rect.right];
    const n = Math.abs(s.count);
    if (s.axis === "row" && s.count < 0 && s.at <= start && s.at + n > start) {
      throw hostError(
        "UnsupportedOperation",
        `${where}: deleting the header row of table "${t.name}" is not modeled`,
      );
    }
    const next = mapRect(t.rect, s);
    if (!next) {
      t.deleted = true;
      continue;
    }
    if (s.axis === "column" && s.at > start && s.at <= end && s.count > 0) {
      // Excel names inserted table columns Column1, Column2… skipping names in use.
      const names = new Set(t.columns.map((_c, i) => tableColumnName(t, i).toLowerCase()));
      const nextId = Math.max(0, ...t.columns.map((c) => c.id)) + 1;
      const added = [];
      let k = 1;
      for (let i = 0; i < s.count; i++) {
        while (names.has(`column${k}`)) k++;
        names.add(`column${k}`);
        added.push({ id: nextId + i, name: `Column${k}` });
        headers.push({ row: t.rect.top, column: s.at + i, name: `Column${k}` });
      }
      t.columns.splice(s.at - start, 0, ...added);
    } else if (s.axis === "column" && s.count < 0) {
      const from = Math.max(s.at, start) - start;
      const to = Math.min(s.at + n, end + 1) - start;
      if (to > from) t.columns.splice(from, to - from);
    }
    t.rect = next;
  }
  return headers;
}

/**
 * Moves everything on `sheet` for an insert (count > 0) or delete (count < 0) of whole rows or
 * columns, whoever makes it: the add-in (Range.insert/delete) or a person (userEdit hooks).
 */
export function shiftSheet(
  workbook: WorkbookModel,
  sheet: SheetModel,
  s: Shift,
  where: string,
): void {
  const headers = shiftTables(sheet, s, workbook, where);
  shiftCells(sheet, s);
  for (const h of headers) workbook.writeContent(sheet, h.row, h.column, h.name, undefined);
  mapKeyedMap(s.axis === "row" ? sheet.rowHeights : sheet.columnWidths, s);
  sheet.merges = mapList(
    sheet.merges,
    (m) => m,
    (m, r) => Object.assign(m, r),
    s,
  );
  sheet.validations = mapList(
    sheet.validations,
    (v) => v.rect,
    (v, r) => (v.rect = r),
    s,
  );
  sheet.conditionalFormats = mapList(
    sheet.conditionalFormats,
    (c) => c.rect,
    (c, r) => (c.rect = r),
    s,
  );
  sheet.printArea = mapList(
    sheet.printArea,
    (a) => a,
    (a, r) => Object.assign(a, r),
    s,
  );
  for (const chart of sheet.charts) {
    chart.source = mapRect(chart.source, s) ?? chart.source;
    for (const series of chart.series)
      if (series.values) series.values = mapRect(series.values, s) ?? series.values;
  }
  const breaks = s.axis === "row" ? sheet.horizontalPageBreaks : sheet.verticalPageBreaks;
  const moved = breaks.map((b) => mapIndex(b, s)).filter((b): b is number => b !== null && b > 0);
  breaks.splice(0, breaks.length, ...moved);
  for (const item of workbook.names) {
    if (item.target?.sheet === sheet) {
      const r = mapRect(item.target.rect, s);
      item.target = r ? { sheet, rect: r } : null;
    }
  }
  for (const kept of workbook.references.values()) {
    const state = kept.state as Partial<RangeState>;
    if (kept.type.name === "Range" && state.sheet === sheet && state.rect) {
      const r = mapRect(state.rect, s);
      if (r) state.rect = r;
    }
  }
}

function wholeAxis(state: RangeState, where: string): Axis {
  const r = state.rect;
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return "row";
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return "column";
  throw hostError(
    "UnsupportedOperation",
    `${where}(${formatLocalAddress(r)}): the fake host shifts whole rows or whole columns only (use getEntireRow/getEntireColumn)`,
  );
}

export function insertRange(state: RangeState, shift: string, ctx: HostContext): RangeState {
  const where = "Range.insert";
  ctx.workbook.assertWritable(state.sheet, where);
  const axis = wholeAxis(state, where);
  if ((axis === "row" && shift !== "Down") || (axis === "column" && shift !== "Right")) {
    throw hostError(
      "InvalidArgument",
      `${where}: whole ${axis}s shift ${axis === "row" ? "Down" : "Right"}, not ${shift}`,
    );
  }
  const r = state.rect;
  const [at, count] =
    axis === "row" ? [r.top, r.bottom - r.top + 1] : [r.left, r.right - r.left + 1];
  const limit = axis === "row" ? MAX_ROWS : MAX_COLUMNS;
  const used = state.sheet.usedRect(false);
  const lastUsed = used ? (axis === "row" ? used.bottom : used.right) : -1;
  if (lastUsed + count >= limit) {
    throw hostError("InvalidOperation", `${where}: cells would be pushed off the end of the sheet`);
  }
  shiftSheet(ctx.workbook, state.sheet, { axis, at, count }, where);
  ctx.workbook.cellLog.push({
    sheet: state.sheet.name,
    address: formatLocalAddress(r),
    kind: "insert",
    before: "",
    after: "",
  });
  ctx.workbook.noteChange(state.sheet, r, axis === "row" ? "RowInserted" : "ColumnInserted");
  // Excel returns the inserted cells: the range's own address, now empty.
  return { sheet: state.sheet, rect: { ...r } };
}

export function deleteRange(state: RangeState, shift: string, ctx: HostContext): void {
  const where = "Range.delete";
  ctx.workbook.assertWritable(state.sheet, where);
  const axis = wholeAxis(state, where);
  if ((axis === "row" && shift !== "Up") || (axis === "column" && shift !== "Left")) {
    throw hostError(
      "InvalidArgument",
      `${where}: whole ${axis}s shift ${axis === "row" ? "Up" : "Left"}, not ${shift}`,
    );
  }
  const r = state.rect;
  const [at, count] =
    axis === "row" ? [r.top, r.bottom - r.top + 1] : [r.left, r.right - r.left + 1];
  const removed = [...state.sheet.cellsIn(r)].filter(
    ({ cell }) => cell.value !== "" || cell.formula !== undefined,
  );
  for (const { row, column, cell } of removed) {
    ctx.workbook.logWrite(state.sheet, row, column, "content", cell.formula ?? cell.value, "");
    if (ctx.workbook.userCells.has(cell))
      ctx.workbook.noteUserCellChange(state.sheet, row, column, cell.formula ?? cell.value, "");
  }
  shiftSheet(ctx.workbook, state.sheet, { axis, at, count: -count }, where);
  ctx.workbook.cellLog.push({
    sheet: state.sheet.name,
    address: formatLocalAddress(r),
    kind: "delete",
    before: "",
    after: "",
  });
  ctx.workbook.noteChange(state.sheet, r, axis === "row" ? "RowDeleted" : "ColumnDeleted");
}
