import type { XlsxPackage } from "./xlsxPackage";
import { attributes, childElements, escapeXml, rootElement, splice } from "./xml";
import { insertIntoRoot } from "./relationships";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

const SHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const CONTENT_TYPE = {
  worksheet: `${SHEETML}.worksheet+xml`,
  sharedStrings: `${SHEETML}.sharedStrings+xml`,
  styles: `${SHEETML}.styles+xml`,
  table: `${SHEETML}.table+xml`,
  calcChain: `${SHEETML}.calcChain+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  xml: "application/xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

function contentTypes(pkg: XlsxPackage): string {
  const xml = pkg.text(CONTENT_TYPES_PART);
  if (xml === undefined) throw new Error("package without [Content_Types].xml");
  return xml;
}

/** The content type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(pkg: XlsxPackage, part: string): string | undefined {
  const xml = contentTypes(pkg);
  const name = `/${part}`.toLowerCase();
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let fallback: string | undefined;
  for (const c of childElements(xml, rootElement(xml))) {
    const a = attributes(xml, c.tag);
    if (c.tag.local === "Override" && a.get("PartName")?.toLowerCase() === name)
      return a.get("ContentType");
    if (c.tag.local === "Default" && a.get("Extension")?.toLowerCase() === ext)
      fallback = a.get("ContentType");
  }
  return fallback;
}

/** Declares a new part's content type (an Override, or nothing when its Default already says so). */
export function declarePart(pkg: XlsxPackage, part: string, type: string): void {
  if (contentTypeOf(pkg, part) === type) return;
  const xml = contentTypes(pkg);
  const entry = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
  pkg.setText(CONTENT_TYPES_PART, insertIntoRoot(xml, rootElement(xml), entry));
}

/** Makes sure an extension has a Default (rels, xml), as parts without an Override need. */
export function declareExtension(pkg: XlsxPackage, extension: string, type: string): void {
  const xml = contentTypes(pkg);
  const has = childElements(xml, rootElement(xml)).some(
    (c) =>
      c.tag.local === "Default" &&
      attributes(xml, c.tag).get("Extension")?.toLowerCase() === extension.toLowerCase(),
  );
  if (has) return;
  const entry = `<Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(type)}"/>`;
  // Defaults come before Overrides, as Office writes them.
  const root = rootElement(xml);
  const first = childElements(xml, root).find((c) => c.tag.local === "Override");
  pkg.setText(
    CONTENT_TYPES_PART,
    first ? splice(xml, first.tag.start, first.tag.start, entry) : insertIntoRoot(xml, root, entry),
  );
}

/** Drops the Overrides of removed parts. */
export function forgetParts(pkg: XlsxPackage, parts: readonly string[]): void {
  if (parts.length === 0) return;
  let xml = contentTypes(pkg);
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const drop = childElements(xml, rootElement(xml)).filter(
    (c) =>
      c.tag.local === "Override" &&
      names.has(attributes(xml, c.tag).get("PartName")?.toLowerCase() ?? ""),
  );
  for (const c of drop.reverse()) xml = splice(xml, c.tag.start, c.end, "");
  pkg.setText(CONTENT_TYPES_PART, xml);
}
