// Workbooks written byte by byte for the reader's tests: each part's XML exactly as a test says,
// so that a test can hold what Excel, WPS or a crafted file would write (rich text, inline
// strings, a cell at XFD1048576, a namespace prefix, a lying zip directory).
import { deflateSync, strToU8, zipSync } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSpec {
  name: string;
  /** What goes inside <sheetData>…</sheetData>. */
  rows?: string;
  /** What follows </sheetData> (mergeCells…). */
  after?: string;
  /** The whole part instead, when a test needs to write it all. */
  xml?: string;
  state?: "hidden" | "veryHidden";
  /** A chart sheet: listed in the workbook, holds no cells. */
  chart?: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Shared strings: plain texts, or <si> elements written out. */
  strings?: string[];
  /** The <cellXfs> numFmtIds, in order, and custom formats by id. */
  styles?: { xfs: number[]; formats?: Record<number, string> };
  date1904?: boolean;
}

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The parts of an .xlsx, by name. */
export function workbookParts(spec: WorkbookSpec): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  const rels: string[] = [];
  const sheets = spec.sheets.map((sheet, i) => {
    const id = `rId${i + 1}`;
    const kind = sheet.chart ? "chartsheet" : "worksheet";
    const target = sheet.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${target}"/>`);
    parts[`xl/${target}`] = sheet.chart
      ? `<?xml version="1.0"?><chartsheet ${NS}/>`
      : (sheet.xml ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${R_NS}><sheetData>${sheet.rows ?? ""}</sheetData>${sheet.after ?? ""}</worksheet>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    return `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${state} r:id="${id}"/>`;
  });
  const n = spec.sheets.length;
  if (spec.strings) {
    rels.push(
      `<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
    const items = spec.strings.map((s) =>
      s.startsWith("<si>") ? s : `<si><t>${escape(s)}</t></si>`,
    );
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
  if (spec.styles) {
    rels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/>`);
    const formats = Object.entries(spec.styles.formats ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escape(code)}"/>`)
      .join("");
    const xfs = spec.styles.xfs
      .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
      .join("");
    parts["xl/styles.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts>${formats}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
  }
  const pr = spec.date1904 ? `<workbookPr date1904="1"/>` : "<workbookPr/>";
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${R_NS}>${pr}<sheets>${sheets.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  return parts;
}

/** Zips parts as they are (text parts as UTF-8). */
export function zipOf(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}

export function xlsxOf(spec: WorkbookSpec): Uint8Array {
  return zipOf(workbookParts(spec));
}

/** One worksheet of rows, each row's cells written out (<c …>…</c>). */
export function sheetRows(rows: string[][]): string {
  return rows.map((cells, r) => `<row r="${r + 1}">${cells.join("")}</row>`).join("");
}

export interface RawEntry {
  name: string;
  /** The entry's bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The inflated size the directory declares (a crafted file may lie). */
  size: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** A zip written field by field, for directories no honest writer produces. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, entry.flags ?? 0, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, entry.flags ?? 0, true);
    dir.setUint16(10, entry.method, true);
    dir.setUint32(20, entry.data.length, true);
    dir.setUint32(24, entry.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** Parts of a workbook as raw entries, deflated and honest; a test then bends one. */
export function rawEntries(parts: Record<string, string | Uint8Array>): RawEntry[] {
  return Object.entries(parts).map(([name, text]) => {
    const data = typeof text === "string" ? strToU8(text) : text;
    return { name, data: deflateSync(data), method: 8, size: data.length };
  });
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
