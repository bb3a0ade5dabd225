/** Excel.Range: a rectangle of one sheet, addressed by reference once kept (`_KeepReference`). */
import type { Rect } from "../address";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  assertInsideSheet,
  boundingRect,
  formatAddress,
  intersect,
  parseLocalAddress,
  rectColumns,
  rectRows,
  splitSheet,
} from "../address";
import { hostError } from "../errors";
import type { HostContext, HostObject, ObjectType } from "../hostObject";
import { hostObject } from "../hostObject";
import { assertCellTextWithinLimit, assertHyperlinksWithinLimit } from "../model/cellLimits";
import type { SheetModel } from "../model/sheet";
import { boolArg, intArg, isHostObjectArg, oneOf, optionalString } from "./args";
import { ConditionalFormatCollectionType } from "./conditionalFormats";
import { DataValidationType } from "./dataValidation";
import type { RangeState } from "./rangeCells";
import {
  readFormulas,
  readFormulasR1C1,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  writeContent,
  writeNumberFormats,
} from "./rangeCells";
import { RangeAreasType } from "./rangeAreas";
import { specialCells } from "./specialCells";
import { RangeFormatType } from "./rangeFormat";
import { clearRange, mergeRange, unmergeRange } from "./rangeEdits";
import { deleteRange, insertRange } from "./rangeShift";
import { worksheetObject } from "./worksheet";

export function rangeObject(sheet: SheetModel, rect: Rect): HostObject {
  return hostObject(RangeType, { sheet, rect });
}

/** A Range argument or an address on the same sheet (getIntersection, charts.add…). */
export function rangeArgument(
  value: unknown,
  sheet: SheetModel,
  ctx: HostContext,
  where: string,
): RangeState {
  if (isHostObjectArg(value) && value.type === RangeType) return value.state as RangeState;
  if (typeof value === "string")
    return {
      sheet: sheetForAddress(value, sheet, ctx, where),
      rect: parseLocalAddress(splitSheet(value).local),
    };
  throw hostError(
    "InvalidArgument",
    `${where}: expected a Range or an address, got ${JSON.stringify(value)}`,
  );
}

export function sheetForAddress(
  address: string,
  fallback: SheetModel,
  ctx: HostContext,
  where: string,
): SheetModel {
  const { sheet } = splitSheet(address);
  if (sheet === null) return fallback;
  const found = ctx.workbook.findSheet(sheet);
  if (!found || found.deleted)
    throw hostError("ItemNotFound", `${where}: no sheet named "${sheet}" in "${address}"`);
  return found;
}

function sameSheet(a: RangeState, b: RangeState, where: string) {
  if (a.sheet !== b.sheet)
    throw hostError("InvalidArgument", `${where}: the ranges are on different sheets`);
}

function offset(
  s: RangeState,
  dr: number,
  dc: number,
  rows: number,
  cols: number,
  where: string,
): HostObject {
  const rect = {
    top: s.rect.top + dr,
    left: s.rect.left + dc,
    bottom: s.rect.top + dr + rows - 1,
    right: s.rect.left + dc + cols - 1,
  };
  if (rows <= 0 || cols <= 0)
    throw hostError("InvalidArgument", `${where}: the resulting range would be empty`);
  assertInsideSheet(rect, where);
  return rangeObject(s.sheet, rect);
}

function usedWithin(s: RangeState, valuesOnly: boolean): Rect | null {
  const used = s.sheet.usedRect(valuesOnly);
  return used ? intersect(used, s.rect) : null;
}

export const RangeType: ObjectType<RangeState> = {
  name: "Range",
  properties: {
    address: { since: "1.1", get: (s) => formatAddress(s.sheet.name, s.rect) },
    addressLocal: { since: "1.1", get: (s) => formatAddress(s.sheet.name, s.rect) },
    cellCount: { since: "1.1", get: (s) => rectRows(s.rect) * rectColumns(s.rect) },
    rowCount: { since: "1.1", get: (s) => rectRows(s.rect) },
    columnCount: { since: "1.1", get: (s) => rectColumns(s.rect) },
    rowIndex: { since: "1.1", get: (s) => s.rect.top },
    columnIndex: { since: "1.1", get: (s) => s.rect.left },
    values: {
      since: "1.1",
      get: readValues,
      set: (s, v, ctx) => writeContent(s, v, ctx, "Range.values"),
    },
    formulas: {
      since: "1.1",
      get: readFormulas,
      set: (s, v, ctx) => writeContent(s, v, ctx, "Range.formulas"),
    },
    formulasR1C1: {
      since: "1.2",
      get: readFormulasR1C1,
      set: (s, v, ctx) => writeContent(s, v, ctx, "Range.formulasR1C1", "R1C1"),
    },
    numberFormat: {
      since: "1.1",
      get: readNumberFormats,
      set: (s, v, ctx) => writeNumberFormats(s, v, ctx),
    },
    text: { since: "1.1", get: readText },
    valueTypes: { since: "1.1", get: readValueTypes },
    hyperlink: {
      since: "1.7",
      get: (s) => s.sheet.peek(s.rect.top, s.rect.left)?.hyperlink ?? null,
      set: (s, v, ctx) => setHyperlink(s, v, ctx),
    },
  },
  children: {
    format: { since: "1.1", get: (s) => hostObject(RangeFormatType, s) },
    worksheet: { since: "1.1", get: (s) => worksheetObject(s.sheet) },
    dataValidation: { since: "1.8", get: (s) => hostObject(DataValidationType, s) },
    conditionalFormats: {
      since: "1.6",
      get: (s) => hostObject(ConditionalFormatCollectionType, s),
    },
  },
  methods: {
    getCell: {
      since: "1.1",
      call: (s, [r, c]) =>
        offset(
          s,
          intArg(r, "row", "Range.getCell"),
          intArg(c, "column", "Range.getCell"),
          1,
          1,
          "Range.getCell",
        ),
    },
    getRow: {
      since: "1.1",
      call: (s, [r]) =>
        offset(s, intArg(r, "row", "Range.getRow"), 0, 1, rectColumns(s.rect), "Range.getRow"),
    },
    getColumn: {
      since: "1.1",
      call: (s, [c]) =>
        offset(
          s,
          0,
          intArg(c, "column", "Range.getColumn"),
          rectRows(s.rect),
          1,
          "Range.getColumn",
        ),
    },
    getOffsetRange: {
      since: "1.1",
      call: (s, [r, c]) =>
        offset(
          s,
          intArg(r, "rowOffset", "Range.getOffsetRange"),
          intArg(c, "columnOffset", "Range.getOffsetRange"),
          rectRows(s.rect),
          rectColumns(s.rect),
          "Range.getOffsetRange",
        ),
    },
    getResizedRange: {
      since: "1.3",
      call: (s, [dr, dc]) =>
        offset(
          s,
          0,
          0,
          rectRows(s.rect) + intArg(dr, "deltaRows", "Range.getResizedRange"),
          rectColumns(s.rect) + intArg(dc, "deltaColumns", "Range.getResizedRange"),
          "Range.getResizedRange",
        ),
    },
    getAbsoluteResizedRange: {
      since: "1.7",
      call: (s, [rows, columns]) =>
        offset(
          s,
          0,
          0,
          intArg(rows, "numRows", "Range.getAbsoluteResizedRange"),
          intArg(columns, "numColumns", "Range.getAbsoluteResizedRange"),
          "Range.getAbsoluteResizedRange",
        ),
    },
    getEntireColumn: {
      since: "1.1",
      call: (s) =>
        rangeObject(s.sheet, {
          top: 0,
          bottom: MAX_ROWS - 1,
          left: s.rect.left,
          right: s.rect.right,
        }),
    },
    getEntireRow: {
      since: "1.1",
      call: (s) =>
        rangeObject(s.sheet, {
          top: s.rect.top,
          bottom: s.rect.bottom,
          left: 0,
          right: MAX_COLUMNS - 1,
        }),
    },
    getLastCell: {
      since: "1.1",
      call: (s) =>
        rangeObject(s.sheet, {
          top: s.rect.bottom,
          bottom: s.rect.bottom,
          left: s.rect.right,
          right: s.rect.right,
        }),
    },
    getLastRow: {
      since: "1.1",
      call: (s) => rangeObject(s.sheet, { ...s.rect, top: s.rect.bottom }),
    },
    getLastColumn: {
      since: "1.1",
      call: (s) => rangeObject(s.sheet, { ...s.rect, left: s.rect.right }),
    },
    getIntersection: {
      since: "1.1",
      call: (s, [other], ctx) => {
        const o = rangeArgument(other, s.sheet, ctx, "Range.getIntersection");
        sameSheet(s, o, "Range.getIntersection");
        const r = intersect(s.rect, o.rect);
        if (!r)
          throw hostError("ItemNotFound", "Range.getIntersection: the ranges do not intersect");
        return rangeObject(s.sheet, r);
      },
    },
    getIntersectionOrNullObject: {
      since: "1.4",
      call: (s, [other], ctx) => {
        const o = rangeArgument(other, s.sheet, ctx, "Range.getIntersectionOrNullObject");
        sameSheet(s, o, "Range.getIntersectionOrNullObject");
        const r = intersect(s.rect, o.rect);
        return r ? rangeObject(s.sheet, r) : null;
      },
    },
    getBoundingRect: {
      since: "1.1",
      call: (s, [other], ctx) => {
        const o = rangeArgument(other, s.sheet, ctx, "Range.getBoundingRect");
        sameSheet(s, o, "Range.getBoundingRect");
        return rangeObject(s.sheet, boundingRect(s.rect, o.rect));
      },
    },
    getUsedRange: {
      since: "1.1",
      call: (s, [valuesOnly]) => {
        const r = usedWithin(s, valuesOnly === true);
        if (!r)
          throw hostError(
            "ItemNotFound",
            `Range.getUsedRange: ${formatAddress(s.sheet.name, s.rect)} has no used cells`,
          );
        return rangeObject(s.sheet, r);
      },
    },
    getUsedRangeOrNullObject: {
      since: "1.4",
      call: (s, [valuesOnly]) => {
        const r = usedWithin(s, valuesOnly === true);
        return r ? rangeObject(s.sheet, r) : null;
      },
    },
    getSpecialCells: {
      since: "1.9",
      call: (s, args) => {
        const found = specialCells(s, args, "Range.getSpecialCells");
        if (!found) throw hostError("ItemNotFound", "Range.getSpecialCells: no cells were found");
        return found;
      },
    },
    getSpecialCellsOrNullObject: {
      since: "1.9",
      call: (s, args) => specialCells(s, args, "Range.getSpecialCellsOrNullObject"),
    },
    getMergedAreasOrNullObject: {
      since: "1.13",
      call: (s) => {
        const areas = s.sheet.merges
          .filter((m) => intersect(m, s.rect))
          .sort((a, b) => a.top - b.top || a.left - b.left);
        return areas.length ? hostObject(RangeAreasType, { sheet: s.sheet, areas }) : null;
      },
    },
    clear: {
      since: "1.1",
      call: (s, [applyTo], ctx) =>
        clearRange(
          s,
          applyTo === undefined || applyTo === null
            ? "All"
            : oneOf(
                applyTo,
                ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"] as const,
                "applyTo",
                "Range.clear",
              ),
          ctx,
        ),
    },
    insert: {
      since: "1.1",
      call: (s, [shift], ctx) => {
        const inserted = insertRange(
          s,
          oneOf(shift, ["Down", "Right"] as const, "shift", "Range.insert"),
          ctx,
        );
        return rangeObject(inserted.sheet, inserted.rect);
      },
    },
    delete: {
      since: "1.1",
      call: (s, [shift], ctx) =>
        deleteRange(s, oneOf(shift, ["Up", "Left"] as const, "shift", "Range.delete"), ctx),
    },
    merge: {
      since: "1.2",
      call: (s, [across], ctx) =>
        mergeRange(
          s,
          across === undefined || across === null
            ? false
            : boolArg(across, "across", "Range.merge"),
          ctx,
        ),
    },
    unmerge: { since: "1.2", call: (s, _a, ctx) => unmergeRange(s, ctx) },
    _ValidateArraySize: {
      // The library splits writes of more than 1,500 cells into row chunks and first asks the
      // host to check the whole array's shape, so a mismatch fails before any chunk is written.
      since: "1.3",
      call: (s, [rows, columns]) => {
        if (rows !== rectRows(s.rect) || columns !== rectColumns(s.rect)) {
          throw hostError(
            "InvalidArgument",
            `the array is ${String(rows)}×${String(columns)} but the range ${rectRows(s.rect)}×${rectColumns(s.rect)}; the dimensions must match the range`,
          );
        }
      },
    },
    select: {
      since: "1.1",
      call: (s, _a, ctx) => {
        ctx.workbook.activeSheetId = s.sheet.id;
        ctx.workbook.selection = { sheetId: s.sheet.id, rect: s.rect };
      },
    },
  },
};

function setHyperlink(s: RangeState, value: unknown, ctx: HostContext) {
  ctx.workbook.assertWritable(s.sheet, "Range.hyperlink");
  if (value === null) {
    for (const { cell } of s.sheet.cellsIn(s.rect)) delete cell.hyperlink;
    return;
  }
  if (typeof value !== "object" || Array.isArray(value))
    throw hostError("InvalidArgument", "Range.hyperlink must be an object or null");
  const v = value as Record<string, unknown>;
  const link = {
    address: optionalString(v["address"], "address", "Range.hyperlink"),
    documentReference: optionalString(
      v["documentReference"],
      "documentReference",
      "Range.hyperlink",
    ),
    screenTip: optionalString(v["screenTip"], "screenTip", "Range.hyperlink"),
    textToDisplay: optionalString(v["textToDisplay"], "textToDisplay", "Range.hyperlink"),
  };
  if (!link.address && !link.documentReference) {
    throw hostError("InvalidArgument", "Range.hyperlink needs an address or a documentReference");
  }
  if (link.textToDisplay !== undefined)
    assertCellTextWithinLimit(link.textToDisplay, "Range.hyperlink.textToDisplay");
  let adding = 0;
  for (let r = s.rect.top; r <= s.rect.bottom; r++)
    for (let c = s.rect.left; c <= s.rect.right; c++) if (!s.sheet.peek(r, c)?.hyperlink) adding++;
  assertHyperlinksWithinLimit(s.sheet, adding, "Range.hyperlink");
  for (let r = s.rect.top; r <= s.rect.bottom; r++) {
    for (let c = s.rect.left; c <= s.rect.right; c++) {
      const cell = s.sheet.cell(r, c);
      cell.hyperlink = Object.fromEntries(Object.entries(link).filter(([, x]) => x !== undefined));
      if (link.textToDisplay !== undefined)
        ctx.workbook.writeContent(s.sheet, r, c, link.textToDisplay, undefined);
    }
  }
}
