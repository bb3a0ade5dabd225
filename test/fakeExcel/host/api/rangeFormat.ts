/**
 * range.format and its fill, font, borders and protection. A multi-cell read gives the common
 * value, or null where cells differ (as Excel does).
 */
import { rectColumns } from "../address";
import { hostError } from "../errors";
import type { HostContext, ObjectType, PropertySpec } from "../hostObject";
import { hostObject } from "../hostObject";
import type { CellStyle } from "../model/cell";
import { DEFAULT_FONT } from "../model/cell";
import { displayText } from "../model/displayText";
import { boolArg, numberArg, oneOf, stringArg } from "./args";
import type { RangeState } from "./rangeCells";

const MAX_STYLED_CELLS = 2_000_000;
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;

function uniform<T>(values: Iterable<T>): T | null {
  let first: T | undefined;
  let seen = false;
  for (const v of values) {
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) return null;
  }
  return seen ? (first as T) : null;
}

function* styleValues<K extends keyof CellStyle>(s: RangeState, key: K, fallback: CellStyle[K]) {
  for (let r = s.rect.top; r <= s.rect.bottom; r++) {
    for (let c = s.rect.left; c <= s.rect.right; c++)
      yield s.sheet.peek(r, c)?.style[key] ?? fallback;
  }
}

function setStyle<K extends keyof CellStyle>(
  s: RangeState,
  key: K,
  value: CellStyle[K],
  ctx: HostContext,
  what: string,
) {
  ctx.workbook.assertWritable(s.sheet, what);
  const cells = (s.rect.bottom - s.rect.top + 1) * rectColumns(s.rect);
  if (cells > MAX_STYLED_CELLS) {
    throw hostError(
      "UnsupportedOperation",
      `${what} on ${cells} cells: the fake host stores formats per cell and stops at ${MAX_STYLED_CELLS}`,
    );
  }
  for (let r = s.rect.top; r <= s.rect.bottom; r++) {
    for (let c = s.rect.left; c <= s.rect.right; c++) {
      const style = s.sheet.cell(r, c).style;
      if (value === undefined) delete style[key];
      else style[key] = value;
    }
  }
}

function styleProp<K extends keyof CellStyle>(
  key: K,
  fallback: CellStyle[K],
  parse: (v: unknown, where: string) => CellStyle[K],
  since = "1.1",
): PropertySpec<RangeState> {
  const where = `format.${String(key)}`;
  return {
    since,
    get: (s) => uniform(styleValues(s, key, fallback)),
    set: (s, v, ctx) => setStyle(s, key, parse(v, where), ctx, where),
  };
}

const color = (v: unknown, where: string) => normaliseColor(stringArg(v, "color", where), where);

export function normaliseColor(value: string, where: string): string {
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  const named: Record<string, string> = {
    red: "#FF0000",
    green: "#008000",
    blue: "#0000FF",
    yellow: "#FFFF00",
    white: "#FFFFFF",
    black: "#000000",
    orange: "#FFA500",
    gray: "#808080",
    grey: "#808080",
  };
  const hit = named[value.toLowerCase()];
  if (!hit)
    throw hostError(
      "InvalidArgument",
      `${where}: "${value}" is not a colour (#RRGGBB or an HTML colour name)`,
    );
  return hit;
}

export const RangeFillType: ObjectType<RangeState> = {
  name: "RangeFill",
  properties: { color: styleProp("fillColor", "#FFFFFF", color) },
  methods: {
    clear: {
      since: "1.1",
      call: (s, _a, ctx) => setStyle(s, "fillColor", undefined, ctx, "format.fill.clear"),
    },
  },
};

export const RangeFontType: ObjectType<RangeState> = {
  name: "RangeFont",
  properties: {
    bold: styleProp("fontBold", false, (v, w) => boolArg(v, "bold", w)),
    italic: styleProp("fontItalic", false, (v, w) => boolArg(v, "italic", w)),
    color: styleProp("fontColor", DEFAULT_FONT.color, color),
    size: styleProp("fontSize", DEFAULT_FONT.size, (v, w) => numberArg(v, "size", w)),
    name: styleProp("fontName", DEFAULT_FONT.name, (v, w) => stringArg(v, "name", w)),
    underline: styleProp("fontUnderline", "None", (v, w) =>
      oneOf(
        v,
        ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const,
        "underline",
        w,
      ),
    ),
  },
};

const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

interface BorderState extends RangeState {
  side: string;
}

function borderProp(
  field: "style" | "color" | "weight",
  fallback: string,
): PropertySpec<BorderState> {
  return {
    since: "1.1",
    get: (s) =>
      uniform(
        (function* () {
          for (const v of styleValues(s, "borders", {})) yield v?.[s.side]?.[field] ?? fallback;
        })(),
      ),
    set: (s, v, ctx) => {
      const where = `format.borders.${s.side}.${field}`;
      const value = field === "color" ? color(v, where) : stringArg(v, field, where);
      ctx.workbook.assertWritable(s.sheet, where);
      for (let r = s.rect.top; r <= s.rect.bottom; r++) {
        for (let c = s.rect.left; c <= s.rect.right; c++) {
          const style = s.sheet.cell(r, c).style;
          const borders = (style.borders ??= {});
          const edge = (borders[s.side] ??= {
            style: "Continuous",
            color: "#000000",
            weight: "Thin",
          });
          edge[field] = value;
        }
      }
    },
  };
}

export const RangeBorderType: ObjectType<BorderState> = {
  name: "RangeBorder",
  properties: {
    sideIndex: { since: "1.1", get: (s) => s.side },
    style: borderProp("style", "None"),
    color: borderProp("color", "#000000"),
    weight: borderProp("weight", "Thin"),
  },
};

export const RangeBorderCollectionType: ObjectType<RangeState> = {
  name: "RangeBorderCollection",
  properties: { count: { since: "1.1", get: () => BORDER_INDEX.length } },
  indexer: (s, key) =>
    hostObject(RangeBorderType, {
      ...s,
      side: oneOf(key, BORDER_INDEX, "index", "borders.getItem"),
    }),
  items: (s) => BORDER_INDEX.map((side) => hostObject(RangeBorderType, { ...s, side })),
};

export const FormatProtectionType: ObjectType<RangeState> = {
  name: "FormatProtection",
  properties: { locked: styleProp("locked", true, (v, w) => boolArg(v, "locked", w), "1.2") },
};

function columnWidthOf(s: RangeState, c: number) {
  return s.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
}

function autofitWidth(s: RangeState, ctx: HostContext) {
  const longest = new Map<number, number>();
  for (const { row, column, cell } of s.sheet.cellsIn(s.rect)) {
    const t = displayText(cell, ctx.workbook.computedValue(s.sheet, row, column, cell));
    const units = [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    longest.set(column, Math.max(longest.get(column) ?? 0, units));
  }
  for (let c = s.rect.left; c <= s.rect.right; c++) {
    const units = longest.get(c) ?? 0;
    s.sheet.columnWidths.set(
      c,
      units === 0 ? DEFAULT_COLUMN_WIDTH : Math.round((units * 7 + 10) * 0.75 * 100) / 100,
    );
  }
}

export const RangeFormatType: ObjectType<RangeState> = {
  name: "RangeFormat",
  properties: {
    columnWidth: {
      since: "1.2",
      get: (s) =>
        uniform(
          (function* () {
            for (let c = s.rect.left; c <= s.rect.right; c++) yield columnWidthOf(s, c);
          })(),
        ),
      set: (s, v, ctx) => {
        const w = numberArg(v, "columnWidth", "format.columnWidth");
        ctx.workbook.assertWritable(s.sheet, "format.columnWidth");
        for (let c = s.rect.left; c <= s.rect.right; c++) s.sheet.columnWidths.set(c, w);
      },
    },
    rowHeight: {
      since: "1.2",
      get: (s) =>
        uniform(
          (function* () {
            for (let r = s.rect.top; r <= s.rect.bottom; r++)
              yield s.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
          })(),
        ),
      set: (s, v, ctx) => {
        const h = numberArg(v, "rowHeight", "format.rowHeight");
        ctx.workbook.assertWritable(s.sheet, "format.rowHeight");
        for (let r = s.rect.top; r <= s.rect.bottom; r++) s.sheet.rowHeights.set(r, h);
      },
    },
    wrapText: styleProp("wrapText", false, (v, w) => boolArg(v, "wrapText", w)),
    horizontalAlignment: styleProp("horizontalAlignment", "General", (v, w) =>
      oneOf(v, HORIZONTAL, "horizontalAlignment", w),
    ),
    verticalAlignment: styleProp("verticalAlignment", "Bottom", (v, w) =>
      oneOf(v, VERTICAL, "verticalAlignment", w),
    ),
  },
  children: {
    fill: { since: "1.1", get: (s) => hostObject(RangeFillType, s) },
    font: { since: "1.1", get: (s) => hostObject(RangeFontType, s) },
    borders: { since: "1.1", get: (s) => hostObject(RangeBorderCollectionType, s) },
    protection: { since: "1.2", get: (s) => hostObject(FormatProtectionType, s) },
  },
  methods: {
    autofitColumns: {
      since: "1.2",
      call: (s, _a, ctx) => {
        ctx.workbook.assertWritable(s.sheet, "format.autofitColumns");
        autofitWidth(s, ctx);
      },
    },
    autofitRows: {
      since: "1.2",
      call: (s, _a, ctx) => ctx.workbook.assertWritable(s.sheet, "format.autofitRows"),
    },
  },
};
