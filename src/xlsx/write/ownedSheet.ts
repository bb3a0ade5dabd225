import { areaAddress, quoteSheet } from "../../core/model/address";
import type { OwnedSheetPlan } from "../../core/plan/types";
import { CONTENT_TYPE, declarePart } from "../package/contentTypes";
import { freePartName } from "../package/partTree";
import { REL, addRelationship } from "../package/relationships";
import type { WorkbookSheet } from "../package/workbookModel";
import { setDefinedName } from "../package/definedNames";
import { XML_DECLARATION } from "../package/xml";
import type { CellArea } from "../../core/model/cell";
import { cellXml } from "./cellXml";
import { chartXml, drawingXml } from "./charts";
import { PlainRowWriter } from "./plainRowXml";
import { RowWriter } from "./rowWriter";
import type { WriteSession } from "./session";
import type { SharedStrings } from "./sharedStrings";
import { sameLook, type CellStyle, type StyleBook } from "./styleBook";
import { SheetGrid, TEXT_FORMAT } from "./sheetGrid";
import { nextTableId, tableColumnNames, tableXml, uniqueTableName } from "./tables";
import {
  PAGE_MARGINS,
  colEntries,
  flagRulesXml,
  hyperlinksXml,
  mergeCellsXml,
  rowBreaksXml,
  sheetViewsXml,
  validationEntries,
} from "./worksheetParts";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Writes an owned sheet as a new worksheet part with everything its plan holds: cells and
 * their looks, merges, row heights, widths, frozen header, tables, drop-downs and checks, flag
 * colours, links, page breaks and charts. Returns the sheet as the workbook now lists it.
 */
export function writeOwnedSheet(
  session: WriteSession,
  plan: OwnedSheetPlan,
  name: string,
  position: number,
  selected: boolean,
): WorkbookSheet {
  const { pkg, model, styles, strings } = session;
  const part = freePartName(pkg, "xl/worksheets/sheet");
  const sheet = model.addSheet(pkg, name, part, position);
  declarePart(pkg, part, CONTENT_TYPE.worksheet);
  const grid = SheetGrid.of(plan);

  // Tables: a header Excel accepts (text, unique), written into the header cells too.
  const tableRids: string[] = [];
  for (const table of plan.tables) {
    const { area } = table;
    const headers = Array.from({ length: area.columnCount }, (_, c) => {
      const v = grid.valueAt(area.row, area.column + c);
      return v === null ? null : String(v);
    });
    const columns = tableColumnNames(headers);
    columns.forEach((text, c) => {
      const cell = grid.cell(area.row, area.column + c);
      cell.value = text;
      delete cell.formula;
      cell.style.numberFormat = TEXT_FORMAT;
    });
    const tablePart = freePartName(pkg, "xl/tables/table");
    const id = nextTableId(session.tables);
    const tableName = uniqueTableName(session.tables, table.name);
    pkg.setText(tablePart, tableXml(id, tableName, area, columns, table.style));
    declarePart(pkg, tablePart, CONTENT_TYPE.table);
    tableRids.push(addRelationship(pkg, part, REL.table, tablePart));
  }

  // Charts: one drawing for the sheet, a chart part each.
  let drawingRid: string | undefined;
  if (plan.charts.length > 0) {
    const drawingPart = freePartName(pkg, "xl/drawings/drawing");
    const placed = plan.charts.map((chart) => {
      const chartPart = freePartName(pkg, "xl/charts/chart");
      const firstSeries = grid.rows.get(chart.source.row + 1)?.get(chart.source.column + 1)
        ?.style.numberFormat;
      pkg.setText(
        chartPart,
        chartXml(chart, name, (r, c) => grid.valueAt(r, c), firstSeries ?? "General"),
      );
      declarePart(pkg, chartPart, CONTENT_TYPE.chart);
      return { plan: chart, rid: addRelationship(pkg, drawingPart, REL.chart, chartPart) };
    });
    pkg.setText(drawingPart, drawingXml(placed));
    declarePart(pkg, drawingPart, CONTENT_TYPE.drawing);
    drawingRid = addRelationship(pkg, part, REL.drawing, drawingPart);
  }

  let priority = 1;
  const flagRules = plan.conditionalFormats.map((cf) => {
    const xml = flagRulesXml(cf.area, cf.rules, styles, priority);
    priority += cf.rules.length;
    return xml;
  });
  const validations = validationEntries(plan.validations);
  const widths = new Map(plan.widths.map((w) => [w.column, w.points]));
  const cols = colEntries(widths);

  const plain = new PlainRowWriter(styles);
  const dimension = areaAddress(usedArea(grid, plain, styles));
  const print = plan.print;
  // Fit to one page wide: fitToPage in sheetPr, then 1 across and 0 (as many as needed) down.
  const fit = print?.fitToWidth === true;
  const pageSetup =
    print?.orientation || fit
      ? `<pageSetup paperSize="9"${print?.orientation ? ` orientation="${print.orientation.toLowerCase()}"` : ""}${fit ? ` fitToWidth="1" fitToHeight="0"` : ""}/>`
      : "";
  const entry = pkg.deflating(part);
  entry.write(
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      (fit ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
      `<dimension ref="${dimension}"/>` +
      sheetViewsXml(plan.freeze, selected) +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      (cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "") +
      `<sheetData>`,
  );
  const rows = new RowWriter(entry, strings);
  const looks = new ColumnLooks(styles);
  grid.forEachRow((r, run) => {
    const height = grid.heights.get(r);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    if (run) plain.write(rows, r, run, ht);
    else writeGridRow(rows, grid, r, ht, looks, strings);
  });
  entry.write(
    `</sheetData>` +
      mergeCellsXml(grid.merges) +
      flagRules.join("") +
      (validations.length > 0
        ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
        : "") +
      hyperlinksXml(plan.hyperlinks) +
      PAGE_MARGINS +
      pageSetup +
      rowBreaksXml(print?.breaksBefore ?? []) +
      (drawingRid ? `<drawing r:id="${drawingRid}"/>` : "") +
      (tableRids.length > 0
        ? `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
        : "") +
      `</worksheet>`,
  );
  // Deflated as it was written: a sheet of a million rows is never one string.
  pkg.setDeflated(part, entry.end());

  if (print?.titleRows) {
    const { first, last } = print.titleRows;
    setDefinedName(model, {
      name: "_xlnm.Print_Titles",
      formula: `${quoteSheet(name)}!$${first + 1}:$${last + 1}`,
      scope: sheet.sheetId,
    });
  }
  return sheet;
}

/** A grid row, its cells in column order; empty cells without a look are left out. */
function writeGridRow(
  rows: RowWriter,
  grid: SheetGrid,
  r: number,
  attributes: string,
  looks: ColumnLooks,
  strings: SharedStrings,
): void {
  rows.begin(r, attributes);
  const cells = grid.rows.get(r);
  const columns = cells ? [...cells.keys()] : [];
  // Cells are mostly made in column order: sorted only when they were not.
  if (!ascending(columns)) columns.sort((a, b) => a - b);
  for (const c of columns) {
    const cell = cells?.get(c);
    if (!cell) continue;
    const style = looks.style(c, cell.style);
    if (cell.formula === undefined) rows.value(c, style, cell.value ?? null);
    else {
      const formula = { text: cell.formula };
      rows.xml(cellXml(r, c, { value: cell.value ?? null, formula, style }, strings));
    }
  }
  rows.end();
}

/**
 * Grid cells' style indexes, the style book asked only when a cell does not look like the last
 * one asked for in its column: a summary's columns mostly look the same all the way down, and
 * the book makes a key string per question. Every look is still asked for when first met, so
 * the style list keeps its order.
 */
class ColumnLooks {
  private readonly last: { look: CellStyle; style: number }[] = [];

  constructor(private readonly styles: StyleBook) {}

  style(column: number, look: CellStyle): number {
    const last = this.last[column];
    if (last && sameLook(last.look, look)) return last.style;
    const style = this.styles.cellStyle(look);
    this.last[column] = { look, style };
    return style;
  }
}

function ascending(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i++)
    if ((numbers[i - 1] ?? 0) > (numbers[i] ?? 0)) return false;
  return true;
}

/** The area from A1 to the last row and column holding a cell that is written (a value, a
 * formula or a look), found before any is written: the dimension comes first in the part. */
function usedArea(grid: SheetGrid, plain: PlainRowWriter, styles: StyleBook): CellArea {
  let lastRow = 0;
  let lastColumn = 0;
  grid.forEachRow((r, run) => {
    let last = run ? plain.lastColumn(r, run) : -1;
    // forEach, not for…of: no [column, cell] pair made per cell.
    if (!run)
      grid.rows.get(r)?.forEach((cell, c) => {
        const empty = cell.formula === undefined && (cell.value ?? "") === "";
        if (!empty || !styles.isDefault(cell.style)) last = Math.max(last, c);
      });
    if (last >= 0) {
      lastRow = r;
      lastColumn = Math.max(lastColumn, last);
    }
  });
  return { row: 0, column: 0, rowCount: lastRow + 1, columnCount: lastColumn + 1 };
}
