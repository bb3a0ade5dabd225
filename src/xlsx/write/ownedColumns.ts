import { MAX_COLUMNS, areaAddress, cellAddress, parseAddress } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import type { OwnedColumnPlan } from "../../core/plan/types";
import { WORKSHEET_ORDER, childPrefix, insertChild } from "../package/childOrder";
import {
  attributes,
  childElement,
  childElements,
  tagEnd,
  rootElement,
  replaceContent,
  splice,
  withAttributes,
  type ElementSpan,
} from "../package/xml";
import { cellXml, widthInCharacters, type CellFormula } from "./cellXml";
// The Excel host's runs of rows between typed cells (a pure function: no Office.js runs in it).
import { rowRuns } from "../../core/model/rowRuns";
import { r1c1ToA1 } from "./r1c1";
import type { WriteSession } from "./session";
import { TEXT_FORMAT } from "./sheetGrid";
import { flagRulesXml } from "./worksheetParts";

/** An owned column placed on a user's sheet, as the caller decided it. */
export interface PlacedOwnedColumn {
  plan: OwnedColumnPlan;
  /** 0-based sheet column. */
  column: number;
  /** What the add-in wrote there last time, cleared first (cells and flag colours). */
  previous: CellArea | null;
  /** The formula with `{{column:key}}` resolved, in R1C1. */
  formulaR1C1?: string;
  /** A person changed the header: it is theirs, neither cleared nor written. */
  keepHeader?: boolean;
  /** 0-based rows where a person typed over the formula (人工标识): neither cleared nor written. */
  typedRows?: readonly number[];
}

/** A cell a person typed in, inside an area the add-in clears: left as it is. */
export interface KeptCell {
  row: number;
  column: number;
}

/**
 * Adds owned columns to a user's worksheet by patching its XML: the header and body cells go
 * into their rows in column order (rows created where there are none), the dimension widens,
 * widths and flag colours are added in the schema's element order. No other cell, style or
 * element changes; what the add-in wrote last time is cleared first, except a header a person
 * changed and cells they typed over the formulas, which are neither cleared nor written. The
 * body is one shared formula (A1, relative to its first cell) per run of rows between typed
 * cells, or one formula per row. `alsoClear` are areas of earlier columns cleared with nothing
 * written in their place, around the cells in `keep`.
 */
export function patchOwnedColumns(
  session: WriteSession,
  part: string,
  columns: readonly PlacedOwnedColumn[],
  alsoClear: readonly CellArea[] = [],
  keep: readonly KeptCell[] = [],
): void {
  let xml = session.pkg.text(part);
  if (xml === undefined) throw new Error(`sheet part ${part} is missing`);
  const p = childPrefix(rootElement(xml));
  let nextShared = sharedFormulaStart(xml);
  const inserts = new Map<number, Map<number, string>>();
  const put = (row: number, column: number, text: string) => {
    let cells = inserts.get(row);
    if (!cells) inserts.set(row, (cells = new Map()));
    cells.set(column, text);
  };
  const kept = new Set(keep.map((k) => cellKey(k.row, k.column)));
  const { styles, strings } = session;
  for (const placed of columns) {
    const { plan, column } = placed;
    const typed = new Set(placed.typedRows ?? []);
    for (const row of typed) kept.add(cellKey(row, column));
    if (placed.keepHeader) kept.add(cellKey(plan.headerRow, column));
    else {
      const header = styles.cellStyle({ numberFormat: TEXT_FORMAT, bold: true });
      put(
        plan.headerRow,
        column,
        cellXml(plan.headerRow, column, { value: plan.header, style: header }, strings, p),
      );
    }
    const bodyStyle = styles.cellStyle(
      plan.numberFormat ? { numberFormat: plan.numberFormat } : {},
    );
    const lastRow = plan.firstRow + plan.rowCount - 1;
    for (const run of rowRuns(plan.firstRow, lastRow, typed)) {
      const ref = areaAddress({ ...run, column, columnCount: 1 });
      const si = placed.formulaR1C1 !== undefined && run.rowCount > 1 ? nextShared++ : -1;
      for (let row = run.row; row < run.row + run.rowCount; row++) {
        if (placed.formulaR1C1 !== undefined) {
          const formula: CellFormula =
            row === run.row
              ? si < 0
                ? { text: r1c1ToA1(placed.formulaR1C1, row, column) }
                : { text: r1c1ToA1(placed.formulaR1C1, row, column), shared: si, ref }
              : { shared: si };
          put(row, column, cellXml(row, column, { formula, style: bodyStyle }, strings, p));
        } else {
          const own = plan.rowFormulas?.[row - plan.firstRow] ?? null;
          if (own === null) continue;
          put(
            row,
            column,
            cellXml(
              row,
              column,
              { formula: { text: r1c1ToA1(own, row, column) }, style: bodyStyle },
              strings,
              p,
            ),
          );
        }
      }
    }
  }
  const clears = [...columns.flatMap((c) => (c.previous ? [c.previous] : [])), ...alsoClear];

  const sheetData = childElement(xml, rootElement(xml), "sheetData");
  if (!sheetData) throw new Error(`sheet part ${part} has no sheetData`);
  const cells = patchSheetData(xml, sheetData, inserts, clears, kept, p);
  // Everything else is edited on the sheet without its cells (a few kilobytes, however long
  // the sheet), and the cells go back in once at the end.
  let skeleton = splice(xml, sheetData.tag.start, sheetData.end, `<${p}sheetData/>`);

  // Flag colours: rules the add-in wrote last time go, new ones follow the sheet's own.
  for (const cf of childElements(skeleton, rootElement(skeleton)).reverse()) {
    if (cf.tag.local !== "conditionalFormatting") continue;
    const sqref = attributes(skeleton, cf.tag).get("sqref") ?? "";
    const areas = sqref.split(/\s+/).map(parseAddress);
    if (areas.length > 0 && areas.every((a) => a !== null && clears.some((c) => inside(a, c))))
      skeleton = splice(skeleton, cf.tag.start, cf.end, "");
  }
  let priority = maxPriority(skeleton) + 1;
  for (const placed of columns) {
    const rules = placed.plan.conditionalFormat ?? [];
    if (rules.length === 0) continue;
    const area = {
      row: placed.plan.firstRow,
      column: placed.column,
      rowCount: placed.plan.rowCount,
      columnCount: 1,
    };
    const text = flagRulesXml(area, rules, styles, priority, p);
    priority += rules.length;
    skeleton = insertChild(
      skeleton,
      rootElement(skeleton),
      "conditionalFormatting",
      text,
      WORKSHEET_ORDER,
    );
  }
  for (const placed of columns)
    if (placed.plan.width) skeleton = setColumnWidth(skeleton, placed.column, placed.plan.width, p);
  skeleton = widenDimension(skeleton, columns);
  const slot = childElement(skeleton, rootElement(skeleton), "sheetData");
  if (!slot) throw new Error(`sheet part ${part} lost its sheetData`);
  xml = skeleton.slice(0, slot.tag.start) + cells + skeleton.slice(slot.end);
  session.pkg.setText(part, xml);
}

/** A cell as one number (row-major over Excel's columns). */
function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

function inside(a: CellArea, b: CellArea): boolean {
  return (
    a.row >= b.row &&
    a.column >= b.column &&
    a.row + a.rowCount <= b.row + b.rowCount &&
    a.column + a.columnCount <= b.column + b.columnCount
  );
}

/** Shared-formula group numbers are per sheet: new groups start after the sheet's own. */
function sharedFormulaStart(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/<(?:\w+:)?f\b[^>]*?\bsi="(\d+)"/g))
    max = Math.max(max, Number(m[1]));
  return max + 1;
}

function maxPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\bpriority="(\d+)"/g))
    max = Math.max(max, Number(m[1]));
  return max;
}

/**
 * sheetData with the new cells in place. Rows nothing happens to are copied as they are; a row
 * that gets or loses a cell is rebuilt from its own cells' text plus the new ones, in column
 * order. Rows are created where the sheet has none. Rows and cells are found with indexOf on
 * their tags (rows hold no rows, cells no cells): one pass, a few string searches per row.
 */
function patchSheetData(
  xml: string,
  sheetData: ElementSpan,
  inserts: Map<number, Map<number, string>>,
  clears: readonly CellArea[],
  kept: ReadonlySet<number>,
  p: string,
): string {
  const pending = [...inserts.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const open = xml.slice(sheetData.tag.start, sheetData.tag.end);
  out.push(sheetData.tag.kind === "empty" ? open.replace(/\s*\/>$/, ">") : open);
  const newRowsBefore = (row: number) => {
    while (next < pending.length && (pending[next] ?? 0) < row) {
      const r = pending[next++] ?? 0;
      out.push(newRow(r, inserts.get(r), p));
    }
  };
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const end = sheetData.innerEnd;
  let copied = sheetData.innerStart;
  let implicitRow = -1;
  for (let at = xml.indexOf(rowOpen, copied); at >= 0 && at < end;) {
    const openEnd = tagEnd(xml, at);
    if (!isNameEnd(xml.charCodeAt(at + rowOpen.length))) {
      at = xml.indexOf(rowOpen, at + 1);
      continue;
    }
    const empty = xml.charCodeAt(openEnd - 2) === 47; /* "/" */
    const rowEnd = empty ? openEnd : xml.indexOf(rowClose, openEnd) + rowClose.length;
    const openTag = xml.slice(at, openEnd);
    const r = attributeOf(openTag, "r");
    const row = r === undefined ? implicitRow + 1 : Number(r) - 1;
    implicitRow = row;
    const added = inserts.get(row);
    const cleared = clears.filter((c) => row >= c.row && row < c.row + c.rowCount);
    if (added || cleared.length > 0 || (next < pending.length && (pending[next] ?? 0) < row)) {
      out.push(xml.slice(copied, at));
      newRowsBefore(row);
      if (added) next++;
      out.push(
        added || cleared.length > 0
          ? rebuildRow(xml, openTag, openEnd, rowEnd, empty, row, added, cleared, kept, p)
          : xml.slice(at, rowEnd),
      );
      copied = rowEnd;
    }
    at = xml.indexOf(rowOpen, rowEnd);
  }
  out.push(xml.slice(copied, end));
  newRowsBefore(Number.MAX_SAFE_INTEGER);
  out.push(`</${sheetData.tag.qname}>`);
  return out.join("");
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** One attribute of a tag's text, unescaped only where needed (r, spans and s never are). */
function attributeOf(tag: string, name: "r" | "spans"): string | undefined {
  return ATTRIBUTE_OF[name].exec(tag)?.[1];
}

const ATTRIBUTE_OF = { r: /\sr="([^"]*)"/, spans: /\sspans="([^"]*)"/ };

function newRow(row: number, cells: Map<number, string> | undefined, p: string): string {
  const content = [...(cells?.entries() ?? [])]
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join("");
  return `<${p}row r="${row + 1}">${content}</${p}row>`;
}

function rebuildRow(
  xml: string,
  openTag: string,
  openEnd: number,
  rowEnd: number,
  empty: boolean,
  row: number,
  added: Map<number, string> | undefined,
  cleared: readonly CellArea[],
  keep: ReadonlySet<number>,
  p: string,
): string {
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const innerEnd = empty ? openEnd : rowEnd - `</${p}row>`.length;
  const appended = appendedCells(xml, openEnd, innerEnd, cellOpen, added, cleared);
  if (appended !== undefined) {
    // The usual case: the new cells go after the row's last cell and nothing is cleared.
    const columns = [...(added?.keys() ?? [])];
    const open = rowOpenTag(openTag, row, empty, columns, appended.lastColumn);
    return `${open}${xml.slice(openEnd, innerEnd)}${appended.text}</${p}row>`;
  }
  const kept: { column: number; text: string }[] = [];
  let implicit = -1;
  let last = openEnd;
  for (let at = xml.indexOf(cellOpen, openEnd); at >= 0 && at < innerEnd;) {
    if (!isNameEnd(xml.charCodeAt(at + cellOpen.length))) {
      at = xml.indexOf(cellOpen, at + 1);
      continue;
    }
    const cellOpenEnd = tagEnd(xml, at);
    const cellEnd =
      xml.charCodeAt(cellOpenEnd - 2) === 47
        ? cellOpenEnd
        : xml.indexOf(cellClose, cellOpenEnd) + cellClose.length;
    const cellTag = xml.slice(at, cellOpenEnd);
    let text = xml.slice(at, cellEnd);
    const ref = attributeOf(cellTag, "r");
    const column = ref === undefined ? implicit + 1 : (parseAddress(ref)?.column ?? implicit + 1);
    implicit = column;
    last = cellEnd;
    at = xml.indexOf(cellOpen, cellEnd);
    if (added?.has(column)) continue;
    if (
      !keep.has(cellKey(row, column)) &&
      cleared.some((a) => column >= a.column && column < a.column + a.columnCount)
    )
      continue;
    // A cell placed by order alone gets its address, so new cells before it cannot move it.
    if (ref === undefined)
      text = withAttributes(cellTag, { r: cellAddress(row, column) }) + text.slice(cellTag.length);
    kept.push({ column, text });
  }
  for (const [column, text] of added ?? []) kept.push({ column, text });
  kept.sort((a, b) => a.column - b.column);
  const open = rowOpenTag(
    openTag,
    row,
    empty,
    kept.map((k) => k.column),
    -1,
  );
  // What a row holds besides cells (an extLst) stays after them.
  const rest = empty ? "" : xml.slice(last, innerEnd);
  return `${open}${kept.map((k) => k.text).join("")}${rest}</${p}row>`;
}

/**
 * The new cells' text when they all go after the row's last cell (whose column is read from
 * its address) and nothing in the row is cleared; undefined when the row must be rebuilt.
 */
function appendedCells(
  xml: string,
  openEnd: number,
  innerEnd: number,
  cellOpen: string,
  added: Map<number, string> | undefined,
  cleared: readonly CellArea[],
): { text: string; lastColumn: number } | undefined {
  if (!added || cleared.length > 0) return undefined;
  const first = Math.min(...added.keys());
  const last = xml.lastIndexOf(cellOpen, innerEnd);
  let lastColumn = -1;
  if (last >= openEnd) {
    const ref = ATTRIBUTE_OF.r.exec(xml.slice(last, tagEnd(xml, last)))?.[1];
    const column = ref === undefined ? undefined : parseAddress(ref)?.column;
    if (column === undefined || column >= first) return undefined;
    lastColumn = column;
  }
  const text = [...added.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, t]) => t)
    .join("");
  return { text, lastColumn };
}

/** The row's open tag with its address (if it had none) and its spans covering `columns`. */
function rowOpenTag(
  openTag: string,
  row: number,
  empty: boolean,
  columns: readonly number[],
  lastColumn: number,
): string {
  const changes: Record<string, string> = {};
  if (attributeOf(openTag, "r") === undefined) changes.r = String(row + 1);
  const spans = attributeOf(openTag, "spans");
  if (spans !== undefined && columns.length > 0) {
    const [from, to] = spans.split(":").map(Number);
    const oneBased = [...columns, lastColumn].filter((c) => c >= 0).map((c) => c + 1);
    changes.spans = `${Math.min(from ?? 1, ...oneBased)}:${Math.max(to ?? 1, ...oneBased)}`;
  }
  const open = Object.keys(changes).length > 0 ? withAttributes(openTag, changes) : openTag;
  return empty ? open.replace(/\s*\/>$/, ">") : open;
}

/**
 * `<cols>` with this column's width: a `<col>` range that covers it (WPS and LibreOffice write
 * ranges like 11–1024) is split around it, keeping its look for the other columns.
 */
function setColumnWidth(xml: string, column: number, points: number, p: string): string {
  const root = rootElement(xml);
  const n = column + 1;
  const entry = `<${p}col min="${n}" max="${n}" width="${widthInCharacters(points)}" customWidth="1"/>`;
  const cols = childElement(xml, root, "cols");
  if (!cols)
    return insertChild(xml, root, "cols", `<${p}cols>${entry}</${p}cols>`, WORKSHEET_ORDER);
  const parts: { min: number; text: string }[] = [];
  for (const c of childElements(xml, cols)) {
    const text = xml.slice(c.tag.start, c.end);
    const a = attributes(xml, c.tag);
    const min = Number(a.get("min"));
    const max = Number(a.get("max"));
    if (c.tag.local !== "col" || n < min || n > max) {
      parts.push({ min, text });
      continue;
    }
    if (min < n) parts.push({ min, text: withAttributes(text, { max: n - 1 }) });
    if (max > n) parts.push({ min: n + 1, text: withAttributes(text, { min: n + 1 }) });
  }
  parts.push({ min: n, text: entry });
  parts.sort((a, b) => a.min - b.min);
  return replaceContent(xml, cols, parts.map((x) => x.text).join(""));
}

/** `<dimension>` grown to cover the new columns and rows. */
function widenDimension(xml: string, columns: readonly PlacedOwnedColumn[]): string {
  const root = rootElement(xml);
  const dimension = childElement(xml, root, "dimension");
  if (!dimension || columns.length === 0) return xml;
  const ref = attributes(xml, dimension.tag).get("ref") ?? "A1";
  const area = parseAddress(ref) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  let lastRow = area.row + area.rowCount - 1;
  let lastColumn = area.column + area.columnCount - 1;
  let firstRow = area.row;
  let firstColumn = area.column;
  for (const c of columns) {
    firstRow = Math.min(firstRow, c.plan.headerRow);
    firstColumn = Math.min(firstColumn, c.column);
    lastRow = Math.max(lastRow, c.plan.firstRow + c.plan.rowCount - 1);
    lastColumn = Math.max(lastColumn, c.column);
  }
  const next = areaAddress({
    row: firstRow,
    column: firstColumn,
    rowCount: lastRow - firstRow + 1,
    columnCount: lastColumn - firstColumn + 1,
  });
  const open = xml.slice(dimension.tag.start, dimension.tag.end);
  return splice(xml, dimension.tag.start, dimension.tag.end, withAttributes(open, { ref: next }));
}
