import { fflateCompression, type Compression } from "./compression";
import { declaredUtf8 } from "./xml";
import { DeflatingEntry, entryOf, inflateEntry, readZip, writeZip, type StoredEntry } from "./zip";

// An .xlsx as its parts, found by name whatever their case (OPC part names are case-insensitive).
// Parts are inflated only when read and re-deflated only when changed: saving copies every
// other part's compressed bytes as they were.

interface Part {
  /** The name as stored ("xl/workbook.xml", no leading slash). */
  name: string;
  /** The compressed bytes: as read, or as written already deflated (setDeflated). */
  stored?: StoredEntry;
  /** Set when the part was read or written as text. */
  text?: string;
  changed: boolean;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export interface SaveOptions {
  /** Deflate level for changed parts: 0 stores them (quick copies read back at once), 6 default. */
  level?: 0 | 1 | 6;
}

export interface OpenOptions {
  /** How parts written are deflated (default: fflate, which runs everywhere). */
  compression?: Compression;
}

export class XlsxPackage {
  private constructor(
    private readonly parts: Map<string, Part>,
    private readonly compression: Compression,
  ) {}

  /** Opens the bytes of a zip package. Throws ZipError when they are not one. */
  static open(bytes: Uint8Array, options: OpenOptions = {}): XlsxPackage {
    const parts = new Map<string, Part>();
    for (const stored of readZip(bytes)) {
      if (stored.name.endsWith("/")) continue; // folder entries
      parts.set(stored.name.toLowerCase(), { name: stored.name, stored, changed: false });
    }
    return new XlsxPackage(parts, options.compression ?? fflateCompression);
  }

  /** A copy that can be changed without touching this one (parts are shared until written). */
  clone(): XlsxPackage {
    const parts = new Map<string, Part>();
    for (const [key, part] of this.parts) parts.set(key, { ...part });
    return new XlsxPackage(parts, this.compression);
  }

  has(name: string): boolean {
    return this.parts.has(normal(name));
  }

  /** Part names in archive order. */
  names(): string[] {
    return [...this.parts.values()].map((p) => p.name);
  }

  /** The part's text (UTF-8), or undefined when there is no such part. */
  text(name: string): string | undefined {
    const part = this.parts.get(normal(name));
    if (!part) return undefined;
    if (part.text === undefined) part.text = decode(this.bytesOf(part));
    return part.text;
  }

  /** The part's bytes, or undefined. */
  bytes(name: string): Uint8Array | undefined {
    const part = this.parts.get(normal(name));
    return part ? this.bytesOf(part) : undefined;
  }

  /** Writes a part (a new one goes at the end of the archive). */
  setText(name: string, text: string): void {
    const key = normal(name);
    const existing = this.parts.get(key);
    // A part read from UTF-16 is written back as UTF-8: its declaration must say so.
    const utf8 = declaredUtf8(text);
    this.parts.set(key, { name: existing?.name ?? normal(name, false), text: utf8, changed: true });
  }

  /** A part to write piece by piece, deflated as it goes; `setDeflated` puts it in. */
  deflating(name: string): DeflatingEntry {
    return new DeflatingEntry(name, this.compression);
  }

  /** Writes a part already deflated (a large sheet, see DeflatingEntry), kept as it is given. */
  setDeflated(name: string, entry: StoredEntry): void {
    const key = normal(name);
    const existing = this.parts.get(key);
    const stored = { ...entry, name: existing?.name ?? normal(name, false) };
    this.parts.set(key, { name: stored.name, stored, changed: true });
  }

  remove(name: string): void {
    this.parts.delete(normal(name));
  }

  /** The names of the parts written since opening. */
  changedParts(): string[] {
    return [...this.parts.values()].filter((p) => p.changed).map((p) => p.name);
  }

  /** The package as zip bytes: unchanged parts copied as stored, changed ones deflated. */
  save(options: SaveOptions = {}): Uint8Array {
    const level = options.level ?? 6;
    const entries: StoredEntry[] = [];
    // [Content_Types].xml first, as Office writes it (some readers look for it there).
    const ordered = [...this.parts.values()].sort(
      (a, b) => Number(isContentTypes(b.name)) - Number(isContentTypes(a.name)),
    );
    for (const part of ordered) {
      if (part.stored && (!part.changed || part.text === undefined))
        entries.push({ ...part.stored, name: part.name });
      else
        entries.push(entryOf(part.name, encoder.encode(part.text ?? ""), level, this.compression));
    }
    return writeZip(entries);
  }

  private bytesOf(part: Part): Uint8Array {
    if (part.stored && (!part.changed || part.text === undefined)) return inflateEntry(part.stored);
    return encoder.encode(part.text ?? "");
  }
}

function isContentTypes(name: string): boolean {
  return name.toLowerCase() === "[content_types].xml";
}

function normal(name: string, lower = true): string {
  const n = name.replace(/\\/g, "/").replace(/^\//, "");
  return lower ? n.toLowerCase() : n;
}

/** UTF-8 text without a byte-order mark; UTF-16 parts (allowed by OPC, rare) are decoded too. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
