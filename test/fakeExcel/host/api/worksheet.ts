/** Excel.Worksheet, its collection, protection and freeze panes. */
import { MAX_COLUMNS, assertInsideSheet, parseLocalAddress, splitSheet } from "../address";
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { assertValidSheetName } from "../model/names";
import type { SheetModel, SheetVisibility } from "../model/sheet";
import { boolArg, intArg, oneOf, stringArg } from "./args";
import { ChartCollectionType } from "./charts";
import { PageBreakCollectionType, PageLayoutType } from "./pageLayout";
import { FreezePanesType, WorksheetProtectionType } from "./worksheetParts";
import { NamedItemCollectionType } from "./names";
import { WorksheetCustomPropertyCollectionType } from "./properties";
import { rangeObject } from "./range";
import { TableCollectionType } from "./tables";

export function worksheetObject(sheet: SheetModel): HostObject {
  return hostObject(WorksheetType, sheet);
}

function alive(sheet: SheetModel, what: string): SheetModel {
  if (sheet.deleted) throw hostError("ItemNotFound", `${what}: sheet "${sheet.name}" was deleted`);
  return sheet;
}

export function assertStructureWritable(ctx: HostContext, what: string) {
  ctx.workbook.assertWritable(null, what);
  if (ctx.workbook.structureProtected)
    throw hostError("AccessDenied", `${what}: the workbook structure is protected`);
}

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

export const WorksheetType: ObjectType<SheetModel> = {
  name: "Worksheet",
  identity: (s) => ({ Id: s.id }),
  properties: {
    id: { since: "1.1", get: (s) => s.id },
    name: {
      since: "1.1",
      get: (s) => s.name,
      set: (s, v, ctx) => {
        assertStructureWritable(ctx, "Worksheet.name");
        const others = ctx.workbook.sheets.filter((x) => x !== s && !x.deleted).map((x) => x.name);
        assertValidSheetName(v, others, "Worksheet.name");
        s.name = v;
      },
    },
    position: {
      since: "1.1",
      get: (s, ctx) => ctx.workbook.liveSheets().indexOf(s),
      set: (s, v, ctx) => {
        assertStructureWritable(ctx, "Worksheet.position");
        const list = ctx.workbook.sheets;
        const target = intArg(v, "position", "Worksheet.position");
        if (target < 0 || target >= ctx.workbook.liveSheets().length)
          throw hostError("InvalidArgument", `Worksheet.position ${target} is out of range`);
        list.splice(list.indexOf(s), 1);
        list.splice(target, 0, s);
      },
    },
    visibility: {
      since: "1.1",
      get: (s) => s.visibility,
      set: (s, v, ctx) => {
        assertStructureWritable(ctx, "Worksheet.visibility");
        const next: SheetVisibility = oneOf(v, VISIBILITY, "visibility", "Worksheet.visibility");
        const visible = ctx.workbook
          .liveSheets()
          .filter((x) => x.visibility === "Visible" && x !== s);
        if (next !== "Visible" && visible.length === 0)
          throw hostError(
            "InvalidOperation",
            "Worksheet.visibility: a workbook must keep at least one visible sheet",
          );
        s.visibility = next;
      },
    },
    showGridlines: {
      since: "1.8",
      wireName: "Gridlines",
      get: (s) => s.showGridlines,
      set: (s, v, ctx) => {
        ctx.workbook.assertWritable(null, "Worksheet.showGridlines");
        s.showGridlines = boolArg(v, "showGridlines", "Worksheet.showGridlines");
      },
    },
    tabColor: {
      since: "1.7",
      get: (s) => s.tabColor,
      set: (s, v, ctx) => {
        ctx.workbook.assertWritable(null, "Worksheet.tabColor");
        s.tabColor = stringArg(v, "tabColor", "Worksheet.tabColor");
      },
    },
  },
  children: {
    protection: {
      since: "1.2",
      get: (s) => hostObject(WorksheetProtectionType, alive(s, "Worksheet.protection")),
    },
    freezePanes: {
      since: "1.7",
      get: (s) => hostObject(FreezePanesType, alive(s, "Worksheet.freezePanes")),
    },
    tables: {
      since: "1.1",
      get: (s) => hostObject(TableCollectionType, { sheet: alive(s, "Worksheet.tables") }),
    },
    charts: {
      since: "1.1",
      get: (s) => hostObject(ChartCollectionType, alive(s, "Worksheet.charts")),
    },
    names: {
      since: "1.4",
      get: (s) => hostObject(NamedItemCollectionType, { sheet: alive(s, "Worksheet.names") }),
    },
    customProperties: {
      since: "1.12",
      get: (s) =>
        hostObject(WorksheetCustomPropertyCollectionType, alive(s, "Worksheet.customProperties")),
    },
    pageLayout: {
      since: "1.9",
      get: (s) => hostObject(PageLayoutType, alive(s, "Worksheet.pageLayout")),
    },
    horizontalPageBreaks: {
      since: "1.9",
      get: (s) =>
        hostObject(PageBreakCollectionType, {
          sheet: alive(s, "Worksheet.horizontalPageBreaks"),
          horizontal: true,
        }),
    },
    verticalPageBreaks: {
      since: "1.9",
      get: (s) =>
        hostObject(PageBreakCollectionType, {
          sheet: alive(s, "Worksheet.verticalPageBreaks"),
          horizontal: false,
        }),
    },
  },
  methods: {
    getRange: {
      since: "1.1",
      call: (s, [address]) => {
        alive(s, "Worksheet.getRange");
        if (address === undefined || address === null || address === "") {
          return rangeObject(s, { top: 0, left: 0, bottom: 1_048_575, right: MAX_COLUMNS - 1 });
        }
        const { sheet, local } = splitSheet(stringArg(address, "address", "Worksheet.getRange"));
        if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) {
          throw hostError(
            "InvalidArgument",
            `Worksheet.getRange("${String(address)}") names another sheet than "${s.name}"`,
          );
        }
        return rangeObject(s, parseLocalAddress(local));
      },
    },
    getRangeByIndexes: {
      since: "1.7",
      call: (s, [row, column, rows, columns]) => {
        const w = "Worksheet.getRangeByIndexes";
        const rect = {
          top: intArg(row, "startRow", w),
          left: intArg(column, "startColumn", w),
          bottom: 0,
          right: 0,
        };
        const rc = intArg(rows, "rowCount", w);
        const cc = intArg(columns, "columnCount", w);
        if (rc < 1 || cc < 1)
          throw hostError("InvalidArgument", `${w}: rowCount and columnCount must be at least 1`);
        rect.bottom = rect.top + rc - 1;
        rect.right = rect.left + cc - 1;
        assertInsideSheet(rect, w);
        return rangeObject(alive(s, w), rect);
      },
    },
    getCell: {
      since: "1.1",
      call: (s, [row, column]) => {
        const r = intArg(row, "row", "Worksheet.getCell");
        const c = intArg(column, "column", "Worksheet.getCell");
        const rect = { top: r, left: c, bottom: r, right: c };
        assertInsideSheet(rect, "Worksheet.getCell");
        return rangeObject(alive(s, "Worksheet.getCell"), rect);
      },
    },
    getUsedRange: {
      since: "1.1",
      call: (s, [valuesOnly]) =>
        rangeObject(
          alive(s, "Worksheet.getUsedRange"),
          s.usedRect(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
        ),
    },
    getUsedRangeOrNullObject: {
      since: "1.4",
      call: (s, [valuesOnly]) => {
        const rect = alive(s, "Worksheet.getUsedRangeOrNullObject").usedRect(valuesOnly === true);
        return rect ? rangeObject(s, rect) : null;
      },
    },
    activate: {
      since: "1.1",
      call: (s, _a, ctx) => {
        alive(s, "Worksheet.activate");
        if (s.visibility !== "Visible")
          throw hostError("InvalidOperation", `Worksheet.activate: sheet "${s.name}" is hidden`);
        ctx.workbook.activeSheetId = s.id;
      },
    },
    delete: {
      since: "1.1",
      call: (s, _a, ctx) => {
        assertStructureWritable(ctx, "Worksheet.delete");
        alive(s, "Worksheet.delete");
        const rest = ctx.workbook.liveSheets().filter((x) => x !== s && x.visibility === "Visible");
        if (rest.length === 0)
          throw hostError(
            "InvalidOperation",
            "Worksheet.delete: a workbook must keep at least one visible sheet",
          );
        ctx.workbook.removeSheet(s);
        if (s.createdBy === "user") ctx.workbook.userSheetsDeleted.push(s.name);
      },
    },
    _RegisterDataChangedEvent: {
      since: "1.7",
      call: (s, _a, ctx) => ctx.runtime.register(s, 1),
    },
    _UnregisterDataChangedEvent: {
      since: "1.7",
      call: (s, _a, ctx) => ctx.runtime.register(s, -1),
    },
    _RegisterFormatChangedEvent: {
      since: "1.9",
      call: (s, _a, ctx) => ctx.runtime.registerFor("formatChanged", s, 1),
    },
    _UnregisterFormatChangedEvent: {
      since: "1.9",
      call: (s, _a, ctx) => ctx.runtime.registerFor("formatChanged", s, -1),
    },
    _RegisterRowSortedEvent: {
      since: "1.10",
      call: (s, _a, ctx) => ctx.runtime.registerFor("rowSorted", s, 1),
    },
    _UnregisterRowSortedEvent: {
      since: "1.10",
      call: (s, _a, ctx) => ctx.runtime.registerFor("rowSorted", s, -1),
    },
    _RegisterColumnSortedEvent: {
      since: "1.10",
      call: (s, _a, ctx) => ctx.runtime.registerFor("columnSorted", s, 1),
    },
    _UnregisterColumnSortedEvent: {
      since: "1.10",
      call: (s, _a, ctx) => ctx.runtime.registerFor("columnSorted", s, -1),
    },
  },
};
