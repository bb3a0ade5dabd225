import type { XlsxPackage } from "./xlsxPackage";
import {
  XML_DECLARATION,
  attributes,
  childElements,
  escapeXml,
  rootElement,
  splice,
  appendContent,
} from "./xml";

/** Relationship types by what they point at (transitional namespace; strict files end alike). */
const BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL = {
  officeDocument: `${BASE}/officeDocument`,
  worksheet: `${BASE}/worksheet`,
  sharedStrings: `${BASE}/sharedStrings`,
  styles: `${BASE}/styles`,
  table: `${BASE}/table`,
  drawing: `${BASE}/drawing`,
  chart: `${BASE}/chart`,
  calcChain: `${BASE}/calcChain`,
  customXml: `${BASE}/customXml`,
  customXmlProps: `${BASE}/customXmlProps`,
  extendedProperties: `${BASE}/extended-properties`,
} as const;

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part it points at (package path, no leading slash), for internal targets. */
  part?: string;
}

/** Does the relationship type end with this kind ("worksheet", "table"…)? Strict files use
 * another namespace with the same last segment. */
export function isType(rel: Relationship, kind: keyof typeof REL): boolean {
  return rel.type.slice(rel.type.lastIndexOf("/")) === REL[kind].slice(REL[kind].lastIndexOf("/"));
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A target as written in `source`'s relationships → a package path. */
export function resolveTarget(source: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const out: string[] = [];
  for (const segment of decodeURI(raw).split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** A package path as a target relative to `source`'s folder. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let same = 0;
  while (same < from.length && same < to.length - 1 && from[same] === to[same]) same++;
  return [...new Array<string>(from.length - same).fill(".."), ...to.slice(same)].join("/");
}

export function readRelationships(pkg: XlsxPackage, source: string): Relationship[] {
  const xml = pkg.text(relsPathOf(source));
  if (xml === undefined) return [];
  const root = rootElement(xml);
  return childElements(xml, root)
    .filter((c) => c.tag.local === "Relationship")
    .map((c) => {
      const a = attributes(xml, c.tag);
      const target = a.get("Target") ?? "";
      const external = a.get("TargetMode") === "External";
      const rel: Relationship = {
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        target,
        external,
      };
      if (!external) rel.part = resolveTarget(source, target);
      return rel;
    });
}

/** Adds a relationship from `source` to `part` and returns its new id. */
export function addRelationship(
  pkg: XlsxPackage,
  source: string,
  type: string,
  part: string,
): string {
  const path = relsPathOf(source);
  const xml =
    pkg.text(path) ??
    `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const used = new Set(readRelationshipsFrom(xml).map((r) => r.toLowerCase()));
  let n = used.size + 1;
  while (used.has(`rid${n}`)) n++;
  const id = `rId${n}`;
  const root = rootElement(xml);
  const entry = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(source, part))}"/>`;
  pkg.setText(path, insertIntoRoot(xml, root, entry));
  return id;
}

/** Removes relationships of `source` by id; the part's rels file goes when it is left empty. */
export function removeRelationships(pkg: XlsxPackage, source: string, ids: readonly string[]) {
  const path = relsPathOf(source);
  let xml = pkg.text(path);
  if (xml === undefined || ids.length === 0) return;
  const drop = new Set(ids);
  const children = childElements(xml, rootElement(xml)).filter(
    (c) => c.tag.local === "Relationship" && drop.has(attributes(xml!, c.tag).get("Id") ?? ""),
  );
  for (const c of children.reverse()) xml = splice(xml, c.tag.start, c.end, "");
  pkg.setText(path, xml);
}

function readRelationshipsFrom(xml: string): string[] {
  return childElements(xml, rootElement(xml)).map((c) => attributes(xml, c.tag).get("Id") ?? "");
}

/** Adds `text` as the last child of the root element (turning `<x/>` into `<x>…</x>`). */
export function insertIntoRoot(
  xml: string,
  root: ReturnType<typeof rootElement>,
  text: string,
): string {
  return appendContent(xml, root, text);
}
