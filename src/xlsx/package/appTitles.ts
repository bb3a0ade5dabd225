import type { XlsxPackage } from "./xlsxPackage";
import { isType, readRelationships } from "./relationships";
import {
  childElement,
  childElements,
  escapeText,
  rootElement,
  unescapeXml,
  replaceContent,
} from "./xml";

/**
 * docProps/app.xml lists the sheet names (TitlesOfParts, grouped by HeadingPairs: 工作表 3,
 * 命名范围 1…). Office shows them in the file's properties; they are kept in step when sheets
 * are added, removed or renamed. The group is found by its titles matching the worksheets as
 * they were; when none matches (another writer's idea of the list), the part is left alone.
 */
export function updateAppTitles(
  pkg: XlsxPackage,
  before: readonly string[],
  after: readonly string[],
): void {
  if (before.join("\u0000") === after.join("\u0000")) return;
  const part = readRelationships(pkg, "").find((r) => isType(r, "extendedProperties"))?.part;
  const xml = part === undefined ? undefined : pkg.text(part);
  if (part === undefined || xml === undefined) return;
  const root = rootElement(xml);
  const headings = childElement(xml, root, "HeadingPairs");
  const titles = childElement(xml, root, "TitlesOfParts");
  const headingVector = headings && childElement(xml, headings, "vector");
  const titleVector = titles && childElement(xml, titles, "vector");
  if (!headingVector || !titleVector) return;
  const variants = childElements(xml, headingVector);
  const names = childElements(xml, titleVector).map((c) =>
    unescapeXml(xml.slice(c.innerStart, c.innerEnd)),
  );
  let offset = 0;
  for (let g = 0; g + 1 < variants.length; g += 2) {
    const countElement = variants[g + 1];
    const inner = countElement && childElements(xml, countElement)[0];
    if (!inner) return;
    const count = Number(xml.slice(inner.innerStart, inner.innerEnd));
    const slice = names.slice(offset, offset + count);
    if (count === before.length && slice.join("\u0000") === before.join("\u0000")) {
      const lp = childElements(xml, titleVector)[0]?.tag.qname ?? "vt:lpstr";
      const next = [...names.slice(0, offset), ...after, ...names.slice(offset + count)];
      const titleText = next.map((n) => `<${lp}>${escapeText(n)}</${lp}>`).join("");
      // Later splices first, so earlier offsets stay right.
      let out = replaceContent(xml, titleVector, titleText);
      out = replaceSize(out, titleVector.tag.start, next.length);
      out = replaceContent(out, inner, String(after.length));
      pkg.setText(part, out);
      return;
    }
    offset += count;
  }
}

function replaceSize(xml: string, tagStart: number, size: number): string {
  const end = xml.indexOf(">", tagStart);
  const tag = xml.slice(tagStart, end).replace(/size="\d+"/, `size="${size}"`);
  return xml.slice(0, tagStart) + tag + xml.slice(end);
}
