import { quoteSheet } from "../../core/model/address";
import type { SheetVisibility } from "../../core/model/cell";
import { WORKBOOK_ORDER, childPrefix, insertChild } from "./childOrder";
import type { XlsxPackage } from "./xlsxPackage";
import {
  REL,
  addRelationship,
  isType,
  readRelationships,
  removeRelationships,
} from "./relationships";
import {
  attributeByLocal,
  attributes,
  childElement,
  childElements,
  escapeText,
  escapeXml,
  nextTag,
  prefixFor,
  rootElement,
  replaceContent,
  splice,
  unescapeXml,
  withAttributes,
  type ElementSpan,
} from "./xml";

/** One entry of `<sheets>`: a worksheet, chart sheet or (old) dialog or macro sheet. */
export interface WorkbookSheet {
  name: string;
  /** The workbook's own number for the sheet (`sheetId`): unique, kept across saves. */
  sheetId: number;
  rid: string;
  state: SheetVisibility;
  /** The part the sheet's relationship points at. */
  part: string;
  kind: "worksheet" | "chartsheet" | "other";
  /** The `<sheet>` tag as read, written back unchanged unless the sheet was renamed. */
  raw?: string;
}

/** A defined name. `scope` is the sheetId of a worksheet-scoped name (the file keeps its index). */
export interface DefinedName {
  name: string;
  /** The formula text (`'台账汇总'!$A$1`, `"…"`), unescaped. */
  formula: string;
  scope?: number;
  comment?: string;
  hidden?: boolean;
  /** The element as read, written back unchanged unless the name changed. */
  raw?: string;
  /** Other attributes as read (function, vbProcedure…), kept when the name is rewritten. */
  rest?: Record<string, string>;
}

const OFFICE_DOCUMENT_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * `xl/workbook.xml` as the writer needs it: the sheets in tab order, defined names, the active
 * tab and the workbook flags. Changes are made on this model and written back by `flush`, which
 * rewrites only `<sheets>`, `<definedNames>`, the workbook view and `<calcPr>`.
 */
export class WorkbookModel {
  sheets: WorkbookSheet[];
  names: DefinedName[];
  activeTab: number;
  readonly date1904: boolean;
  readonly structureProtected: boolean;
  fullCalcOnLoad = false;
  private readonly originalSheetIds: number[];
  /** The highest sheetId seen: a new sheet never takes the number of one removed this session. */
  private highestSheetId: number;
  private readonly originalNames: string;

  private constructor(
    readonly part: string,
    xml: string,
    relsById: Map<string, { part?: string; type: string }>,
  ) {
    const root = rootElement(xml);
    const sheets = childElement(xml, root, "sheets");
    this.sheets = sheets
      ? childElements(xml, sheets)
          .filter((c) => c.tag.local === "sheet")
          .map((c) => sheetOf(xml, c, relsById))
      : [];
    this.originalSheetIds = this.sheets.map((s) => s.sheetId);
    this.highestSheetId = Math.max(0, ...this.originalSheetIds);
    const byIndex = this.sheets.map((s) => s.sheetId);
    const names = childElement(xml, root, "definedNames");
    this.names = names
      ? childElements(xml, names)
          .filter((c) => c.tag.local === "definedName")
          .map((c) => nameOf(xml, c, byIndex))
      : [];
    this.originalNames = JSON.stringify(this.names);
    const view = bookView(xml, root);
    this.activeTab = Number(view ? (attributes(xml, view.tag).get("activeTab") ?? 0) : 0);
    const pr = childElement(xml, root, "workbookPr");
    this.date1904 = isTrue(pr ? attributes(xml, pr.tag).get("date1904") : undefined);
    const protection = childElement(xml, root, "workbookProtection");
    this.structureProtected = isTrue(
      protection ? attributes(xml, protection.tag).get("lockStructure") : undefined,
    );
  }

  /** Reads the workbook part the package's relationships name. */
  static read(pkg: XlsxPackage): WorkbookModel {
    const office = readRelationships(pkg, "").find((r) => isType(r, "officeDocument"));
    const part = office?.part ?? "xl/workbook.xml";
    const xml = pkg.text(part);
    if (xml === undefined) throw new Error("package without a workbook part");
    const rels = new Map(readRelationships(pkg, part).map((r) => [r.id, r]));
    return new WorkbookModel(part, xml, rels);
  }

  worksheets(): WorkbookSheet[] {
    return this.sheets.filter((s) => s.kind === "worksheet");
  }

  sheetById(sheetId: number): WorkbookSheet | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  /**
   * Adds a worksheet part to the package and the workbook at `position` (tab order), and
   * returns its sheetId. The caller writes the part's XML.
   */
  addSheet(pkg: XlsxPackage, name: string, part: string, position: number): WorkbookSheet {
    const rid = addRelationship(pkg, this.part, REL.worksheet, part);
    const sheetId = ++this.highestSheetId;
    const sheet: WorkbookSheet = { name, sheetId, rid, state: "visible", part, kind: "worksheet" };
    const at = Math.max(0, Math.min(position, this.sheets.length));
    const active = this.sheets[this.activeTab];
    this.sheets.splice(at, 0, sheet);
    if (active) this.activeTab = this.sheets.indexOf(active);
    return sheet;
  }

  /**
   * Renames a sheet, and the references to it in defined names (print titles, a user's named
   * ranges). References in cells, charts and links of other sheets are not rewritten: the
   * workflows rename only sheets nothing else refers to (a regenerated sheet taking its old
   * name); renaming a user's sheet would need every formula of the workbook rewritten.
   */
  renameSheet(sheetId: number, name: string): void {
    const sheet = this.sheetById(sheetId);
    if (!sheet || sheet.name === name) return;
    const before = referencePattern(sheet.name);
    this.names = this.names.map((n) => {
      if (n.formula.search(before) < 0) return n;
      const { raw: _raw, ...rest } = n;
      return { ...rest, formula: n.formula.replace(before, `${quoteSheet(name)}!`) };
    });
    const { raw: _raw, ...rest } = sheet;
    this.sheets = this.sheets.map((s) => (s === sheet ? { ...rest, name } : s));
  }

  /** Takes a sheet out of the workbook (and its relationship); the caller removes its parts.
   * Names scoped to it go with it, as in Excel. */
  removeSheet(pkg: XlsxPackage, sheetId: number): void {
    const index = this.sheets.findIndex((s) => s.sheetId === sheetId);
    const sheet = this.sheets[index];
    if (!sheet) return;
    removeRelationships(pkg, this.part, [sheet.rid]);
    const active = this.sheets[this.activeTab];
    this.sheets.splice(index, 1);
    this.names = this.names.filter((n) => n.scope !== sheetId);
    const stillActive = active && active !== sheet ? this.sheets.indexOf(active) : -1;
    this.activeTab = stillActive >= 0 ? stillActive : firstVisible(this.sheets, index);
  }

  /** Writes the model back into workbook.xml, changing only what changed. */
  flush(pkg: XlsxPackage): void {
    let xml = pkg.text(this.part);
    if (xml === undefined) throw new Error("package without a workbook part");
    let root = rootElement(xml);
    const p = childPrefix(root);
    const r = prefixFor(xml, root, OFFICE_DOCUMENT_RELS);

    const sheetsChanged =
      this.sheets.some((s) => s.raw === undefined) ||
      this.sheets.map((s) => s.sheetId).join() !== this.originalSheetIds.join();
    if (sheetsChanged) {
      const sheets = childElement(xml, root, "sheets");
      const inner = this.sheets.map((s) => s.raw ?? sheetXml(s, p, r)).join("");
      if (sheets) xml = replaceContent(xml, sheets, inner);
      else
        xml = insertChild(xml, root, "sheets", `<${p}sheets>${inner}</${p}sheets>`, WORKBOOK_ORDER);
    }

    // Scopes are kept as sheetIds; the file keeps the tab index, which moves when sheets do.
    const namesChanged = sheetsChanged || JSON.stringify(this.names) !== this.originalNames;
    if (namesChanged) {
      root = rootElement(xml);
      const index = new Map(this.sheets.map((s, i) => [s.sheetId, i]));
      const inner = this.names
        .filter((n) => n.scope === undefined || index.has(n.scope))
        .map((n) => nameXml(n, p, index))
        .join("");
      const names = childElement(xml, root, "definedNames");
      if (names && inner === "") xml = splice(xml, names.tag.start, names.end, "");
      else if (names) xml = replaceContent(xml, names, inner);
      else if (inner !== "")
        xml = insertChild(
          xml,
          root,
          "definedNames",
          `<${p}definedNames>${inner}</${p}definedNames>`,
          WORKBOOK_ORDER,
        );
    }

    root = rootElement(xml);
    const view = bookView(xml, root);
    if (!view && this.activeTab > 0) {
      const views = `<${p}bookViews><${p}workbookView activeTab="${this.activeTab}"/></${p}bookViews>`;
      xml = insertChild(xml, root, "bookViews", views, WORKBOOK_ORDER);
    } else if (view) {
      const a = attributes(xml, view.tag);
      const activeTab = Math.max(0, Math.min(this.activeTab, this.sheets.length - 1));
      const firstSheet = Number(a.get("firstSheet") ?? 0);
      const changes: Record<string, number | undefined> = {};
      if (Number(a.get("activeTab") ?? 0) !== activeTab)
        changes.activeTab = activeTab === 0 ? undefined : activeTab;
      if (firstSheet > activeTab) changes.firstSheet = undefined;
      if (Object.keys(changes).length > 0) {
        const tag = withAttributes(xml.slice(view.tag.start, view.tag.end), changes);
        xml = splice(xml, view.tag.start, view.tag.end, tag);
      }
    }

    if (this.fullCalcOnLoad) {
      root = rootElement(xml);
      const calc = childElement(xml, root, "calcPr");
      if (!calc)
        xml = insertChild(xml, root, "calcPr", `<${p}calcPr fullCalcOnLoad="1"/>`, WORKBOOK_ORDER);
      else if (attributes(xml, calc.tag).get("fullCalcOnLoad") !== "1") {
        const tag = withAttributes(xml.slice(calc.tag.start, calc.tag.end), { fullCalcOnLoad: 1 });
        xml = splice(xml, calc.tag.start, calc.tag.end, tag);
      }
    }
    if (xml !== pkg.text(this.part)) pkg.setText(this.part, xml);
  }
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function bookView(xml: string, root: ElementSpan): ElementSpan | undefined {
  const views = childElement(xml, root, "bookViews");
  return views ? childElement(xml, views, "workbookView") : undefined;
}

function firstVisible(sheets: readonly WorkbookSheet[], near: number): number {
  for (let i = Math.min(near, sheets.length - 1); i >= 0; i--)
    if (sheets[i]?.state === "visible") return i;
  const later = sheets.findIndex((s) => s.state === "visible");
  return Math.max(0, later);
}

function sheetOf(
  xml: string,
  c: ElementSpan,
  rels: Map<string, { part?: string; type: string }>,
): WorkbookSheet {
  const a = attributes(xml, c.tag);
  const rid = attributeByLocal(a, "id") ?? "";
  const rel = rels.get(rid);
  const state = a.get("state");
  const type = rel?.type ?? "";
  return {
    name: a.get("name") ?? "",
    sheetId: Number(a.get("sheetId") ?? 0),
    rid,
    state: state === "hidden" || state === "veryHidden" ? state : "visible",
    part: rel?.part ?? "",
    kind: type.endsWith("/worksheet")
      ? "worksheet"
      : type.endsWith("/chartsheet")
        ? "chartsheet"
        : "other",
    raw: xml.slice(c.tag.start, c.end),
  };
}

function sheetXml(s: WorkbookSheet, p: string, r: string | undefined): string {
  const state = s.state === "visible" ? "" : ` state="${s.state}"`;
  const rid = r === undefined ? `xmlns:r="${OFFICE_DOCUMENT_RELS}" r:id` : `${r}id`;
  return `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${state} ${rid}="${escapeXml(s.rid)}"/>`;
}

const KNOWN_NAME_ATTRIBUTES = new Set(["name", "localSheetId", "comment", "hidden"]);

function nameOf(xml: string, c: ElementSpan, sheetIds: readonly number[]): DefinedName {
  const a = attributes(xml, c.tag);
  const local = a.get("localSheetId");
  const n: DefinedName = {
    name: a.get("name") ?? "",
    formula: unescapeXml(xml.slice(c.innerStart, c.innerEnd)),
    raw: xml.slice(c.tag.start, c.end),
  };
  if (local !== undefined) n.scope = sheetIds[Number(local)] ?? -1;
  const comment = a.get("comment");
  if (comment !== undefined) n.comment = comment;
  if (isTrue(a.get("hidden"))) n.hidden = true;
  const rest: Record<string, string> = {};
  for (const [k, v] of a) if (!KNOWN_NAME_ATTRIBUTES.has(k)) rest[k] = v;
  if (Object.keys(rest).length > 0) n.rest = rest;
  return n;
}

function nameXml(n: DefinedName, p: string, index: Map<number, number>): string {
  const localSheetId = n.scope === undefined ? undefined : index.get(n.scope);
  if (n.raw !== undefined) {
    // Unchanged but for where its sheet now sits: only localSheetId is rewritten.
    const open = n.raw.slice(0, nextTag(n.raw, 0)?.end ?? 0);
    const tag = withAttributes(open, { localSheetId });
    return tag + n.raw.slice(open.length);
  }
  const attrs = [`name="${escapeXml(n.name)}"`];
  if (n.comment !== undefined) attrs.push(`comment="${escapeXml(n.comment)}"`);
  if (localSheetId !== undefined) attrs.push(`localSheetId="${localSheetId}"`);
  if (n.hidden) attrs.push(`hidden="1"`);
  for (const [k, v] of Object.entries(n.rest ?? {})) attrs.push(`${k}="${escapeXml(v)}"`);
  return `<${p}definedName ${attrs.join(" ")}>${escapeText(n.formula)}</${p}definedName>`;
}

/** The sheet's name as formulas write it before "!": quoted ('台账 汇总'!) or bare (Sheet1!). */
function referencePattern(name: string): RegExp {
  const quoted = quoteSheet(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const bare = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:${quoted}|(?<![\\w.'])${bare})!`, "g");
}
