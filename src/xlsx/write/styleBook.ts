import { TaizhangError } from "../../core/errors";
import { MAX_CELL_FORMATS } from "../../core/plan/excelLimits";
import { STYLESHEET_ORDER, childPrefix, insertChild } from "../package/childOrder";
import {
  XML_DECLARATION,
  attributes,
  childElement,
  childElements,
  escapeXml,
  rootElement,
  withAttributes,
  type ElementSpan,
  appendContent,
} from "../package/xml";

/** What a cell looks like, as plans ask for it (RangeStyle's properties, hyperlinks' underline). */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
}

/**
 * One text per look, whatever order its fields were set in: asked for every cell written, so
 * built by concatenation (a sorted JSON.stringify was a tenth of a large workbook's write).
 */
function styleKey(s: CellStyle): string {
  return `${s.numberFormat ?? ""}\u0001${s.bold ?? ""}\u0001${s.underline ?? ""}\u0001${s.fontSize ?? ""}\u0001${s.fontColor ?? ""}\u0001${s.fill ?? ""}\u0001${s.wrap ?? ""}\u0001${s.horizontal ?? ""}`;
}
const EMPTY_STYLE_KEY = styleKey({});

/** Whether two looks have the same styleKey (the same fields, compared without making it). */
export function sameLook(a: CellStyle, b: CellStyle): boolean {
  return (
    a.numberFormat === b.numberFormat &&
    a.bold === b.bold &&
    a.underline === b.underline &&
    a.fontSize === b.fontSize &&
    a.fontColor === b.fontColor &&
    a.fill === b.fill &&
    a.wrap === b.wrap &&
    a.horizontal === b.horizontal
  );
}

/** A conditional format's look: font colour and fill (a dxf). */
export interface DifferentialStyle {
  fontColor: string;
  fill: string;
}

/** Number formats Excel knows by id, so no custom entry is needed for them. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The order of a font's children as Excel writes them. */
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** "#D9E1F2" → "FFD9E1F2" (opaque ARGB, as SpreadsheetML writes colours). */
export function argb(color: string): string {
  let hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{3}$/.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  return "FF000000";
}

/**
 * `xl/styles.xml`, extended but never renumbered: the formats, fonts, fills, cell formats and
 * conditional-format looks a write needs are appended after what the file has, and the same look
 * asked twice is one entry. Existing cells keep their style ids.
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt: number;
  private readonly counts: Record<"fonts" | "fills" | "cellXfs" | "dxfs", number>;
  private readonly added: Record<"numFmts" | "fonts" | "fills" | "cellXfs" | "dxfs", string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();
  /** The default font's children by name, the base every new font changes. */
  private readonly baseFont: Map<string, string>;

  constructor(private xml: string) {
    const root = rootElement(xml);
    this.prefix = childPrefix(root);
    let maxId = 163;
    const numFmts = childElement(xml, root, "numFmts");
    for (const c of numFmts ? childElements(xml, numFmts) : []) {
      const a = attributes(xml, c.tag);
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextNumFmt = maxId + 1;
    const count = (local: string) => {
      const el = childElement(xml, root, local);
      return el ? childElements(xml, el).length : 0;
    };
    this.counts = {
      fonts: count("fonts"),
      fills: count("fills"),
      cellXfs: count("cellXfs"),
      dxfs: count("dxfs"),
    };
    const fonts = childElement(xml, root, "fonts");
    const first = fonts ? childElements(xml, fonts)[0] : undefined;
    this.baseFont = new Map(
      (first ? childElements(xml, first) : []).map((c) => [
        c.tag.local,
        xml.slice(c.tag.start, c.end),
      ]),
    );
    if (this.baseFont.size === 0) {
      const p = this.prefix;
      this.baseFont.set("sz", `<${p}sz val="11"/>`);
      this.baseFont.set("name", `<${p}name val="宋体"/>`);
    }
  }

  /** A minimal styles part for a package that has none (Excel's defaults). */
  static empty(): StyleBook {
    return new StyleBook(
      `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
        `<dxfs count="0"/></styleSheet>`,
    );
  }

  /** The cellXfs index of a look (0, the default, for an empty one). */
  /** Whether a cell of this look needs no style (cellStyle would give 0), without adding it. */
  isDefault(style: CellStyle): boolean {
    return styleKey(style) === EMPTY_STYLE_KEY;
  }

  cellStyle(style: CellStyle): number {
    const key = styleKey(style);
    if (key === EMPTY_STYLE_KEY) return 0;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const numFmtId = style.numberFormat === undefined ? 0 : this.numberFormat(style.numberFormat);
    const fontId = this.font(style);
    const fillId = style.fill === undefined ? 0 : this.fill(style.fill);
    const attrs = [`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, `fillId="${fillId}"`];
    attrs.push(`borderId="0"`, `xfId="0"`);
    if (numFmtId !== 0) attrs.push(`applyNumberFormat="1"`);
    if (fontId !== 0) attrs.push(`applyFont="1"`);
    if (fillId !== 0) attrs.push(`applyFill="1"`);
    const alignment: string[] = [];
    if (style.horizontal) alignment.push(`horizontal="${style.horizontal.toLowerCase()}"`);
    if (style.wrap) alignment.push(`wrapText="1"`);
    const xf =
      alignment.length > 0
        ? `<${p}xf ${attrs.join(" ")} applyAlignment="1"><${p}alignment ${alignment.join(" ")}/></${p}xf>`
        : `<${p}xf ${attrs.join(" ")}/>`;
    const id = this.counts.cellXfs + this.added.cellXfs.length;
    // Past Excel's limit the file opens only after a repair that strips formats: refused (the
    // write works on a copy, so the workbook stays as it was).
    if (id >= MAX_CELL_FORMATS) throw new TaizhangError("cellFormatsFull");
    this.added.cellXfs.push(xf);
    this.xfIds.set(key, id);
    return id;
  }

  /** The dxfs index of a conditional format's look. */
  differential(style: DifferentialStyle): number {
    const key = `${argb(style.fontColor)}|${argb(style.fill)}`;
    const known = this.dxfIds.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const dxf =
      `<${p}dxf><${p}font><${p}color rgb="${argb(style.fontColor)}"/></${p}font>` +
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(style.fill)}"/>` +
      `<${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill></${p}dxf>`;
    const id = this.counts.dxfs + this.added.dxfs.length;
    this.added.dxfs.push(dxf);
    this.dxfIds.set(key, id);
    return id;
  }

  /** The numFmtId of a format code: built in, already in the file, or appended. */
  numberFormat(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.added.numFmts.push(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    this.numFmtIds.set(code, id);
    return id;
  }

  private font(style: CellStyle): number {
    if (!style.bold && !style.underline && style.fontSize === undefined && !style.fontColor)
      return 0;
    const key = JSON.stringify([style.bold, style.underline, style.fontSize, style.fontColor]);
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const children = new Map(this.baseFont);
    if (style.bold) children.set("b", `<${p}b/>`);
    if (style.underline) children.set("u", `<${p}u/>`);
    if (style.fontSize !== undefined) children.set("sz", `<${p}sz val="${style.fontSize}"/>`);
    if (style.fontColor) children.set("color", `<${p}color rgb="${argb(style.fontColor)}"/>`);
    const rank = (name: string) => {
      const i = FONT_ORDER.indexOf(name);
      return i < 0 ? FONT_ORDER.length : i;
    };
    const inner = [...children.entries()]
      .sort((a, b) => rank(a[0]) - rank(b[0]))
      .map(([, text]) => text)
      .join("");
    const id = this.counts.fonts + this.added.fonts.length;
    this.added.fonts.push(`<${p}font>${inner}</${p}font>`);
    this.fontIds.set(key, id);
    return id;
  }

  private fill(color: string): number {
    const key = argb(color);
    const known = this.fillIds.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const id = this.counts.fills + this.added.fills.length;
    this.added.fills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${key}"/>` +
        `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.fillIds.set(key, id);
    return id;
  }

  /** Whether anything was added since the part was read. */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  /** The styles part with what was added appended to each collection and its count updated. */
  toXml(): string {
    let xml = this.xml;
    for (const local of ["numFmts", "fonts", "fills", "cellXfs", "dxfs"] as const) {
      const entries = this.added[local];
      if (entries.length === 0) continue;
      const root = rootElement(xml);
      const list = childElement(xml, root, local);
      if (list) xml = appendToList(xml, list, entries);
      else {
        const p = this.prefix;
        const text = `<${p}${local} count="${entries.length}">${entries.join("")}</${p}${local}>`;
        xml = insertChild(xml, root, local, text, STYLESHEET_ORDER);
      }
    }
    return xml;
  }
}

/** Appends entries to a counted list (`<fonts count="3">`), updating its count. */
function appendToList(xml: string, list: ElementSpan, added: readonly string[]): string {
  const count = childElements(xml, list).length + added.length;
  const entries = added.join("");
  const open = xml.slice(list.tag.start, list.tag.end);
  return appendContent(xml, list, entries, withAttributes(open, { count }));
}
