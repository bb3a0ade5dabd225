/** A table's columns and rows: names from the header cells, body ranges, rows appended below. */
import type { Rect } from "../address";
import { hostError } from "../errors";
import type { ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { isBlank } from "../model/cell";
import type { TableModel } from "../model/table";
import { tableColumnName } from "../model/table";
import { intArg } from "./args";
import { readValues, writeContent } from "./rangeCells";
import { rangeObject } from "./range";
import { bodyRect, headerRect } from "./tables";

interface ColumnState {
  table: TableModel;
  index: number;
}

export const TableColumnType: ObjectType<ColumnState> = {
  name: "TableColumn",
  identity: (s) => ({ Id: s.table.columns[s.index]?.id }),
  properties: {
    id: { since: "1.1", get: (s) => s.table.columns[s.index]?.id },
    index: { since: "1.1", get: (s) => s.index },
    name: { since: "1.1", get: (s) => tableColumnName(s.table, s.index) },
  },
  methods: {
    getRange: {
      since: "1.1",
      call: (s) =>
        rangeObject(s.table.sheet, {
          ...s.table.rect,
          left: s.table.rect.left + s.index,
          right: s.table.rect.left + s.index,
        }),
    },
    getDataBodyRange: {
      since: "1.1",
      call: (s) =>
        rangeObject(s.table.sheet, {
          ...bodyRect(s.table),
          left: s.table.rect.left + s.index,
          right: s.table.rect.left + s.index,
        }),
    },
    getHeaderRowRange: {
      since: "1.1",
      call: (s) =>
        rangeObject(s.table.sheet, {
          ...headerRect(s.table),
          left: s.table.rect.left + s.index,
          right: s.table.rect.left + s.index,
        }),
    },
  },
};

export const TableColumnCollectionType: ObjectType<TableModel> = {
  name: "TableColumnCollection",
  properties: { count: { since: "1.1", get: (t) => t.columns.length } },
  items: (t) => t.columns.map((_, index) => hostObject(TableColumnType, { table: t, index })),
  indexer: (t, key) => {
    const index = t.columns.findIndex(
      (c) =>
        c.id === key ||
        (typeof key === "string" &&
          tableColumnName(t, t.columns.indexOf(c)).toLowerCase() === key.toLowerCase()),
    );
    if (index < 0)
      throw hostError("ItemNotFound", `table "${t.name}" columns.getItem(${JSON.stringify(key)})`);
    return hostObject(TableColumnType, { table: t, index });
  },
  methods: {
    getCount: { since: "1.4", call: (t) => t.columns.length },
    getItemAt: {
      since: "1.1",
      call: (t, [i]) => {
        const index = intArg(i, "index", "TableColumnCollection.getItemAt");
        if (!t.columns[index])
          throw hostError("ItemNotFound", `table "${t.name}" columns.getItemAt(${index})`);
        return hostObject(TableColumnType, { table: t, index });
      },
    },
  },
};

interface RowState {
  table: TableModel;
  index: number;
}

function rowRect(s: RowState): Rect {
  const top = bodyRect(s.table).top + s.index;
  return { ...s.table.rect, top, bottom: top };
}

export const TableRowType: ObjectType<RowState> = {
  name: "TableRow",
  properties: {
    index: { since: "1.1", get: (s) => s.index },
    values: {
      since: "1.1",
      get: (s, ctx) => readValues({ sheet: s.table.sheet, rect: rowRect(s) }, ctx),
      set: (s, v, ctx) =>
        writeContent({ sheet: s.table.sheet, rect: rowRect(s) }, v, ctx, "TableRow.values"),
    },
  },
  methods: { getRange: { since: "1.1", call: (s) => rangeObject(s.table.sheet, rowRect(s)) } },
};

export const TableRowCollectionType: ObjectType<TableModel> = {
  name: "TableRowCollection",
  properties: { count: { since: "1.1", get: (t) => bodyRect(t).bottom - bodyRect(t).top + 1 } },
  methods: {
    getCount: { since: "1.4", call: (t) => bodyRect(t).bottom - bodyRect(t).top + 1 },
    add: {
      since: "1.1",
      call: (t, [index, values], ctx) => {
        const w = "TableRowCollection.add";
        ctx.workbook.assertWritable(t.sheet, w);
        if (index !== undefined && index !== null)
          throw hostError(
            "UnsupportedOperation",
            `${w}: the fake host appends rows only (index must be null)`,
          );
        if (!Array.isArray(values) || values.length === 0)
          throw hostError("InvalidArgument", `${w}: values must be a non-empty 2-D array`);
        const rows = values.length;
        const below: Rect = { ...t.rect, top: t.rect.bottom + 1, bottom: t.rect.bottom + rows };
        for (const { cell } of t.sheet.cellsIn(below)) {
          if (!isBlank(cell))
            throw hostError(
              "UnsupportedOperation",
              `${w}: cells below table "${t.name}" are not empty; the fake host does not shift cells`,
            );
        }
        writeContent({ sheet: t.sheet, rect: below }, values, ctx, w);
        const first = bodyRect(t).bottom - bodyRect(t).top + 1;
        t.rect = { ...t.rect, bottom: t.rect.bottom + rows };
        return hostObject(TableRowType, { table: t, index: first });
      },
    },
  },
};
