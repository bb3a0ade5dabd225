// Just enough XML to patch package parts in place: find an element by its local name, read and
// set attributes, and splice text in, so everything the add-in does not change stays byte for
// byte as the file had it. Works on strings, not on a DOM: Web Workers have no DOMParser, and a
// worksheet of 100,000 rows is only scanned, never turned into objects.

/** One tag as it sits in the text: `<x:row r="3">` is qualified "x:row", local "row". */
export interface Tag {
  /** Index of "<". */
  start: number;
  /** Index just after ">". */
  end: number;
  qname: string;
  local: string;
  kind: "open" | "close" | "empty";
}

/** An element's extent: its open tag, and where its content and its close tag are. */
export interface ElementSpan {
  tag: Tag;
  /** Index just after the element (after "/>" or its close tag). */
  end: number;
  /** Content between the open and close tag (empty for `<x/>`). */
  innerStart: number;
  innerEnd: number;
}

export function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

const NAME_END = /[\s/>]/;

/**
 * The next tag starting at or after `from` (comments, processing instructions, CDATA and the
 * doctype are skipped), or null. Attribute values may hold ">", so quotes are respected.
 */
export function nextTag(xml: string, from: number, to = xml.length): Tag | null {
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", at)) at = skipPast(xml, at, "-->");
      else if (xml.startsWith("<![CDATA[", at)) at = skipPast(xml, at, "]]>");
      else at = tagEnd(xml, at);
    } else if (next === 63 /* ? */) {
      at = skipPast(xml, at, "?>");
    } else {
      const end = tagEnd(xml, at);
      const close = next === 47; /* / */
      let nameEnd = at + (close ? 2 : 1);
      while (nameEnd < end && !NAME_END.test(xml[nameEnd] ?? ">")) nameEnd++;
      const qname = xml.slice(at + (close ? 2 : 1), nameEnd);
      const kind = close ? "close" : xml.charCodeAt(end - 2) === 47 ? "empty" : "open";
      return { start: at, end, qname, local: localName(qname), kind };
    }
    at = xml.indexOf("<", at);
  }
  return null;
}

function skipPast(xml: string, at: number, marker: string): number {
  const end = xml.indexOf(marker, at);
  if (end < 0) throw new Error("XML: unterminated markup");
  return end + marker.length;
}

/** Index just after the ">" that ends the tag opened at `at`, respecting quoted values. */
export function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  throw new Error("XML: unterminated tag");
}

/** The extent of the element whose open (or empty) tag is `tag`. */
export function spanOf(xml: string, tag: Tag): ElementSpan {
  if (tag.kind === "empty") return { tag, end: tag.end, innerStart: tag.end, innerEnd: tag.end };
  // Only tags of the same name matter for depth: jump between them with indexOf.
  const openMark = `<${tag.qname}`;
  const closeMark = `</${tag.qname}`;
  let depth = 1;
  let at = tag.end;
  for (;;) {
    let close = xml.indexOf(closeMark, at);
    // "</c" also starts "</cfRule>": only the exact name counts.
    while (close >= 0 && !/[\s>]/.test(xml[close + closeMark.length] ?? ""))
      close = xml.indexOf(closeMark, close + 1);
    if (close < 0) throw new Error(`XML: <${tag.qname}> is not closed`);
    let open = xml.indexOf(openMark, at);
    while (open >= 0 && open < close && !NAME_END.test(xml[open + openMark.length] ?? ""))
      open = xml.indexOf(openMark, open + 1);
    if (open >= 0 && open < close) {
      const inner = nextTag(xml, open);
      if (inner && inner.kind === "open") depth++;
      at = inner ? inner.end : open + 1;
      continue;
    }
    const closeTag = nextTag(xml, close);
    const end = closeTag ? closeTag.end : close + closeMark.length + 1;
    if (--depth === 0) return { tag, end, innerStart: tag.end, innerEnd: close };
    at = end;
  }
}

/** The root element of a part (the first element after the XML declaration). */
export function rootElement(xml: string): ElementSpan {
  const tag = nextTag(xml, 0);
  if (!tag || tag.kind === "close") throw new Error("XML: no root element");
  return spanOf(xml, tag);
}

/** The direct children of `parent`, in document order. */
export function childElements(xml: string, parent: ElementSpan): ElementSpan[] {
  const children: ElementSpan[] = [];
  let at = parent.innerStart;
  for (;;) {
    const tag = nextTag(xml, at, parent.innerEnd);
    if (!tag || tag.kind === "close") return children;
    const span = spanOf(xml, tag);
    children.push(span);
    at = span.end;
  }
}

/** The first direct child of `parent` with this local name. */
export function childElement(
  xml: string,
  parent: ElementSpan,
  local: string,
): ElementSpan | undefined {
  return childElements(xml, parent).find((c) => c.tag.local === local);
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of an open or empty tag, values unescaped, by qualified name. */
export function attributes(xml: string, tag: Tag): Map<string, string> {
  const text = xml.slice(tag.start + 1 + tag.qname.length, tag.end);
  const map = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    if (m[1] !== undefined) map.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  }
  return map;
}

/** An attribute by local name whatever its prefix (r:id, x:id), or undefined. */
export function attributeByLocal(attrs: Map<string, string>, local: string): string | undefined {
  for (const [name, value] of attrs) if (localName(name) === local) return value;
  return undefined;
}

/**
 * The tag's text with attributes set (added at the end, or replaced in place) or removed
 * (`undefined`). Other attributes keep their text and order.
 */
export function withAttributes(
  tagText: string,
  changes: Record<string, string | number | undefined>,
): string {
  let text = tagText;
  for (const [name, value] of Object.entries(changes)) {
    const pattern = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
    if (value === undefined) {
      text = text.replace(pattern, "");
      continue;
    }
    const attr = ` ${name}="${escapeXml(String(value))}"`;
    if (pattern.test(text)) text = text.replace(pattern, attr);
    else {
      const close = text.endsWith("/>") ? text.length - 2 : text.length - 1;
      text = `${text.slice(0, close).replace(/\s+$/, "")}${attr}${text.slice(close)}`;
    }
  }
  return text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Characters XML 1.0 does not allow in a document, even escaped: matching them is the point. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for element content or attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\r\n\t]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(FORBIDDEN, "");
}

/** Any character escapeText changes: tested first, since most texts (a merged sheet's
 * hundreds of thousands of shared strings) need none of its replaces, and each allocates. */
// eslint-disable-next-line no-control-regex
const TEXT_TO_ESCAPE = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Element text: line breaks stay line breaks (a 填表说明 cell holds several lines). */
export function escapeText(text: string): string {
  if (!TEXT_TO_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n?/g, "\n")
    .replace(FORBIDDEN, "");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? "";
  });
}

/** `xml` with [start, end) replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/**
 * The text with the element's content replaced by `content`, and its open tag by `openTag` when
 * given. An empty element (`<x a="1"/>`) is opened first (`<x a="1">content</x>`): content
 * spliced at an empty element's end would land after it, outside the element.
 */
export function replaceContent(
  xml: string,
  span: ElementSpan,
  content: string,
  openTag = xml.slice(span.tag.start, span.tag.end),
): string {
  const before = xml.slice(0, span.tag.start);
  if (span.tag.kind === "empty") {
    if (content === "") return before + openTag + xml.slice(span.end);
    return `${before}${openTag.replace(/\s*\/>$/, ">")}${content}</${span.tag.qname}>${xml.slice(span.end)}`;
  }
  return before + openTag + content + xml.slice(span.innerEnd);
}

/**
 * The text around content appended to an element, for content too large to be made one string
 * with the rest (a shared-string table of a million items): `before + text + after` is
 * `appendContent(xml, span, text, openTag)` for any `text` but "".
 */
export function aroundAppended(
  xml: string,
  span: ElementSpan,
  openTag = xml.slice(span.tag.start, span.tag.end),
): { before: string; after: string } {
  const start = xml.slice(0, span.tag.start);
  if (span.tag.kind === "empty")
    return {
      before: start + openTag.replace(/\s*\/>$/, ">"),
      after: `</${span.tag.qname}>${xml.slice(span.end)}`,
    };
  return {
    before: start + openTag + xml.slice(span.innerStart, span.innerEnd),
    after: xml.slice(span.innerEnd),
  };
}

/**
 * A part's text with a UTF-16 declaration made UTF-8's: parts are written as UTF-8, and one
 * read from UTF-16 (allowed by OPC, rare) would otherwise say otherwise.
 */
export function declaredUtf8(text: string): string {
  const declaration = /^<\?xml[^>]*encoding=["']utf-16(?:le|be)?["']/i.exec(text.slice(0, 100));
  return declaration
    ? declaration[0].replace(/utf-16(?:le|be)?/i, "UTF-8") + text.slice(declaration[0].length)
    : text;
}

/** The text with `text` added as the element's last content (an empty element is opened). */
export function appendContent(
  xml: string,
  span: ElementSpan,
  text: string,
  openTag?: string,
): string {
  return replaceContent(xml, span, xml.slice(span.innerStart, span.innerEnd) + text, openTag);
}

/** The prefix (with its colon) the root element declares for a namespace URI, or undefined. */
export function prefixFor(xml: string, root: ElementSpan, uri: string): string | undefined {
  for (const [name, value] of attributes(xml, root.tag)) {
    if (value !== uri) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return undefined;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
