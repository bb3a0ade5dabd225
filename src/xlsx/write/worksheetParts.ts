import { MAX_COLUMNS, areaAddress, cellAddress, quoteSheet } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import { isoToSerial } from "../../core/dates";
import { fitHyperlinks, fitPageBreaks } from "../../core/plan/excelLimits";
import type { FlagFormatRule, HyperlinkPlan, ValidationPlan } from "../../core/plan/types";
import { escapeText, escapeXml } from "../package/xml";
import { widthInCharacters } from "./cellXml";
import type { StyleBook } from "./styleBook";

// The elements of a worksheet other than its cells, each as Excel writes it. `p` is the prefix
// of the sheet's namespace ("" in every file Excel writes; "x:" in some generated ones).

/** `<cols>` entries for widths in points, one per column, sorted. */
export function colEntries(widths: ReadonlyMap<number, number>, p = ""): string[] {
  return [...widths.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([column, points]) =>
        `<${p}col min="${column + 1}" max="${column + 1}" width="${widthInCharacters(points)}" customWidth="1"/>`,
    );
}

export function mergeCellsXml(areas: readonly CellArea[], p = ""): string {
  if (areas.length === 0) return "";
  const cells = areas.map((a) => `<${p}mergeCell ref="${areaAddress(a)}"/>`).join("");
  return `<${p}mergeCells count="${areas.length}">${cells}</${p}mergeCells>`;
}

/**
 * One `<conditionalFormatting>` over `area`: a rule per flag label, "cell equals the label",
 * with its colours as a dxf. Priorities continue from `priority` (unique in the sheet).
 */
export function flagRulesXml(
  area: CellArea,
  rules: readonly FlagFormatRule[],
  styles: StyleBook,
  priority: number,
  p = "",
): string {
  if (rules.length === 0) return "";
  const cfRules = rules
    .map((rule, i) => {
      const dxf = styles.differential({ fontColor: rule.fontColor, fill: rule.fill });
      const label = `"${rule.label.replace(/"/g, '""')}"`;
      return `<${p}cfRule type="cellIs" dxfId="${dxf}" priority="${priority + i}" operator="equal"><${p}formula>${escapeText(label)}</${p}formula></${p}cfRule>`;
    })
    .join("");
  return `<${p}conditionalFormatting sqref="${areaAddress(area)}">${cfRules}</${p}conditionalFormatting>`;
}

/** `<dataValidation>` entries: lists, dates between two days, whole or decimal numbers, with
 * the plan's Chinese alert and prompt. */
export function validationEntries(plans: readonly ValidationPlan[], p = ""): string[] {
  return plans.map((v) => {
    const rule = v.rule;
    const attrs: string[] = [];
    let formulas: string[];
    if (rule.kind === "list") {
      attrs.push(`type="list"`);
      formulas = [`"${rule.values.join(",").replace(/"/g, '""')}"`];
    } else if (rule.kind === "date") {
      attrs.push(`type="date"`, `operator="between"`);
      formulas = [
        String(isoToSerial(rule.min ?? "2000-01-01") ?? 36_526),
        String(isoToSerial(rule.max ?? "2099-12-31") ?? 73_415),
      ];
    } else {
      attrs.push(`type="${rule.integer ? "whole" : "decimal"}"`);
      if (rule.max === undefined) {
        attrs.push(`operator="greaterThanOrEqual"`);
        formulas = [String(rule.min ?? 0)];
      } else {
        attrs.push(`operator="between"`);
        formulas = [String(rule.min ?? 0), String(rule.max)];
      }
    }
    attrs.push(`allowBlank="1"`, `showErrorMessage="1"`);
    if (v.prompt) attrs.push(`showInputMessage="1"`, `prompt="${escapeXml(v.prompt)}"`);
    attrs.push(`errorTitle="${escapeXml(v.errorTitle)}"`, `error="${escapeXml(v.errorMessage)}"`);
    attrs.push(`sqref="${areaAddress(v.area)}"`);
    const inner = formulas
      .map((f, i) => `<${p}formula${i + 1}>${escapeText(f)}</${p}formula${i + 1}>`)
      .join("");
    return `<${p}dataValidation ${attrs.join(" ")}>${inner}</${p}dataValidation>`;
  });
}

/** Links to cells in this workbook: a location, no relationship needed. Only the first 65,530
 * (Excel's limit per sheet): the cells of the others keep their text. */
export function hyperlinksXml(links: readonly HyperlinkPlan[], p = ""): string {
  if (links.length === 0) return "";
  const entries = fitHyperlinks(links)
    .map(
      (l) =>
        `<${p}hyperlink ref="${cellAddress(l.row, l.column)}" location="${escapeXml(`${quoteSheet(l.sheet)}!${l.address}`)}" display="${escapeXml(l.text)}"/>`,
    )
    .join("");
  return `<${p}hyperlinks>${entries}</${p}hyperlinks>`;
}

/** The sheet's view: selected (the tab the workbook opens on) and frozen rows and columns. */
export function sheetViewsXml(
  freeze: { rows: number; columns: number } | undefined,
  selected: boolean,
  p = "",
): string {
  const tab = selected ? ` tabSelected="1"` : "";
  const rows = Math.max(0, freeze?.rows ?? 0);
  const columns = Math.max(0, freeze?.columns ?? 0);
  if (rows === 0 && columns === 0)
    return `<${p}sheetViews><${p}sheetView${tab} workbookViewId="0"/></${p}sheetViews>`;
  const topLeft = cellAddress(rows, columns);
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return (
    `<${p}sheetViews><${p}sheetView${tab} workbookViewId="0">` +
    `<${p}pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<${p}selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</${p}sheetView></${p}sheetViews>`
  );
}

/** Manual page breaks above these rows (0-based): Excel numbers a break by the row before it.
 * Only the first 1,026 (Excel's limit per sheet): past them the pages run on unbroken. */
export function rowBreaksXml(before: readonly number[], p = ""): string {
  const rows = fitPageBreaks(before);
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<${p}brk id="${r}" max="${MAX_COLUMNS - 1}" man="1"/>`).join("");
  return `<${p}rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</${p}rowBreaks>`;
}

export const PAGE_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
