import type { SheetVisibility } from "../core/model/cell";
import type { XmlHandler, XmlScanner } from "./xmlScanner";

// The package's map: which part is the workbook (_rels/.rels), which parts hold its sheets,
// shared strings and styles (the workbook's own .rels), and what workbook.xml says of each sheet
// (name, hidden or not) and of dates (1900 or 1904 system).

export interface Relationship {
  type: string;
  /** Part name the relationship points to, resolved against the source part's folder. */
  target: string;
}

/** Reads a .rels part; targets are resolved against `base` ("xl/" for xl/_rels/workbook.xml.rels). */
export class RelationshipsReader implements XmlHandler {
  readonly byId = new Map<string, Relationship>();

  constructor(private readonly base: string) {}

  open(x: XmlScanner, name: string): void {
    if (name !== "Relationship" || x.attr("TargetMode") === "External") return;
    const id = x.attr("Id");
    const target = x.attr("Target");
    if (id === undefined || target === undefined) return;
    this.byId.set(id, { type: x.attr("Type") ?? "", target: resolvePart(this.base, target) });
  }

  close(): void {}
  text(): void {}

  /** The first target whose type ends with `/kind` (officeDocument, sharedStrings, styles). */
  targetOf(kind: string): string | undefined {
    for (const rel of this.byId.values()) if (rel.type.endsWith(`/${kind}`)) return rel.target;
    return undefined;
  }
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/a.xml" → "xl/a.xml". */
export function resolvePart(base: string, target: string): string {
  const path = target.replace(/\\/g, "/");
  const parts = (path.startsWith("/") ? path.slice(1) : base + path).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}

/** The folder of a part name, with its slash: "xl/workbook.xml" → "xl/". */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet's part. */
  rid: string;
  visibility: SheetVisibility;
}

/** A defined name as workbook.xml keeps it: its reference and its comment (where marks sit). */
export interface DefinedNameEntry {
  name: string;
  comment: string | undefined;
  reference: string;
}

/**
 * Reads workbook.xml: the sheets in tab order, whether dates count from 1904, and the defined
 * names `keepName` asks for (the rest are not decoded).
 */
export class WorkbookReader implements XmlHandler {
  readonly sheets: SheetEntry[] = [];
  readonly names: DefinedNameEntry[] = [];
  date1904 = false;
  /** The part's root is <workbook> (a .docx's main part is not). */
  isWorkbook = false;
  private name: DefinedNameEntry | undefined;

  constructor(private readonly keepName: (name: string) => boolean = () => false) {}

  open(x: XmlScanner, name: string): void {
    if (name === "workbook") {
      this.isWorkbook = true;
    } else if (name === "workbookPr") {
      const flag = x.attr("date1904");
      this.date1904 = flag === "1" || flag === "true";
    } else if (name === "sheet") {
      const state = x.attr("state");
      this.sheets.push({
        name: x.attr("name") ?? "",
        rid: x.attr("id") ?? "",
        visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
    } else if (name === "definedName") {
      const defined = x.attr("name") ?? "";
      this.name = this.keepName(defined)
        ? { name: defined, comment: x.attr("comment"), reference: "" }
        : undefined;
    }
  }

  close(_x: XmlScanner, name: string): void {
    if (name === "definedName" && this.name !== undefined) {
      this.names.push(this.name);
      this.name = undefined;
    }
  }

  text(x: XmlScanner, start: number, end: number, literal: boolean): void {
    if (this.name !== undefined) this.name.reference += x.text(start, end, literal);
  }
}
