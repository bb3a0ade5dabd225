// What Excel checks of a package before it opens it without a repair prompt, as far as a test
// can: every part well-formed XML, every part typed in [Content_Types].xml, every internal
// relationship pointing at a part that exists, name comments within 255 characters, and the
// children of the workbook, worksheet and styles roots known to the schema and in its order,
// and Excel's hard limits ("Excel specifications and limits"; see limitProblems): rows, cell
// text, links and page breaks per sheet, cell formats, list validations, sheet, defined and
// table names.
// Our own reader is lenient (it finds a <sheet> wherever it stands), so a written file is
// checked here, not by reading it back.
import { JSDOM } from "jsdom";
import { strFromU8, unzipSync } from "fflate";
import {
  STYLESHEET_ORDER,
  WORKBOOK_ORDER,
  WORKSHEET_ORDER,
} from "../../../src/xlsx/package/childOrder";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/core/model/address";
import {
  MAX_CELL_FORMATS,
  MAX_CELL_TEXT,
  MAX_HYPERLINKS,
  MAX_PAGE_BREAKS,
} from "../../../src/core/plan/excelLimits";
import { sheetNameProblem } from "../../../src/core/plan/sheetName";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const { DOMParser } = new JSDOM("").window;

function parse(name: string, text: string, problems: string[]): Document | undefined {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) {
    problems.push(`${name}: not well-formed XML`);
    return undefined;
  }
  return doc;
}

function orderProblems(name: string, doc: Document, order: readonly string[]): string[] {
  const problems: string[] = [];
  let rank = -1;
  for (const child of Array.from(doc.documentElement.children)) {
    if (child.namespaceURI !== MAIN) continue; // mc:AlternateContent and the like are stepped over
    const at = order.indexOf(child.localName);
    if (at < 0) problems.push(`${name}: <${child.localName}> is no child of the root`);
    else if (at < rank) problems.push(`${name}: <${child.localName}> out of schema order`);
    else rank = at;
  }
  return problems;
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** Everything that would make Excel offer to repair the package; empty when there is none. */
export function packageProblems(bytes: Uint8Array): string[] {
  const files = Object.entries(unzipSync(bytes)).filter(([n]) => !n.endsWith("/"));
  const names = new Set(files.map(([n]) => n));
  const problems: string[] = [];
  const docs = new Map<string, Document>();
  const texts = new Map<string, string>();
  for (const [name, data] of files) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const text = strFromU8(data);
    const doc = parse(name, text, problems);
    if (doc) docs.set(name, doc);
    texts.set(name, text);
  }

  const types = docs.get("[Content_Types].xml");
  if (!types) return [...problems, "[Content_Types].xml missing"];
  const defaults = new Set(
    Array.from(types.getElementsByTagName("Default")).map((d) =>
      (d.getAttribute("Extension") ?? "").toLowerCase(),
    ),
  );
  const overrides = new Set(
    Array.from(types.getElementsByTagName("Override")).map((o) =>
      (o.getAttribute("PartName") ?? "").slice(1),
    ),
  );
  for (const name of names) {
    if (name === "[Content_Types].xml") continue;
    const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(name) && !defaults.has(extension)) problems.push(`${name}: no content type`);
  }
  for (const part of overrides)
    if (!names.has(part)) problems.push(`[Content_Types].xml: override for missing ${part}`);

  for (const [name, doc] of docs) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const rel of Array.from(doc.getElementsByTagName("Relationship"))) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = resolve(source, rel.getAttribute("Target") ?? "");
      if (!names.has(target))
        problems.push(`${name}: ${rel.getAttribute("Id")} → missing ${target}`);
    }
  }

  for (const [name, doc] of docs) {
    const root = doc.documentElement.localName;
    if (root === "workbook")
      for (const defined of Array.from(doc.getElementsByTagName("definedName")))
        if ((defined.getAttribute("comment") ?? "").length > 255)
          problems.push(
            `${name}: ${defined.getAttribute("name")}'s comment is over 255 characters`,
          );
    if (root === "workbook") problems.push(...orderProblems(name, doc, WORKBOOK_ORDER));
    else if (root === "worksheet") problems.push(...orderProblems(name, doc, WORKSHEET_ORDER));
    else if (root === "styleSheet") problems.push(...orderProblems(name, doc, STYLESHEET_ORDER));
    problems.push(...limitProblems(name, doc, texts.get(name) ?? ""));
  }
  const tables = new Map<string, string>();
  for (const [name, doc] of docs) {
    if (doc.documentElement.localName !== "table") continue;
    for (const key of ["name", "displayName"]) {
      const table = doc.documentElement.getAttribute(key) ?? "";
      const owner = tables.get(table.toLowerCase());
      if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(table))
        problems.push(`${name}: table ${key} "${table}" is not a legal name`);
      else if (key === "name" && owner !== undefined && owner !== name)
        problems.push(`${name}: table name "${table}" is also ${owner}'s`);
      tables.set(table.toLowerCase(), name);
    }
  }
  return problems;
}

const byLocalName = (doc: Document, local: string) =>
  Array.from(doc.getElementsByTagNameNS(MAIN, local));

/** The elements `<local …>` of a large part, with or without a prefix, found in its text (the
 * DOM's collections are too slow for a sheet of 100,000 links): each one's attributes and
 * content up to its end. The part is well-formed (checked first). */
function* elements(text: string, local: string): Generator<{ attrs: string; inner: string }> {
  const open = new RegExp(`<(?:\\w+:)?${local}(?=[\\s/>])([^>]*)>`, "g");
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const attrs = m[1] ?? "";
    if (attrs.endsWith("/")) {
      yield { attrs, inner: "" };
      continue;
    }
    const close = new RegExp(`</(?:\\w+:)?${local}>`, "g");
    close.lastIndex = open.lastIndex;
    const end = close.exec(text);
    yield { attrs, inner: text.slice(open.lastIndex, end?.index ?? text.length) };
  }
}

const attr = (attrs: string, key: string) => new RegExp(`\\s${key}="([^"]*)"`).exec(attrs)?.[1];

/** The text of an element's content: its tags dropped, its entities read. */
const textOf = (inner: string) =>
  inner
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
      e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : "&",
    );

/** What a part holds past one of Excel's hard limits (Excel repairs it and drops the excess). */
function limitProblems(name: string, doc: Document, text: string): string[] {
  const problems: string[] = [];
  const root = doc.documentElement.localName;
  if (root === "workbook") {
    const names: string[] = [];
    for (const sheet of byLocalName(doc, "sheet")) {
      const sheetName = sheet.getAttribute("name") ?? "";
      const problem = sheetNameProblem(sheetName, names);
      if (problem !== null) problems.push(`${name}: sheet name "${sheetName}": ${problem}`);
      names.push(sheetName);
    }
    const defined = new Set<string>();
    for (const d of byLocalName(doc, "definedName")) {
      const key = `${(d.getAttribute("name") ?? "").toLowerCase()}@${d.getAttribute("localSheetId") ?? ""}`;
      if (defined.has(key)) problems.push(`${name}: defined name ${key} twice`);
      defined.add(key);
    }
  } else if (root === "sst") {
    for (const si of elements(text, "si"))
      if (textOf(si.inner).length > MAX_CELL_TEXT)
        problems.push(`${name}: a shared string over ${MAX_CELL_TEXT} characters`);
  } else if (root === "styleSheet") {
    const xfs = [...elements(text, "cellXfs")][0]?.inner ?? "";
    const count = xfs.match(/<(?:\w+:)?xf[\s/>]/g)?.length ?? 0;
    if (count > MAX_CELL_FORMATS)
      problems.push(`${name}: ${count} cell formats, over ${MAX_CELL_FORMATS}`);
  } else if (root === "worksheet") {
    for (const m of text.matchAll(/<(?:\w+:)?row\s[^>]*?\br="(\d+)"/g)) {
      const r = Number(m[1]);
      if (!(r >= 1 && r <= MAX_ROWS)) problems.push(`${name}: row ${r} past Excel's last row`);
    }
    for (const m of text.matchAll(/<(?:\w+:)?c\s[^>]*?\br="([A-Z]+)\d*"/g)) {
      const column = m[1] ?? "A";
      const number = [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      if (number > MAX_COLUMNS) problems.push(`${name}: cell ${column}… past XFD`);
    }
    for (const is of elements(text, "is"))
      if (textOf(is.inner).length > MAX_CELL_TEXT)
        problems.push(`${name}: an inline string over ${MAX_CELL_TEXT} characters`);
    const links = text.match(/<(?:\w+:)?hyperlink[\s/>]/g)?.length ?? 0;
    if (links > MAX_HYPERLINKS)
      problems.push(`${name}: ${links} hyperlinks, over ${MAX_HYPERLINKS}`);
    const breaks = text.match(/<(?:\w+:)?brk[\s/>]/g)?.length ?? 0;
    if (breaks > MAX_PAGE_BREAKS)
      problems.push(`${name}: ${breaks} page breaks, over ${MAX_PAGE_BREAKS}`);
    for (const v of elements(text, "dataValidation")) {
      const formula = [...elements(v.inner, "formula1")][0];
      const source = formula === undefined ? undefined : textOf(formula.inner);
      if (attr(v.attrs, "type") === "list" && source?.startsWith('"')) {
        const list = source.slice(1, -1).replace(/""/g, '"');
        if (list.length > 255) problems.push(`${name}: a drop-down list over 255 characters`);
      }
      const over = (key: string, max: number) => textOf(attr(v.attrs, key) ?? "").length > max;
      if (
        over("errorTitle", 32) ||
        over("promptTitle", 32) ||
        over("prompt", 255) ||
        over("error", 225)
      )
        problems.push(`${name}: a validation's title or message over Excel's length`);
    }
  }
  return problems;
}
