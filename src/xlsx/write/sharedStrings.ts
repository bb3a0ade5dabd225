import {
  XML_DECLARATION,
  aroundAppended,
  attributes,
  declaredUtf8,
  escapeText,
  rootElement,
  withAttributes,
} from "../package/xml";
import { fitCellText } from "../../core/plan/excelLimits";
import type { TextSink } from "./rowWriter";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The shared string table, extended but never renumbered: new texts are appended, each once.
 * Shared strings rather than inline ones because every spreadsheet program reads them (old
 * Excel and WPS included) and Excel writes nothing else.
 *
 * The new texts are kept only as the keys of their index, in the order they were added (a Map
 * keeps it): their items are made as the table is written (`write`), into a deflating part, so
 * a merged sheet's hundreds of thousands of texts are never held a second time as XML, nor the
 * table as one string.
 */
export class SharedStrings {
  /** New texts (line breaks made LF) and their indexes, in the order they were added. */
  private readonly index = new Map<string, number>();
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
    const id = this.existing + this.index.size;
    this.index.set(normal, id);
    return id;
  }

  get changed(): boolean {
    return this.references > 0;
  }

  get isNew(): boolean {
    return this.xml === undefined;
  }

  /** The table with the new items appended and its counts updated, piece by piece into `out`
   * (UTF-8: a table read from UTF-16 has its declaration changed to say so). */
  write(out: TextSink): void {
    const { before, after } = this.around();
    out.write(before);
    const p = this.prefix;
    const open = `<${p}si><${p}t>`;
    const openSpaced = `<${p}si><${p}t xml:space="preserve">`;
    const close = `</${p}t></${p}si>`;
    for (const text of this.index.keys()) {
      const kept = fitCellText(text);
      out.write(/^\s|\s$/.test(kept) ? openSpaced : open);
      out.write(escapeText(kept));
      out.write(close);
    }
    out.write(after);
  }

  /** The table as one string (what `write` writes). */
  toXml(): string {
    const pieces: string[] = [];
    this.write({ write: (text) => pieces.push(text) });
    return pieces.join("");
  }

  /** The table's text before its new items and after them. */
  private around(): { before: string; after: string } {
    if (this.xml === undefined) {
      const n = this.index.size;
      return {
        before: `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${n}">`,
        after: "</sst>",
      };
    }
    const root = rootElement(this.xml);
    const a = attributes(this.xml, root.tag);
    const changes: Record<string, number> = { uniqueCount: this.existing + this.index.size };
    const count = Number(a.get("count"));
    if (a.has("count") && Number.isFinite(count)) changes.count = count + this.references;
    const open = withAttributes(this.xml.slice(root.tag.start, root.tag.end), changes);
    // An empty table opened for none (appendContent would leave it empty) cannot happen: a
    // table is written only once a text is asked for, and every text asked for is an item.
    const { before, after } = aroundAppended(this.xml, root, open);
    return { before: declaredUtf8(before), after };
  }
}
