import type { SheetInfo } from "../../app/host";
import type { SheetInput } from "../../core/model/cell";
import { usedArea } from "../../core/model/usedArea";
import type { SheetRead, WorkbookSurvey } from "../../app/write/survey";
import type { XlsxPackage } from "../package/xlsxPackage";
import type { WorkbookModel, WorkbookSheet } from "../package/workbookModel";
import { attributes, childElement, rootElement } from "../package/xml";
import { readBindings } from "./bindingsStore";
import { tableCatalogue, tablesOn } from "../write/tables";
import { isMarkName } from "../../app/ownership/marks";
import { ledgerMarksAt } from "../../app/ownership/ledgerMarks";

/** The host's id for a sheet: the workbook's own sheetId, kept by Excel across saves. */
export function sheetIdText(sheet: WorkbookSheet): string {
  return String(sheet.sheetId);
}

/**
 * The workbook as a write sees it (the same shape the Excel host surveys): worksheets in tab
 * order (chart sheets are no worksheets, as in Excel), the active one, bindings, table names and
 * whether the structure is protected. A file is never read-only to this host.
 */
export function surveyOf(pkg: XlsxPackage, model: WorkbookModel): WorkbookSurvey {
  const worksheets = model.worksheets();
  const sheets: SheetInfo[] = worksheets.map((s, position) => ({
    name: s.name,
    id: sheetIdText(s),
    position,
    visibility: s.state,
  }));
  const activeSheet = model.sheets[model.activeTab];
  const active =
    activeSheet?.kind === "worksheet"
      ? activeSheet.name
      : (worksheets.find((s) => s.state === "visible")?.name ?? worksheets[0]?.name ?? "");
  const marks = model.names
    .filter((n) => n.scope === undefined && isMarkName(n.name))
    .map((n) => ({ name: n.name, comment: n.comment ?? "", value: n.formula }));
  return {
    sheets,
    active,
    bindings: readBindings(pkg, model),
    tables: [...tableCatalogue(pkg, model).names],
    readOnly: false,
    structureProtected: model.structureProtected,
    marks,
    // A file has one writer: the process writing it.
    locks: [],
    ledgerMarks: ledgerMarksAt(marks),
  };
}

/** Is the worksheet protected (`<sheetProtection sheet="1">`)? Read only for sheets a write
 * adds columns to: it means scanning past the cells. */
export function isProtected(pkg: XlsxPackage, sheet: WorkbookSheet): boolean {
  const xml = pkg.text(sheet.part);
  if (xml === undefined) return false;
  const protection = childElement(xml, rootElement(xml), "sheetProtection");
  if (!protection) return false;
  const on = attributes(xml, protection.tag).get("sheet");
  return on === "1" || on === "true";
}

/** A sheet read for a write, with what the shared rules need (protection, used range). */
export function sheetRead(pkg: XlsxPackage, sheet: WorkbookSheet, input: SheetInput): SheetRead {
  return {
    name: sheet.name,
    id: sheetIdText(sheet),
    input,
    protected: isProtected(pkg, sheet),
    tableCount: tablesOn(pkg, sheet),
    used: usedArea(input.values),
  };
}
