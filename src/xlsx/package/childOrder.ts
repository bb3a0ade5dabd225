import { childElements, prefixOf, splice, type ElementSpan, appendContent } from "./xml";

// The schema's child order for the elements the writer adds children to. Excel refuses (offers
// to repair) a part whose children are out of this order, so a new child goes before the first
// existing one that must follow it. Children the list does not know (mc:AlternateContent,
// extensions) are stepped over.

/** CT_Worksheet (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** CT_Workbook (18.2.27). */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** CT_Stylesheet (18.8.39). */
export const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/**
 * `xml` with `text` (one child element named `local`) inserted into `parent` at the place the
 * schema's `order` gives it.
 */
export function insertChild(
  xml: string,
  parent: ElementSpan,
  local: string,
  text: string,
  order: readonly string[],
): string {
  const rank = order.indexOf(local);
  const after = childElements(xml, parent).find((c) => order.indexOf(c.tag.local) > rank);
  if (after) return splice(xml, after.tag.start, after.tag.start, text);
  return appendContent(xml, parent, text);
}

/** The prefix ("x:" or "") that new children of `parent` take, so they share its namespace. */
export function childPrefix(parent: ElementSpan): string {
  return prefixOf(parent.tag.qname);
}
