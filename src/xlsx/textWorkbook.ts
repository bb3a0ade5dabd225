import { cellAddress } from "../core/model/address";
import type { Cell, SheetInput } from "../core/model/cell";
import { XML_DECLARATION, escapeXml, escapeText } from "./package/xml";
import { entryOf, writeZip } from "./package/zip";

// A CSV or tab-separated file has no package for the .xlsx host to patch. This gives it one: a
// workbook of one sheet holding the file's cells exactly as read (text as inline text, so a cell
// like "=1+1" or "2021-03-31" stays the text it was), which the host then works on like any
// other workbook. Styles, shared strings and the rest are left for the writer to add.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Characters Excel refuses in a sheet name, and its 31-character limit. */
export function sheetNameOf(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  return cleaned.trim() === "" ? "Sheet1" : cleaned;
}

function cellXml(row: number, column: number, value: Cell): string {
  if (value === null || value === "") return "";
  const r = cellAddress(row, column);
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${r}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${r}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = String(value);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${r}" t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

function worksheetXml(values: readonly (readonly Cell[])[]): string {
  const rows = values
    .map((row, r) => {
      const cells = row.map((v, c) => cellXml(r, c, v)).join("");
      return cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return `${XML_DECLARATION}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The .xlsx bytes of a workbook holding `sheet` alone, named as Excel allows. */
export function workbookOfSheet(sheet: SheetInput): Uint8Array {
  const name = sheetNameOf(sheet.name);
  const text = (s: string) => new TextEncoder().encode(s);
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        "</Types>",
    ],
    [
      "_rels/.rels",
      `${XML_DECLARATION}<Relationships xmlns="${RELS}">` +
        `<Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
        "</Relationships>",
    ],
    [
      "xl/workbook.xml",
      `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>` +
        `<sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_DECLARATION}<Relationships xmlns="${RELS}">` +
        `<Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        "</Relationships>",
    ],
    ["xl/worksheets/sheet1.xml", worksheetXml(sheet.values)],
  ];
  return writeZip(parts.map(([part, xml]) => entryOf(part, text(xml))));
}
