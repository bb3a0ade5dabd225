// What Excel checks of a package before it opens it without a repair prompt, as far as a test
// can: every part well-formed XML, every part typed in [Content_Types].xml, every internal
// relationship pointing at a part that exists, name comments within 255 characters, and the
// children of the workbook, worksheet and styles roots known to the schema and in its order.
// Our own reader is lenient (it finds a <sheet> wherever it stands), so a written file is
// checked here, not by reading it back.
import { JSDOM } from "jsdom";
import { strFromU8, unzipSync } from "fflate";
import {
  STYLESHEET_ORDER,
  WORKBOOK_ORDER,
  WORKSHEET_ORDER,
} from "../../../src/xlsx/package/childOrder";

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
  for (const [name, data] of files) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const doc = parse(name, strFromU8(data), problems);
    if (doc) docs.set(name, doc);
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
  }
  return problems;
}
