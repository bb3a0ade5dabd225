import { ReadFailure } from "./readProblem";
import { decodeEntities, decodeUtf8, utf8 } from "./xmlText";

// A small pull scanner for the XML of workbook parts, fed bytes as the part is inflated. It reads
// tags and text and hands them to a handler; it never builds a tree, expands no entity beyond
// XML's five and character references (so no DTD trick can make it grow), and keeps only the
// unfinished tail of a chunk between calls.
//
// It works on the UTF-8 bytes themselves: a sheet is mostly markup and numbers, and decoding all
// of it to a string first cost more than inflating it (measured: bench/read.bench.ts). Text is
// decoded only where a handler asks for it. Element names are local ("x:c" is reported as "c"),
// as some writers prefix SpreadsheetML's namespace.

export interface XmlHandler {
  open(x: XmlScanner, name: string): void;
  close(x: XmlScanner, name: string): void;
  /** Character data in x.bytes[start, end); `literal` for a CDATA section (no entities). */
  text(x: XmlScanner, start: number, end: number, literal: boolean): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BRACKET = 91;
const DIGIT_0 = 48;
const MINUS = 45;
const XMLNS_X = 120;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** A tag, comment or text longer than this without an end is not a workbook part. */
const MAX_PENDING = 32 * 1024 * 1024;

/** Element names seen so far, by their bytes: a tag's name costs a lookup, not a new string. */
class NameTable {
  private readonly names = new Map<number, string[]>();
  private readonly single: string[] = [];

  constructor() {
    for (let c = 0; c < 128; c++) this.single.push(String.fromCharCode(c));
  }

  of(bytes: Uint8Array, start: number, end: number): string {
    if (end - start === 1 && bytes[start]! < 128) return this.single[bytes[start]!]!;
    let hash = end - start;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + bytes[i]!) | 0;
    let bucket = this.names.get(hash);
    if (bucket === undefined) this.names.set(hash, (bucket = []));
    for (const name of bucket) if (sameBytes(name, bytes, start, end)) return name;
    const name = utf8.decode(bytes.subarray(start, end));
    if (bucket.length < 8) bucket.push(name);
    return name;
  }
}

function sameBytes(name: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}

export class XmlScanner {
  /** The bytes being scanned: positions handed to the handler index into them. */
  bytes: Uint8Array = new Uint8Array(0);
  private carry: Uint8Array | null = null;
  private work = new Uint8Array(0);
  private started = false;
  /** For a part written in UTF-16 (allowed, never seen from Excel): re-encoded to UTF-8. */
  private utf16: TextDecoder | null = null;
  private readonly names = new NameTable();
  /** Per attribute of the current tag: local name start, name end, value start, value end. */
  private attrs = new Int32Array(64);
  private attrCount = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the part's next bytes. */
  pushBytes(chunk: Uint8Array): void {
    if (!this.started) {
      this.started = true;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) this.utf16 = new TextDecoder("utf-16le");
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) this.utf16 = new TextDecoder("utf-16be");
    }
    if (this.utf16 !== null)
      chunk = new TextEncoder().encode(this.utf16.decode(chunk, { stream: true }));
    this.push(chunk, false);
  }

  /** Ends the part: what is left must be whole. */
  end(): void {
    this.push(new Uint8Array(0), true);
    const rest = this.carry;
    if (rest !== null && rest.some((b) => !isSpace(b))) throw new ReadFailure({ type: "damaged" });
  }

  private push(chunk: Uint8Array, final: boolean): void {
    let b = chunk;
    const carry = this.carry;
    if (carry !== null) {
      // The unfinished tail and the new chunk, joined in one buffer kept from chunk to chunk
      // (a new one per chunk was most of the garbage a sheet made).
      const length = carry.length + chunk.length;
      if (this.work.length < length)
        this.work = new Uint8Array(Math.max(length, this.work.length * 2));
      this.work.set(carry);
      this.work.set(chunk, carry.length);
      b = this.work.subarray(0, length);
    }
    this.bytes = b;
    const pos = this.scan(b, final);
    // Copied out: the joined buffer is overwritten by the next chunk.
    this.carry = pos < b.length ? b.slice(pos) : null;
    if (this.carry !== null && this.carry.length > MAX_PENDING)
      throw new ReadFailure({ type: "damaged" });
  }

  /** Text in [start, end), decoded, entities expanded unless `literal`. */
  text(start: number, end: number, literal = false): string {
    const raw = decodeUtf8(this.bytes, start, end);
    return literal ? raw : decodeEntities(raw);
  }

  /**
   * The number written in [start, end): integers read straight from the bytes, anything else
   * through Number(); NaN when it is not a number.
   */
  number(start: number, end: number): number {
    const b = this.bytes;
    let i = start;
    const negative = b[i] === MINUS;
    if (negative) i++;
    let n = 0;
    const first = i;
    for (; i < end; i++) {
      const d = b[i]! - DIGIT_0;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end && i > first && i - first <= 15) return negative ? -n : n;
    if (end - start > 64 || end === start) return NaN;
    return Number(this.text(start, end, true));
  }

  /** The current tag's attribute by local name, entities decoded; undefined when absent. */
  attr(name: string): string | undefined {
    const k = this.attrIndex(name);
    if (k < 0) return undefined;
    return this.text(this.attrs[k + 2]!, this.attrs[k + 3]!);
  }

  /** Where the current tag's attribute sits (for valueStart/valueEnd), or -1 when absent. */
  attrIndex(name: string): number {
    const a = this.attrs;
    for (let k = 0; k < this.attrCount * 4; k += 4) {
      if (sameBytes(name, this.bytes, a[k]!, a[k + 1]!)) return k;
    }
    return -1;
  }

  valueStart(k: number): number {
    return this.attrs[k + 2]!;
  }

  valueEnd(k: number): number {
    return this.attrs[k + 3]!;
  }

  /** Scans b from 0; returns where the unfinished tail starts (b.length when none). */
  private scan(b: Uint8Array, final: boolean): number {
    const h = this.handler;
    const n = b.length;
    let pos = 0;
    while (pos < n) {
      let lt = pos;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt === n) {
        if (!final) return pos;
        h.text(this, pos, n, false);
        return n;
      }
      if (lt > pos) h.text(this, pos, lt, false);
      if (lt + 1 >= n) return lt;
      const c = b[lt + 1]!;
      let next: number;
      if (c === SLASH) {
        let gt = lt + 2;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt === n) return lt;
        h.close(this, this.localName(b, lt + 2, gt));
        next = gt + 1;
      } else if (c === BANG || c === QUESTION) {
        next = this.special(b, lt);
      } else {
        next = this.tag(b, lt);
      }
      if (next < 0) return lt;
      pos = next;
    }
    return pos;
  }

  /** Comments, processing instructions, CDATA and a DOCTYPE (skipped, never expanded). */
  private special(b: Uint8Array, lt: number): number {
    if (b[lt + 1] === QUESTION) return after(b, "?>", lt + 2);
    if (b.length - lt < 4) return -1;
    if (b[lt + 2] === MINUS && b[lt + 3] === MINUS) return after(b, "-->", lt + 4);
    if (b[lt + 2] === BRACKET) {
      if (b.length - lt < 9) return -1;
      if (!startsWith(b, "<![CDATA[", lt)) throw new ReadFailure({ type: "damaged" });
      const end = after(b, "]]>", lt + 9);
      if (end < 0) return -1;
      this.handler.text(this, lt + 9, end - 3, true);
      return end;
    }
    // <!DOCTYPE name [internal subset]>: skipped whole.
    const gt = b.indexOf(GT, lt);
    const bracket = b.indexOf(BRACKET, lt);
    if (bracket >= 0 && (gt < 0 || bracket < gt)) {
      const close = b.indexOf(93, bracket);
      return close < 0 ? -1 : after(b, ">", close);
    }
    return gt < 0 ? -1 : gt + 1;
  }

  /** An opening or empty-element tag: name and attributes in one pass over its bytes. */
  private tag(b: Uint8Array, lt: number): number {
    const n = b.length;
    let i = lt + 1;
    let nameStart = i;
    for (; i < n; i++) {
      const c = b[i]!;
      if (c === COLON) nameStart = i + 1;
      else if (c === GT || c === SLASH || isSpace(c)) break;
    }
    if (i >= n) return -1;
    const nameEnd = i;
    this.attrCount = 0;
    for (;;) {
      while (i < n && isSpace(b[i]!)) i++;
      if (i >= n) return -1;
      const c = b[i]!;
      if (c === GT) {
        this.handler.open(this, this.names.of(b, nameStart, nameEnd));
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        const name = this.names.of(b, nameStart, nameEnd);
        this.handler.open(this, name);
        this.handler.close(this, name);
        let gt = i + 1;
        while (gt < n && b[gt] !== GT) gt++;
        return gt === n ? -1 : gt + 1;
      }
      // An attribute: name = "value" (either quote; > may stand unescaped inside).
      const attrStart = i;
      let localStart = i;
      for (; i < n; i++) {
        const a = b[i]!;
        if (a === COLON) localStart = i + 1;
        else if (a === EQUALS || a === GT || a === SLASH || isSpace(a)) break;
      }
      const attrEnd = i;
      while (i < n && isSpace(b[i]!)) i++;
      if (i >= n) return -1;
      if (b[i] !== EQUALS) {
        if (attrEnd === attrStart) throw new ReadFailure({ type: "damaged" });
        continue;
      }
      i++;
      while (i < n && isSpace(b[i]!)) i++;
      if (i >= n) return -1;
      const quote = b[i]!;
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new ReadFailure({ type: "damaged" });
      let valueEnd = i + 1;
      while (valueEnd < n && b[valueEnd] !== quote) valueEnd++;
      if (valueEnd === n) return -1;
      // Namespace declarations are not attributes anyone asks for (xmlns:r would shadow r).
      if (b[attrStart] !== XMLNS_X || !startsWith(b, "xmlns", attrStart))
        this.addAttr(localStart, attrEnd, i + 1, valueEnd);
      i = valueEnd + 1;
    }
  }

  private addAttr(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    let k = this.attrCount * 4;
    if (k + 4 > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    const a = this.attrs;
    a[k++] = nameStart;
    a[k++] = nameEnd;
    a[k++] = valueStart;
    a[k] = valueEnd;
    this.attrCount++;
  }

  private localName(b: Uint8Array, start: number, end: number): string {
    let from = start;
    let to = end;
    while (to > from && isSpace(b[to - 1]!)) to--;
    for (let i = from; i < to; i++) if (b[i] === COLON) from = i + 1;
    return this.names.of(b, from, to);
  }
}

function startsWith(b: Uint8Array, text: string, at: number): boolean {
  if (at + text.length > b.length) return false;
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The position just past `close` found from `from`, or -1 while it has not come yet. */
function after(b: Uint8Array, close: string, from: number): number {
  const first = close.charCodeAt(0);
  for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1)) {
    if (startsWith(b, close, at)) return at + close.length;
  }
  return -1;
}
