import { inflateSync } from "fflate";
import { ReadFailure } from "../readProblem";
import { entryData, zipEntries, type ZipEntry } from "../zipArchive";
import { fflateCompression, type Compression, type DeflateLevel } from "./compression";

// The zip container, read and written so that a part the add-in does not touch is copied as
// its compressed bytes: saving a 50 MB workbook re-deflates only the few parts that changed, and
// every other part comes out exactly as it went in. fflate does the (in)flating; it runs in
// Node, browsers and Web Workers alike.

/** A part as stored: its compressed bytes and what the central directory says about them. */
export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes (a view into the archive). */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800;

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Every entry of an archive, in the order of its central directory, read by the reader's own
 * directory parser (one zip layer for reading and patching).
 */
export function readZip(data: Uint8Array): StoredEntry[] {
  if (data.length < 22) throw new ZipError("not a zip archive (too short)");
  let entries: ZipEntry[];
  try {
    entries = zipEntries(data);
  } catch (error) {
    if (error instanceof ReadFailure) throw new ZipError("not a zip archive, or a damaged one");
    throw error;
  }
  return entries.map((entry) => {
    if (entry.encrypted) throw new ZipError("encrypted");
    let stored: Uint8Array;
    try {
      stored = entryData(data, entry);
    } catch (error) {
      if (error instanceof ReadFailure) throw new ZipError(`damaged entry ${entry.name}`);
      throw error;
    }
    return {
      name: entry.name,
      method: entry.method,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
      data: stored,
    };
  });
}

/** The uncompressed bytes of a stored entry. */
export function inflateEntry(entry: StoredEntry): Uint8Array {
  if (entry.method === STORED) return entry.data;
  if (entry.method !== DEFLATED) throw new ZipError(`unsupported compression in ${entry.name}`);
  const out = inflateSync(entry.data, { out: new Uint8Array(entry.size) });
  if (out.length !== entry.size) throw new ZipError(`damaged entry ${entry.name}`);
  return out;
}

/** An entry from new bytes, deflated (or stored when `level` is 0, for quick internal copies). */
export function entryOf(
  name: string,
  bytes: Uint8Array,
  level: 0 | DeflateLevel = 6,
  compression: Compression = fflateCompression,
): StoredEntry {
  if (level === 0)
    return {
      name,
      method: STORED,
      crc: compression.crc32(bytes, 0),
      compressedSize: bytes.length,
      size: bytes.length,
      data: bytes,
    };
  const entry = new DeflatingEntry(name, compression, level);
  entry.writeBytes(bytes);
  return entry.end();
}

const encoder = new TextEncoder();

/** Bytes gathered before they are deflated: large enough that each push is worth its call,
 * small enough that the text never sits whole in memory. */
const CHUNK_BYTES = 1 << 19;

/**
 * A part deflated while it is written, text piece by piece: a sheet of a million rows never
 * becomes one string (V8 refuses strings past about 500 MB) nor one array of bytes; only its
 * compressed bytes are kept. Text is encoded as it is written into one buffer that is deflated
 * and reused each time it fills, so the many small pieces a sheet is written in (a cell's
 * address, its value) leave no strings or byte arrays behind for the collector.
 */
export class DeflatingEntry {
  private crc = 0;
  private size = 0;
  private readonly buffer = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private readonly output: Uint8Array[] = [];
  private readonly push: (piece: Uint8Array, last: boolean) => Uint8Array[];

  constructor(
    private readonly name: string,
    private readonly compression: Compression = fflateCompression,
    level: DeflateLevel = 6,
  ) {
    this.push = compression.stream(level);
  }

  /** Text as UTF-8. Each piece is whole text: a surrogate pair split between two pieces would
   * be written as two replacement characters. */
  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a pair of them, 4).
    if (this.used + 3 * text.length > CHUNK_BYTES) {
      this.flush(false);
      if (3 * text.length > CHUNK_BYTES) {
        this.add(encoder.encode(text), false);
        return;
      }
    }
    // Most of a sheet is ASCII (markup, addresses, numbers): copied unit by unit, quicker than
    // a call to the encoder for pieces this short. The rest of a piece from its first other
    // unit on is left to the encoder.
    const { buffer } = this;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0x80) {
        at += encoder.encodeInto(text.slice(i), buffer.subarray(at)).written;
        break;
      }
      buffer[at++] = unit;
    }
    this.used = at;
  }

  /** The entry, complete: nothing can be written after. */
  end(): StoredEntry {
    this.flush(true);
    let compressedSize = 0;
    for (const piece of this.output) compressedSize += piece.length;
    const data = new Uint8Array(compressedSize);
    let at = 0;
    for (const piece of this.output) {
      data.set(piece, at);
      at += piece.length;
    }
    this.output.length = 0;
    return {
      name: this.name,
      method: DEFLATED,
      crc: this.crc,
      compressedSize,
      size: this.size,
      data,
    };
  }

  /** Bytes as they are (a part given whole). */
  writeBytes(bytes: Uint8Array): void {
    this.flush(false);
    this.add(bytes, false);
  }

  private flush(last: boolean): void {
    if (this.used === 0 && !last) return;
    // The compression does not keep the piece it is given (see Compression.stream): the
    // buffer is written over once this returns.
    this.add(this.buffer.subarray(0, this.used), last);
    this.used = 0;
  }

  private add(bytes: Uint8Array, last: boolean): void {
    this.crc = this.compression.crc32(bytes, this.crc);
    this.size += bytes.length;
    for (const piece of this.push(bytes, last)) this.output.push(piece);
  }
}

/**
 * A zip archive of these entries in this order. Local headers are written afresh from the
 * central directory's figures (no data descriptors), so any entry can be copied as it was read.
 * Archives past 4 GB are refused: no workbook this add-in writes comes near that.
 */
export function writeZip(entries: readonly StoredEntry[]): Uint8Array {
  const names = entries.map((e) => encoder.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * (names[i]?.length ?? 0) + e.data.length));
  if (total > 0xffffffff || entries.length > 0xffff)
    throw new ZipError("archive too large for a workbook");
  const out = new Uint8Array(total);
  const dv = view(out);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array(0);
    offsets.push(at);
    dv.setUint32(at, LOCAL, true);
    writeCommon(dv, at + 4, e, name.length);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    at += 30 + name.length + e.data.length;
  });
  const directory = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array(0);
    dv.setUint32(at, CENTRAL, true);
    dv.setUint16(at + 4, 20, true); // made by: version 2.0
    writeCommon(dv, at + 6, e, name.length);
    // comment length, disk, internal and external attributes stay 0
    dv.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  dv.setUint32(at, EOCD, true);
  dv.setUint16(at + 8, entries.length, true);
  dv.setUint16(at + 10, entries.length, true);
  dv.setUint32(at + 12, at - directory, true);
  dv.setUint32(at + 16, directory, true);
  return out.subarray(0, at + 22);
}

/** The fields local and central headers share, from "version needed" to "extra length". */
function writeCommon(dv: DataView, at: number, e: StoredEntry, nameLength: number): void {
  dv.setUint16(at, 20, true);
  dv.setUint16(at + 2, UTF8_NAMES, true);
  dv.setUint16(at + 4, e.method, true);
  dv.setUint16(at + 6, 0, true); // time: 00:00:00
  dv.setUint16(at + 8, (1980 - 1980) * 512 + 1 * 32 + 1, true); // date: 1980-01-01
  dv.setUint32(at + 10, e.crc, true);
  dv.setUint32(at + 14, e.compressedSize, true);
  dv.setUint32(at + 18, e.size, true);
  dv.setUint16(at + 22, nameLength, true);
  dv.setUint16(at + 24, 0, true);
}
