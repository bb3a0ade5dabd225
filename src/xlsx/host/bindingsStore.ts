import {
  SETTINGS_KEY,
  emptyBindings,
  parseBindings,
  serializeBindings,
  type Bindings,
} from "../../app/bindings";
import { CONTENT_TYPE, declarePart } from "../package/contentTypes";
import { REL, addRelationship, isType, readRelationships } from "../package/relationships";
import type { XlsxPackage } from "../package/xlsxPackage";
import type { WorkbookModel } from "../package/workbookModel";
import {
  XML_DECLARATION,
  attributes,
  escapeText,
  nextTag,
  rootElement,
  splice,
  unescapeXml,
  withAttributes,
} from "../package/xml";

// Where the .xlsx host keeps the bindings: a custom XML part of its own (customXml/itemN.xml,
// root <taizhang xmlns="urn:taizhang:bindings:1">, the same JSON the Excel host keeps in its
// settings). Custom XML parts are made for this: Excel keeps them on save whatever they hold,
// they have no size limit (a defined name's comment stops at 255 characters), and an add-in can
// read them (ExcelApi 1.5 customXmlParts).
//
// A workbook that went through the Excel add-in also carries its settings in the add-in's web
// extension part (xl/webextensions/webextensionN.xml, property "taizhang", a JSON value). Those
// are read first, since Excel may have written them after this host last did, and are kept in
// step when this host saves bindings.

export const BINDINGS_NS = "urn:taizhang:bindings:1";
const BINDINGS_ITEM_ID = "{5E6B1F0A-3C2D-4B8E-9A71-7A1C2B3D4E5F}";
const CUSTOM_XML_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

interface WebExtensionSetting {
  part: string;
  /** The property's value as stored (JSON). */
  value: string;
}

function webExtensionSetting(pkg: XlsxPackage): WebExtensionSetting | undefined {
  for (const part of pkg.names()) {
    if (!/^xl\/webextensions\/webextension[^/]*\.xml$/i.test(part)) continue;
    const xml = pkg.text(part) ?? "";
    for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
      if (tag.local !== "property" || tag.kind === "close") continue;
      const a = attributes(xml, tag);
      if (a.get("name") === SETTINGS_KEY) return { part, value: a.get("value") ?? "" };
    }
  }
  return undefined;
}

function bindingsItem(pkg: XlsxPackage, model: WorkbookModel): string | undefined {
  for (const rel of readRelationships(pkg, model.part)) {
    if (!isType(rel, "customXml") || !rel.part) continue;
    const xml = pkg.text(rel.part);
    if (xml === undefined) continue;
    const root = rootElement(xml);
    if (attributes(xml, root.tag).get("xmlns") === BINDINGS_NS) return rel.part;
  }
  return undefined;
}

/** The workbook's bindings: the add-in's settings if Excel stored some, else this host's part. */
export function readBindings(pkg: XlsxPackage, model: WorkbookModel): Bindings {
  const setting = webExtensionSetting(pkg);
  if (setting) {
    try {
      return parseBindings(JSON.parse(setting.value));
    } catch {
      return parseBindings(setting.value);
    }
  }
  const item = bindingsItem(pkg, model);
  if (item === undefined) return emptyBindings();
  const xml = pkg.text(item) ?? "";
  const root = rootElement(xml);
  return parseBindings(unescapeXml(xml.slice(root.innerStart, root.innerEnd)));
}

/** Stores the bindings in this host's part (created on first use) and in Excel's settings when
 * the workbook has them. */
export function writeBindings(pkg: XlsxPackage, model: WorkbookModel, bindings: Bindings): void {
  const json = serializeBindings(bindings);
  const body = `${XML_DECLARATION}<taizhang xmlns="${BINDINGS_NS}">${escapeText(json)}</taizhang>`;
  const item = bindingsItem(pkg, model);
  if (item !== undefined) pkg.setText(item, body);
  else createItem(pkg, model, body);

  const setting = webExtensionSetting(pkg);
  if (setting) {
    // Stored the way it was found: a JSON string holding the JSON (Office's settings.add of a
    // string), or the JSON itself.
    let asString = true;
    try {
      asString = typeof JSON.parse(setting.value) === "string";
    } catch {
      asString = true;
    }
    const value = asString ? JSON.stringify(json) : json;
    const xml = pkg.text(setting.part) ?? "";
    for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
      if (tag.local !== "property" || attributes(xml, tag).get("name") !== SETTINGS_KEY) continue;
      const text = withAttributes(xml.slice(tag.start, tag.end), { value });
      pkg.setText(setting.part, splice(xml, tag.start, tag.end, text));
      break;
    }
  }
}

function createItem(pkg: XlsxPackage, model: WorkbookModel, body: string): void {
  let n = 1;
  while (pkg.has(`customXml/item${n}.xml`) || pkg.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  pkg.setText(item, body);
  pkg.setText(
    props,
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${BINDINGS_ITEM_ID}" xmlns:ds="${CUSTOM_XML_NS}">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${BINDINGS_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  declarePart(pkg, item, CONTENT_TYPE.xml);
  declarePart(pkg, props, CONTENT_TYPE.customXmlProps);
  addRelationship(pkg, item, REL.customXmlProps, props);
  addRelationship(pkg, model.part, REL.customXml, item);
}
