import type {
  HyperlinkPlan,
  OwnedSheetPlan,
  PlanNote,
  RangeStyle,
  ValidationPlan,
} from "../core/plan/types";
import { areaAddress, cellAddress, columnLetter, quoteSheet } from "../core/model/address";
import { hyperlinkWriteBytes, type HyperlinkValue } from "./requestBytes";
import { addNote, missingFeatureNote } from "./notes";
import { has, type Supports } from "./support";
import type { WriteBatch } from "./writeBatch";
import { writeValueBlock } from "./writeValues";
import { queueFlagRules } from "./writeFlagRules";

export interface SheetWriteContext {
  batch: WriteBatch;
  supports: Supports;
  notes: PlanNote[];
  /** Table names after making them unique in the workbook. */
  tableName: (wanted: string) => string;
}

/** Queues everything an owned sheet holds. Every call is batched; nothing here syncs by itself
 * except through the batch when a payload passes ~4 MB. */
export async function writeOwnedSheet(
  sheet: Excel.Worksheet,
  plan: OwnedSheetPlan,
  w: SheetWriteContext,
): Promise<void> {
  for (const block of plan.blocks) await writeValueBlock(sheet, block, w.batch);
  for (const f of plan.formulas) {
    const range = sheet.getRange(
      areaAddress({ row: f.row, column: f.column, rowCount: f.rowCount, columnCount: 1 }),
    );
    if (f.numberFormat) range.numberFormat = f.numberFormat as unknown as string[][];
    range.formulasR1C1 = f.formulaR1C1 as unknown as string[][];
  }
  for (const style of plan.styles) queueStyle(sheet, style);
  for (const width of plan.widths) {
    const letter = columnLetter(width.column);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width.points;
  }
  for (const table of plan.tables) {
    const t = sheet.tables.add(areaAddress(table.area), true);
    t.name = w.tableName(table.name);
    if (table.style) t.style = table.style;
  }
  if (plan.validations.length > 0) {
    if (has(w.supports, "dataValidation"))
      for (const v of plan.validations) queueValidation(sheet, v);
    else addNote(w.notes, missingFeatureNote("dataValidation"));
  }
  for (const cf of plan.conditionalFormats) {
    queueFlagRules(sheet.getRange(areaAddress(cf.area)), cf.rules, w);
  }
  for (const chart of plan.charts) {
    const c = sheet.charts.add(chart.type, sheet.getRange(areaAddress(chart.source)), "Columns");
    c.name = chart.key;
    c.title.text = chart.title;
    c.setPosition(cellAddress(chart.anchor.row, chart.anchor.column));
    c.width = chart.width;
    c.height = chart.height;
    chart.colors?.forEach((color, i) => c.series.getItemAt(i).format.fill.setSolidColor(color));
  }
  if (plan.hyperlinks.length > 0) {
    if (has(w.supports, "hyperlinks")) {
      for (const link of plan.hyperlinks) {
        // Reserved for the very object the cell is given, so what is counted is what is sent.
        const value = hyperlinkValue(link);
        await w.batch.reserve(hyperlinkWriteBytes(value, false));
        const cell = sheet.getRange(cellAddress(link.row, link.column));
        cell.hyperlink = value;
        // Not kept past its request: Excel.run would release every link's range in one closing
        // request, past Excel on the web's 5 MB beyond ~40,000 links.
        cell.context.trackedObjects.remove(cell);
      }
    } else addNote(w.notes, missingFeatureNote("hyperlinks"));
  }
  if (plan.print) {
    if (has(w.supports, "pageBreaks")) {
      for (const row of plan.print.breaksBefore) sheet.horizontalPageBreaks.add(`A${row + 1}`);
      if (plan.print.orientation) sheet.pageLayout.orientation = plan.print.orientation;
      if (plan.print.fitToWidth)
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (plan.print.titleRows) {
        const { first, last } = plan.print.titleRows;
        sheet.pageLayout.setPrintTitleRows(`$${first + 1}:$${last + 1}`);
      }
    } else if (plan.print.breaksBefore.length > 0)
      addNote(w.notes, missingFeatureNote("pageBreaks"));
  }
  if (plan.freeze) {
    if (has(w.supports, "freezePanes")) {
      if (plan.freeze.rows > 0) sheet.freezePanes.freezeRows(plan.freeze.rows);
    } else addNote(w.notes, missingFeatureNote("freezePanes"));
  }
}

/** A planned link as Excel takes it: a reference to the cell in its sheet, shown as the plan's text. */
export function hyperlinkValue(link: HyperlinkPlan): HyperlinkValue {
  return {
    documentReference: `${quoteSheet(link.sheet)}!${link.address}`,
    textToDisplay: link.text,
  };
}

function queueStyle(sheet: Excel.Worksheet, style: RangeStyle): void {
  const range = sheet.getRange(areaAddress(style.area));
  if (style.merge) range.merge(false);
  if (style.numberFormat !== undefined) {
    range.numberFormat = filled(style.area.rowCount, style.area.columnCount, style.numberFormat);
  }
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = style.horizontal;
  if (style.rowHeight !== undefined) range.format.rowHeight = style.rowHeight;
}

function filled(rows: number, columns: number, value: string): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(columns).fill(value));
}

function queueValidation(sheet: Excel.Worksheet, v: ValidationPlan): void {
  const dv = sheet.getRange(areaAddress(v.area)).dataValidation;
  const rule = v.rule;
  if (rule.kind === "list") {
    dv.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
  } else if (rule.kind === "date") {
    dv.rule = {
      date: {
        operator: "Between",
        // Excel takes dates in a rule as ISO 8601 text or a formula, never as a serial number.
        formula1: rule.min ?? "2000-01-01",
        formula2: rule.max ?? "2099-12-31",
      },
    };
  } else {
    const basic: Excel.BasicDataValidation =
      rule.max === undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: rule.min ?? 0 }
        : { operator: "Between", formula1: rule.min ?? 0, formula2: rule.max };
    dv.rule = rule.integer ? { wholeNumber: basic } : { decimal: basic };
  }
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.errorMessage };
  if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
}
