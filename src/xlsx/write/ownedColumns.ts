import { areaAddress, cellAddress, parseAddress } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import type { OwnedColumnPlan } from "../../core/plan/types";
import { WORKSHEET_ORDER, childPrefix, insertChild } from "../package/childOrder";
import {
  attributes,
  childElement,
  childElements,
  nextTag,
  rootElement,
  spanOf,
  splice,
  withAttributes,
  type ElementSpan,
} from "../package/xml";
import { cellXml, widthInCharacters, type CellFormula } from "./cellXml";
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
}

/**
 * Adds owned columns to a user's worksheet by patching its XML: the header and body cells go
 * into their rows in column order (rows created where there are none), the dimension widens,
 * widths and flag colours are added in the schema's element order. No other cell, style or
 * element changes; what the add-in wrote last time is cleared first. The body is one shared
 * formula (A1, relative to its first cell) or one value per row.
 */
export function patchOwnedColumns(
  session: WriteSession,
  part: string,
  columns: readonly PlacedOwnedColumn[],
): void {
  let xml = session.pkg.text(part);
  if (xml === undefined) throw new Error(`sheet part ${part} is missing`);
  const p = childPrefix(rootElement(xml));
  const nextShared = sharedFormulaStart(xml);
  const inserts = new Map<number, Map<number, string>>();
  const put = (row: number, column: number, text: string) => {
    let cells = inserts.get(row);
    if (!cells) inserts.set(row, (cells = new Map()));
    cells.set(column, text);
  };
  const { styles, strings } = session;
  columns.forEach((placed, n) => {
    const { plan, column } = placed;
    const header = styles.cellStyle({ numberFormat: TEXT_FORMAT, bold: true });
    put(
      plan.headerRow,
      column,
      cellXml(plan.headerRow, column, { value: plan.header, style: header }, strings, p),
    );
    const bodyStyle = styles.cellStyle(
      plan.numberFormat ? { numberFormat: plan.numberFormat } : {},
    );
    const lastRow = plan.firstRow + plan.rowCount - 1;
    const ref = areaAddress({
      row: plan.firstRow,
      column,
      rowCount: plan.rowCount,
      columnCount: 1,
    });
    for (let row = plan.firstRow; row <= lastRow; row++) {
      if (placed.formulaR1C1 !== undefined) {
        const si = nextShared + n;
        const formula: CellFormula =
          row === plan.firstRow
            ? plan.rowCount === 1
              ? { text: r1c1ToA1(placed.formulaR1C1, row, column) }
              : { text: r1c1ToA1(placed.formulaR1C1, row, column), shared: si, ref }
            : { shared: si };
        put(row, column, cellXml(row, column, { formula, style: bodyStyle }, strings, p));
      } else {
        const value = plan.values?.[row - plan.firstRow] ?? null;
        const style =
          typeof value === "string" ? styles.cellStyle({ numberFormat: TEXT_FORMAT }) : bodyStyle;
        if (value === null && style === 0) continue;
        put(row, column, cellXml(row, column, { value, style }, strings, p));
      }
    }
  });
  const clears = columns.flatMap((c) => (c.previous ? [c.previous] : []));

  let root = rootElement(xml);
  const sheetData = childElement(xml, root, "sheetData");
  if (!sheetData) throw new Error(`sheet part ${part} has no sheetData`);
  xml = splice(
    xml,
    sheetData.tag.start,
    sheetData.end,
    patchSheetData(xml, sheetData, inserts, clears, p),
  );

  // Flag colours: rules the add-in wrote last time go, new ones follow the sheet's own.
  root = rootElement(xml);
  for (const cf of childElements(xml, root).reverse()) {
    if (cf.tag.local !== "conditionalFormatting") continue;
    const areas = (attributes(xml, cf.tag).get("sqref") ?? "").split(/\s+/).map(parseAddress);
    if (areas.length > 0 && areas.every((a) => a !== null && clears.some((c) => inside(a, c))))
      xml = splice(xml, cf.tag.start, cf.end, "");
  }
  let priority = maxPriority(xml) + 1;
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
    xml = insertChild(xml, rootElement(xml), "conditionalFormatting", text, WORKSHEET_ORDER);
  }

  for (const placed of columns)
    if (placed.plan.width) xml = setColumnWidth(xml, placed.column, placed.plan.width, p);
  xml = widenDimension(xml, columns);
  session.pkg.setText(part, xml);
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
 * order. Rows are created where the sheet has none.
 */
function patchSheetData(
  xml: string,
  sheetData: ElementSpan,
  inserts: Map<number, Map<number, string>>,
  clears: readonly CellArea[],
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
  let at = sheetData.innerStart;
  let implicitRow = -1;
  for (;;) {
    const tag = nextTag(xml, at, sheetData.innerEnd);
    if (!tag || tag.kind === "close") break;
    const span = spanOf(xml, tag);
    // Text between rows (whitespace) is kept as it is.
    out.push(xml.slice(at, tag.start));
    at = span.end;
    if (tag.local !== "row") {
      out.push(xml.slice(tag.start, span.end));
      continue;
    }
    const a = attributes(xml, tag);
    const row = a.has("r") ? Number(a.get("r")) - 1 : implicitRow + 1;
    implicitRow = row;
    newRowsBefore(row);
    const added = inserts.get(row);
    if (added) next++;
    const cleared = clears.filter((c) => row >= c.row && row < c.row + c.rowCount);
    if (!added && cleared.length === 0) {
      out.push(xml.slice(tag.start, span.end));
      continue;
    }
    out.push(rebuildRow(xml, span, row, a.has("r"), added, cleared, p));
  }
  newRowsBefore(Number.MAX_SAFE_INTEGER);
  out.push(xml.slice(at, sheetData.innerEnd));
  out.push(`</${sheetData.tag.qname}>`);
  return out.join("");
}

function newRow(row: number, cells: Map<number, string> | undefined, p: string): string {
  const content = [...(cells?.entries() ?? [])]
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join("");
  return `<${p}row r="${row + 1}">${content}</${p}row>`;
}

function rebuildRow(
  xml: string,
  span: ElementSpan,
  row: number,
  hasR: boolean,
  added: Map<number, string> | undefined,
  cleared: readonly CellArea[],
  p: string,
): string {
  const kept: { column: number; text: string }[] = [];
  let implicit = -1;
  for (const c of childElements(xml, span)) {
    if (c.tag.local !== "c") continue;
    const ref = attributes(xml, c.tag).get("r");
    const column = ref === undefined ? implicit + 1 : (parseAddress(ref)?.column ?? implicit + 1);
    implicit = column;
    if (added?.has(column)) continue;
    if (cleared.some((a) => column >= a.column && column < a.column + a.columnCount)) continue;
    let text = xml.slice(c.tag.start, c.end);
    // A cell placed by order alone gets its address, so new cells before it cannot move it.
    if (ref === undefined) {
      const open = xml.slice(c.tag.start, c.tag.end);
      text = withAttributes(open, { r: cellAddress(row, column) }) + text.slice(open.length);
    }
    kept.push({ column, text });
  }
  for (const [column, text] of added ?? []) kept.push({ column, text });
  kept.sort((a, b) => a.column - b.column);
  let open = xml.slice(span.tag.start, span.tag.end);
  const changes: Record<string, string> = {};
  if (!hasR) changes.r = String(row + 1);
  const spans = attributes(xml, span.tag).get("spans");
  if (spans !== undefined && kept.length > 0) {
    const [from, to] = spans.split(":").map(Number);
    const columns = kept.map((k) => k.column + 1);
    changes.spans = `${Math.min(from ?? 1, ...columns)}:${Math.max(to ?? 1, ...columns)}`;
  }
  open = withAttributes(open, changes);
  if (span.tag.kind === "empty") open = open.replace(/\s*\/>$/, ">");
  const otherChildren = childElements(xml, span)
    .filter((c) => c.tag.local !== "c")
    .map((c) => xml.slice(c.tag.start, c.end))
    .join("");
  return `${open}${kept.map((k) => k.text).join("")}${otherChildren}</${p}row>`;
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
  return splice(xml, cols.innerStart, cols.innerEnd, parts.map((x) => x.text).join(""));
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
