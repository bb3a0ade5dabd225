/**
 * worksheet.pageLayout and manual page breaks (ExcelApi 1.9): enough to lay reminder slips out
 * one per printed page — orientation, paper, margins, zoom / fit to pages, print area, title
 * rows and horizontal or vertical breaks.
 */
import { MAX_COLUMNS, MAX_ROWS, parseLocalAddress, splitSheet } from "../address";
import { hostError } from "../errors";
import type { HostContext, ObjectType, PropertySpec } from "../hostObject";
import { hostObject } from "../hostObject";
import { assertPageBreaksWithinLimit } from "../model/cellLimits";
import type { SheetModel } from "../model/sheet";
import { boolArg, intArg, isHostObjectArg, numberArg, objectArg, oneOf } from "./args";
import type { RangeState } from "./rangeCells";
import { RangeType, rangeObject } from "./range";
import { RangeAreasType } from "./rangeAreas";

const ORIENTATIONS = ["Portrait", "Landscape"] as const;
const PRINT_ORDERS = ["DownThenOver", "OverThenDown"] as const;
const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Executive", "Tabloid"] as const;

function layoutProp(
  key: string,
  parse: (v: unknown, where: string) => unknown,
): PropertySpec<SheetModel> {
  const where = `PageLayout.${key}`;
  return {
    since: "1.9",
    get: (s) => s.pageLayout[key],
    set: (s, v, ctx) => {
      ctx.workbook.assertWritable(null, where);
      s.pageLayout[key] = parse(v, where);
    },
  };
}

const bool = (key: string) => layoutProp(key, (v, w) => boolArg(v, key, w));
const points = (key: string) =>
  layoutProp(key, (v, w) => {
    const n = numberArg(v, key, w);
    if (n < 0) throw hostError("InvalidArgument", `${w} cannot be negative`);
    return n;
  });

function areaArgument(value: unknown, sheet: SheetModel, where: string) {
  if (isHostObjectArg(value) && value.type === RangeType) {
    const state = value.state as RangeState;
    if (state.sheet !== sheet)
      throw hostError("InvalidArgument", `${where}: the range is on another sheet`);
    return [state.rect];
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw hostError("InvalidArgument", `${where}: expected a Range or an address`);
  }
  return value.split(",").map((part) => parseLocalAddress(splitSheet(part.trim()).local));
}

function assertWritable(ctx: HostContext, where: string) {
  ctx.workbook.assertWritable(null, where);
}

export const PageLayoutType: ObjectType<SheetModel> = {
  name: "PageLayout",
  properties: {
    orientation: layoutProp("orientation", (v, w) => oneOf(v, ORIENTATIONS, "orientation", w)),
    paperSize: layoutProp("paperSize", (v, w) => oneOf(v, PAPER, "paperSize", w)),
    printOrder: layoutProp("printOrder", (v, w) => oneOf(v, PRINT_ORDERS, "printOrder", w)),
    centerHorizontally: bool("centerHorizontally"),
    centerVertically: bool("centerVertically"),
    printGridlines: bool("printGridlines"),
    printHeadings: bool("printHeadings"),
    blackAndWhite: bool("blackAndWhite"),
    draftMode: bool("draftMode"),
    leftMargin: points("leftMargin"),
    rightMargin: points("rightMargin"),
    topMargin: points("topMargin"),
    bottomMargin: points("bottomMargin"),
    headerMargin: points("headerMargin"),
    footerMargin: points("footerMargin"),
    zoom: layoutProp("zoom", (v, w) => {
      const zoom = objectArg(v, "zoom", w);
      const scale = zoom["scale"];
      if (scale !== undefined && (typeof scale !== "number" || scale < 10 || scale > 400)) {
        throw hostError("InvalidArgument", `${w}.scale must be between 10 and 400`);
      }
      return { ...zoom };
    }),
  },
  methods: {
    setPrintArea: {
      since: "1.9",
      call: (s, [area], ctx) => {
        assertWritable(ctx, "PageLayout.setPrintArea");
        s.printArea = areaArgument(area, s, "PageLayout.setPrintArea");
      },
    },
    getPrintAreaOrNullObject: {
      since: "1.9",
      call: (s) =>
        s.printArea.length ? hostObject(RangeAreasType, { sheet: s, areas: s.printArea }) : null,
    },
    setPrintTitleRows: {
      since: "1.9",
      call: (s, [rows], ctx) => {
        assertWritable(ctx, "PageLayout.setPrintTitleRows");
        const [rect] = areaArgument(rows, s, "PageLayout.setPrintTitleRows");
        s.printTitleRows = rect
          ? { top: rect.top, bottom: rect.bottom, left: 0, right: MAX_COLUMNS - 1 }
          : null;
      },
    },
    getPrintTitleRowsOrNullObject: {
      since: "1.9",
      call: (s) => (s.printTitleRows ? rangeObject(s, s.printTitleRows) : null),
    },
    setPrintMargins: {
      since: "1.9",
      call: (s, [unit, options], ctx) => {
        assertWritable(ctx, "PageLayout.setPrintMargins");
        const factor = oneOf(
          unit,
          ["Points", "Inches", "Centimeters"] as const,
          "unit",
          "PageLayout.setPrintMargins",
        );
        const scale = factor === "Points" ? 1 : factor === "Inches" ? 72 : 72 / 2.54;
        for (const [k, v] of Object.entries(
          objectArg(options, "marginOptions", "PageLayout.setPrintMargins"),
        )) {
          const key = `${k}Margin`;
          if (!(key in s.pageLayout))
            throw hostError("InvalidArgument", `PageLayout.setPrintMargins: unknown margin "${k}"`);
          s.pageLayout[key] = numberArg(v, k, "PageLayout.setPrintMargins") * scale;
        }
      },
    },
  },
};

interface BreaksState {
  sheet: SheetModel;
  horizontal: boolean;
}

function breaks(s: BreaksState): number[] {
  return s.horizontal ? s.sheet.horizontalPageBreaks : s.sheet.verticalPageBreaks;
}

interface BreakState extends BreaksState {
  at: number;
}

export const PageBreakType: ObjectType<BreakState> = {
  name: "PageBreak",
  properties: {
    rowIndex: { since: "1.9", get: (s) => (s.horizontal ? s.at : 0) },
    columnIndex: { since: "1.9", get: (s) => (s.horizontal ? 0 : s.at) },
  },
  methods: {
    delete: {
      since: "1.9",
      call: (s, _a, ctx) => {
        assertWritable(ctx, "PageBreak.delete");
        const list = breaks(s);
        const i = list.indexOf(s.at);
        if (i >= 0) list.splice(i, 1);
      },
    },
    getCellAfterBreak: {
      since: "1.9",
      call: (s) =>
        rangeObject(
          s.sheet,
          s.horizontal
            ? { top: s.at, bottom: s.at, left: 0, right: 0 }
            : { top: 0, bottom: 0, left: s.at, right: s.at },
        ),
    },
  },
};

export const PageBreakCollectionType: ObjectType<BreaksState> = {
  name: "PageBreakCollection",
  items: (s) => breaks(s).map((at) => hostObject(PageBreakType, { ...s, at })),
  indexer: (s, index) => {
    const at = breaks(s)[intArg(index, "index", "PageBreakCollection.getItem")];
    if (at === undefined)
      throw hostError("ItemNotFound", `PageBreakCollection.getItem(${String(index)})`);
    return hostObject(PageBreakType, { ...s, at });
  },
  methods: {
    add: {
      since: "1.9",
      call: (s, [where], ctx) => {
        assertWritable(ctx, "PageBreakCollection.add");
        const [rect] = areaArgument(where, s.sheet, "PageBreakCollection.add");
        if (!rect) throw hostError("InvalidArgument", "PageBreakCollection.add: empty range");
        const at = s.horizontal ? rect.top : rect.left;
        if (at === 0 || at >= (s.horizontal ? MAX_ROWS : MAX_COLUMNS)) {
          throw hostError(
            "InvalidArgument",
            "PageBreakCollection.add: a break cannot sit before the first row or column",
          );
        }
        const list = breaks(s);
        if (!list.includes(at)) {
          assertPageBreaksWithinLimit(s.sheet, "PageBreakCollection.add");
          list.push(at);
          list.sort((a, b) => a - b);
        }
        return hostObject(PageBreakType, { ...s, at });
      },
    },
    getCount: { since: "1.9", call: (s) => breaks(s).length },
    removePageBreaks: {
      since: "1.9",
      call: (s, _a, ctx) => {
        assertWritable(ctx, "PageBreakCollection.removePageBreaks");
        breaks(s).length = 0;
      },
    },
  },
};
