import {
  XML_DECLARATION,
  attributes,
  escapeText,
  rootElement,
  withAttributes,
  appendContent,
} from "../package/xml";
import { fitCellText } from "../../core/plan/excelLimits";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The shared string table, extended but never renumbered: new texts are appended, each once.
 * Shared strings rather than inline ones because every spreadsheet program reads them (old
 * Excel and WPS included) and Excel writes nothing else.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  private references = 0;
  private readonly prefix: string;

  constructor(private readonly xml: string | undefined) {
    if (xml === undefined) {
      this.existing = 0;
      this.prefix = "";
      return;
    }
    const root = rootElement(xml);
    this.prefix = root.tag.qname.includes(":") ? root.tag.qname.split(":")[0] + ":" : "";
    // A table of a million strings is common: its items are counted with indexOf, never
    // parsed. New texts are appended even when the table holds them already (Excel reads
    // repeats; reading the whole table to avoid a few would cost more than it saves).
    const open = `<${this.prefix}si`;
    let count = 0;
    for (let at = xml.indexOf(open, root.innerStart); at >= 0 && at < root.innerEnd;) {
      const next = xml.charCodeAt(at + open.length);
      if (next === 62 /* > */ || next === 47 /* / */ || next === 32) count++;
      at = xml.indexOf(open, at + open.length);
    }
    this.existing = count;
  }

  /** The index of `text` in the table, appending it when new; counts one more reference. A text
   * longer than a cell holds is kept to its first 32,766 characters and "…" (fitCellText): the
   * host cuts its plan before writing, and this keeps any other text within the limit too. */
  indexOf(text: string): number {
    this.references++;
    // Most texts have no carriage return: asked first, since a replace that finds nothing
    // still costs a merged sheet's millions of cells an allocation each.
    const normal = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
    const known = this.index.get(normal);
    if (known !== undefined) return known;
    const id = this.existing + this.added.length;
    const p = this.prefix;
    const kept = fitCellText(normal);
    const space = /^\s|\s$/.test(kept) ? ' xml:space="preserve"' : "";
    this.added.push(`<${p}si><${p}t${space}>${escapeText(kept)}</${p}t></${p}si>`);
    this.index.set(normal, id);
    return id;
  }

  get changed(): boolean {
    return this.references > 0;
  }

  get isNew(): boolean {
    return this.xml === undefined;
  }

  /** The table with the new items appended and its counts updated. */
  toXml(): string {
    const entries = this.added.join("");
    if (this.xml === undefined) {
      const n = this.added.length;
      return `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${n}">${entries}</sst>`;
    }
    const root = rootElement(this.xml);
    const a = attributes(this.xml, root.tag);
    const changes: Record<string, number> = { uniqueCount: this.existing + this.added.length };
    const count = Number(a.get("count"));
    if (a.has("count") && Number.isFinite(count)) changes.count = count + this.references;
    const open = withAttributes(this.xml.slice(root.tag.start, root.tag.end), changes);
    return appendContent(this.xml, root, entries, open);
  }
}
