// Workbooks written by hand, part by part, for what no library writes: prefixed namespaces
// (x:worksheet, as some generators do), cells and rows without addresses, column ranges, a
// selected tab, protected sheets, worksheet-scoped names, add-in settings.
import { strToU8, zipSync, type Zippable } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface HandmadeSheet {
  name: string;
  /** The whole worksheet part. */
  xml: string;
  state?: "hidden";
}

export interface Handmade {
  sheets: HandmadeSheet[];
  /** `<definedName>` elements as written. */
  names?: string;
  /** Extra children of `<workbook>` placed before `<sheets>` (workbookProtection, bookViews). */
  beforeSheets?: string;
  /** Shared strings as <si> items. */
  strings?: string[];
  /** Extra parts (path → text), declared with these content-type overrides. */
  parts?: Record<string, string>;
  overrides?: Record<string, string>;
  /** Relationships of the workbook part beyond sheets, styles and strings. */
  workbookRels?: string;
}

export function handmade(h: Handmade): Uint8Array {
  const files: Zippable = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  const overrides = {
    "/xl/workbook.xml": `${CT}.sheet.main+xml`,
    "/xl/styles.xml": `${CT}.styles+xml`,
    "/xl/sharedStrings.xml": `${CT}.sharedStrings+xml`,
    ...Object.fromEntries(
      h.sheets.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.worksheet+xml`]),
    ),
    ...h.overrides,
  };
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${Object.entries(
      overrides,
    )
      .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
      .join("")}</Types>`,
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${h.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rIdS" Type="${RELS}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>${h.workbookRels ?? ""}</Relationships>`,
  );
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${RELS}">${h.beforeSheets ?? ""}<x:sheets>${h.sheets
      .map(
        (s, i) =>
          `<x:sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join(
        "",
      )}</x:sheets>${h.names ? `<x:definedNames>${h.names}</x:definedNames>` : ""}<x:calcPr calcId="191029"/></x:workbook>`,
  );
  put(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts><x:fonts count="1"><x:font><x:sz val="12"/><x:name val="宋体"/><x:charset val="134"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></x:cellXfs><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles></x:styleSheet>`,
  );
  const strings = h.strings ?? [];
  put(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<x:si><x:t>${s}</x:t></x:si>`)
      .join("")}</x:sst>`,
  );
  h.sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  for (const [name, text] of Object.entries(h.parts ?? {})) put(name, text);
  return zipSync(files);
}
