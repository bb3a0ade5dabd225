/**
 * Excel Tables. The fake models tables created with a header row (hasHeaders = true); Excel's
 * hasHeaders = false inserts a generated header row and shifts data, which is refused here
 * with UnsupportedOperation rather than imitated badly.
 */
import type { Rect } from "../address";
import { formatAddress, intersect, parseLocalAddress, splitSheet } from "../address";
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { contentOf } from "../model/cell";
import { assertValidTableName } from "../model/names";
import type { SheetModel } from "../model/sheet";
import type { TableModel } from "../model/table";
import { boolArg, intArg, isHostObjectArg, stringArg } from "./args";
import type { RangeState } from "./rangeCells";
import { RangeType, rangeObject, sheetForAddress } from "./range";
import { TableColumnCollectionType, TableRowCollectionType } from "./tableParts";
import { worksheetObject } from "./worksheet";

/** A table collection: the workbook's (sheet null) or one sheet's. */
export interface TableScope {
  sheet: SheetModel | null;
}

function live(table: TableModel, what: string): TableModel {
  if (table.deleted) throw hostError("ItemNotFound", `${what}: table "${table.name}" was deleted`);
  return table;
}

export function headerRect(t: TableModel): Rect {
  return { ...t.rect, bottom: t.rect.top };
}

export function bodyRect(t: TableModel): Rect {
  return { ...t.rect, top: t.rect.top + 1, bottom: t.rect.bottom - (t.showTotals ? 1 : 0) };
}

export function tableObject(t: TableModel): HostObject {
  return hostObject(TableType, t);
}

function tableProp(
  key: "style" | "showBandedRows" | "showBandedColumns" | "showFilterButton" | "showTotals",
  since: string,
  parse: (v: unknown) => unknown,
) {
  return {
    since,
    get: (t: TableModel) => t[key],
    set: (t: TableModel, v: unknown, ctx: HostContext) => {
      ctx.workbook.assertWritable(t.sheet, `Table.${key}`);
      (t as unknown as Record<string, unknown>)[key] = parse(v);
    },
  };
}

export const TableType: ObjectType<TableModel> = {
  name: "Table",
  // Excel sends table ids as numbers; the library turns them into strings for add-in code.
  identity: (t) => ({ Id: Number(t.id) }),
  properties: {
    id: { since: "1.1", get: (t) => Number(t.id) },
    name: {
      since: "1.1",
      get: (t) => t.name,
      set: (t, v, ctx) => {
        ctx.workbook.assertWritable(t.sheet, "Table.name");
        assertValidTableName(v, ctx.workbook.takenNames(t), "Table.name");
        t.name = v;
      },
    },
    showHeaders: { since: "1.1", get: (t) => t.showHeaders },
    showTotals: tableProp("showTotals", "1.1", (v) => boolArg(v, "showTotals", "Table.showTotals")),
    style: tableProp("style", "1.1", (v) => stringArg(v, "style", "Table.style")),
    showBandedRows: tableProp("showBandedRows", "1.3", (v) =>
      boolArg(v, "showBandedRows", "Table.showBandedRows"),
    ),
    showBandedColumns: tableProp("showBandedColumns", "1.3", (v) =>
      boolArg(v, "showBandedColumns", "Table.showBandedColumns"),
    ),
    showFilterButton: tableProp("showFilterButton", "1.3", (v) =>
      boolArg(v, "showFilterButton", "Table.showFilterButton"),
    ),
  },
  children: {
    columns: {
      since: "1.1",
      get: (t) => hostObject(TableColumnCollectionType, live(t, "Table.columns")),
    },
    rows: { since: "1.1", get: (t) => hostObject(TableRowCollectionType, live(t, "Table.rows")) },
    worksheet: { since: "1.2", get: (t) => worksheetObject(t.sheet) },
  },
  methods: {
    getRange: { since: "1.1", call: (t) => rangeObject(t.sheet, live(t, "Table.getRange").rect) },
    getHeaderRowRange: {
      since: "1.1",
      call: (t) => rangeObject(t.sheet, headerRect(live(t, "Table.getHeaderRowRange"))),
    },
    getDataBodyRange: {
      since: "1.1",
      call: (t) => rangeObject(t.sheet, bodyRect(live(t, "Table.getDataBodyRange"))),
    },
    delete: {
      since: "1.1",
      call: (t, _a, ctx) => {
        ctx.workbook.assertWritable(t.sheet, "Table.delete");
        live(t, "Table.delete").deleted = true;
        for (const { row, column } of [...t.sheet.cellsIn(t.rect)])
          ctx.workbook.writeContent(t.sheet, row, column, "", undefined);
      },
    },
    convertToRange: {
      since: "1.2",
      call: (t, _a, ctx) => {
        ctx.workbook.assertWritable(t.sheet, "Table.convertToRange");
        live(t, "Table.convertToRange").deleted = true;
        return rangeObject(t.sheet, t.rect);
      },
    },
  },
};

function tablesIn(scope: TableScope, ctx: HostContext): TableModel[] {
  return ctx.workbook.tables.filter(
    (t) => !t.deleted && (scope.sheet === null || t.sheet === scope.sheet),
  );
}

function findTable(scope: TableScope, key: unknown, ctx: HostContext): TableModel | undefined {
  if (typeof key === "number") return tablesIn(scope, ctx).find((t) => t.id === String(key));
  if (typeof key !== "string")
    throw hostError(
      "InvalidArgument",
      `tables.getItem: key must be a name or id, got ${JSON.stringify(key)}`,
    );
  return tablesIn(scope, ctx).find(
    (t) => t.id === key || t.name.toLowerCase() === key.toLowerCase(),
  );
}

function addTable(
  scope: TableScope,
  address: unknown,
  hasHeaders: unknown,
  ctx: HostContext,
): HostObject {
  const w = "tables.add";
  let where: RangeState;
  if (isHostObjectArg(address) && address.type === RangeType) where = address.state as RangeState;
  else {
    const text = stringArg(address, "address", w);
    if (scope.sheet === null && splitSheet(text).sheet === null)
      throw hostError("InvalidArgument", `${w}: "${text}" must name its sheet (workbook.tables)`);
    where = {
      sheet: sheetForAddress(text, scope.sheet ?? ctx.workbook.activeSheet(), ctx, w),
      rect: parseLocalAddress(splitSheet(text).local),
    };
  }
  if (hasHeaders !== true)
    throw hostError(
      "UnsupportedOperation",
      `${w}: the fake host models hasHeaders = true only (Excel shifts data to insert generated headers)`,
    );
  const { sheet, rect } = where;
  ctx.workbook.assertWritable(sheet, w);
  const overlap = ctx.workbook.tables.find(
    (t) => !t.deleted && t.sheet === sheet && intersect(t.rect, rect),
  );
  if (overlap)
    throw hostError(
      "InvalidOperation",
      `${w}: ${formatAddress(sheet.name, rect)} overlaps table "${overlap.name}"`,
    );
  if (sheet.merges.some((m) => intersect(m, rect)))
    throw hostError(
      "InvalidOperation",
      `${w}: ${formatAddress(sheet.name, rect)} contains merged cells`,
    );
  const names = ctx.workbook.takenNames().map((n) => n.toLowerCase());
  let n = 1;
  while (names.includes(`table${n}`)) n++;
  const columns = [];
  const seen = new Set<string>();
  for (let c = rect.left; c <= rect.right; c++) {
    const raw = contentOf(sheet.peek(rect.top, c));
    let name = raw === "" ? `Column${c - rect.left + 1}` : String(raw);
    let k = 2;
    const base = name;
    while (seen.has(name.toLowerCase())) name = `${base}${k++}`;
    seen.add(name.toLowerCase());
    if (raw !== name) ctx.workbook.writeContent(sheet, rect.top, c, name, undefined);
    columns.push({ id: c - rect.left + 1, name });
  }
  const table: TableModel = {
    id: String(ctx.workbook.tables.length + 1),
    name: `Table${n}`,
    sheet,
    rect: rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : { ...rect },
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    columns,
    deleted: false,
  };
  ctx.workbook.tables.push(table);
  return tableObject(table);
}

export const TableCollectionType: ObjectType<TableScope> = {
  name: "TableCollection",
  properties: { count: { since: "1.1", get: (s, ctx) => tablesIn(s, ctx).length } },
  items: (s, ctx) => tablesIn(s, ctx).map(tableObject),
  indexer: (s, key, ctx) => {
    const t = findTable(s, key, ctx);
    if (!t)
      throw hostError("ItemNotFound", `tables.getItem(${JSON.stringify(key)}): no such table`);
    return tableObject(t);
  },
  methods: {
    add: {
      since: "1.1",
      call: (s, [address, hasHeaders], ctx) => addTable(s, address, hasHeaders, ctx),
    },
    getItemOrNullObject: {
      since: "1.4",
      call: (s, [key], ctx) => {
        const t = findTable(s, key, ctx);
        return t ? tableObject(t) : null;
      },
    },
    getCount: { since: "1.4", call: (s, _a, ctx) => tablesIn(s, ctx).length },
    getItemAt: {
      since: "1.1",
      call: (s, [i], ctx) => {
        const t = tablesIn(s, ctx)[intArg(i, "index", "tables.getItemAt")];
        if (!t) throw hostError("ItemNotFound", `tables.getItemAt(${String(i)})`);
        return tableObject(t);
      },
    },
  },
};
