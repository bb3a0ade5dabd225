import { areaAddress } from "../../core/model/address";
import type { CellArea } from "../../core/model/cell";
import type { XlsxPackage } from "../package/xlsxPackage";
import { isType, readRelationships } from "../package/relationships";
import type { WorkbookModel, WorkbookSheet } from "../package/workbookModel";
import { XML_DECLARATION, attributes, escapeXml, rootElement } from "../package/xml";

/** The tables a workbook has: their ids (unique in the workbook) and names. */
export interface TableCatalogue {
  ids: Set<number>;
  /** Table and defined names, lower case: a new table name must differ from all of them. */
  names: Set<string>;
}

export function tableCatalogue(pkg: XlsxPackage, model: WorkbookModel): TableCatalogue {
  const catalogue: TableCatalogue = {
    ids: new Set(),
    names: new Set(model.names.map((n) => n.name.toLowerCase())),
  };
  for (const sheet of model.worksheets()) {
    for (const rel of readRelationships(pkg, sheet.part)) {
      if (!isType(rel, "table") || !rel.part) continue;
      const xml = pkg.text(rel.part);
      if (xml === undefined) continue;
      const a = attributes(xml, rootElement(xml).tag);
      catalogue.ids.add(Number(a.get("id")));
      for (const key of ["name", "displayName"]) {
        const name = a.get(key);
        if (name) catalogue.names.add(name.toLowerCase());
      }
    }
  }
  return catalogue;
}

/** A table name not yet used in the workbook (ignoring case, as Excel compares them). */
export function uniqueTableName(catalogue: TableCatalogue, wanted: string): string {
  let name = wanted;
  for (let n = 2; catalogue.names.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  catalogue.names.add(name.toLowerCase());
  return name;
}

export function nextTableId(catalogue: TableCatalogue): number {
  let id = 1;
  while (catalogue.ids.has(id)) id++;
  catalogue.ids.add(id);
  return id;
}

/**
 * Header texts a table can take: Excel requires them non-empty and unique ignoring case (it
 * would rename them on open, and report the file as needing repair).
 */
export function tableColumnNames(headers: readonly (string | null)[]): string[] {
  const used = new Set<string>();
  return headers.map((header, i) => {
    const base = header === null || header.trim() === "" ? `列${i + 1}` : header;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A table part with a header row, an autofilter on it and a built-in style. */
export function tableXml(
  id: number,
  name: string,
  area: CellArea,
  columns: readonly string[],
  style: string | undefined,
): string {
  const ref = areaAddress(area);
  const cols = columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`)
    .join("");
  const styleInfo = `<tableStyleInfo name="${escapeXml(style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`;
  return (
    `${XML_DECLARATION}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>${styleInfo}</table>`
  );
}

/** How many tables a worksheet holds (a column written right beside one may join it). */
export function tablesOn(pkg: XlsxPackage, sheet: WorkbookSheet): number {
  return readRelationships(pkg, sheet.part).filter((rel) => isType(rel, "table")).length;
}
