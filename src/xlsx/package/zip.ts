import { deflateSync, inflateSync } from "fflate";
import { crc32 } from "./crc32";

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
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
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

function findEndRecord(data: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= stop; at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && dv.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError("not a zip archive (no end record)");
}

const utf8 = new TextDecoder("utf-8");

/** Every entry of an archive, in the order of its central directory. */
export function readZip(data: Uint8Array): StoredEntry[] {
  if (data.length < 22) throw new ZipError("not a zip archive (too short)");
  const dv = view(data);
  const end = findEndRecord(data, dv);
  let count = dv.getUint16(end + 10, true);
  let offset = dv.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && dv.getUint32(locator, true) === ZIP64_LOCATOR) {
      const record = Number(dv.getBigUint64(locator + 8, true));
      if (dv.getUint32(record, true) !== ZIP64_EOCD) throw new ZipError("damaged zip64 record");
      count = Number(dv.getBigUint64(record + 32, true));
      offset = Number(dv.getBigUint64(record + 48, true));
    }
  }
  const entries: StoredEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || dv.getUint32(at, true) !== CENTRAL)
      throw new ZipError("damaged central directory");
    const flags = dv.getUint16(at + 8, true);
    if (flags & 1) throw new ZipError("encrypted");
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const sizes = {
      compressed: dv.getUint32(at + 20, true),
      size: dv.getUint32(at + 24, true),
      local: dv.getUint32(at + 42, true),
    };
    zip64Sizes(dv, at + 46 + nameLength, extraLength, sizes);
    const name = utf8.decode(data.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/");
    if (sizes.local + 30 > data.length || dv.getUint32(sizes.local, true) !== LOCAL)
      throw new ZipError(`damaged entry ${name}`);
    const start =
      sizes.local +
      30 +
      dv.getUint16(sizes.local + 26, true) +
      dv.getUint16(sizes.local + 28, true);
    if (start + sizes.compressed > data.length) throw new ZipError(`truncated entry ${name}`);
    entries.push({
      name,
      method: dv.getUint16(at + 10, true),
      crc: dv.getUint32(at + 16, true),
      compressedSize: sizes.compressed,
      size: sizes.size,
      data: data.subarray(start, start + sizes.compressed),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function zip64Sizes(
  dv: DataView,
  start: number,
  length: number,
  sizes: { compressed: number; size: number; local: number },
): void {
  const big = 0xffffffff;
  if (sizes.size !== big && sizes.compressed !== big && sizes.local !== big) return;
  for (let at = start; at + 4 <= start + length;) {
    const id = dv.getUint16(at, true);
    const size = dv.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const take = () => {
        const v = Number(dv.getBigUint64(field, true));
        field += 8;
        return v;
      };
      if (sizes.size === big) sizes.size = take();
      if (sizes.compressed === big) sizes.compressed = take();
      if (sizes.local === big) sizes.local = take();
      return;
    }
    at += 4 + size;
  }
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
export function entryOf(name: string, bytes: Uint8Array, level: 0 | 1 | 6 = 6): StoredEntry {
  const data = level === 0 ? bytes : deflateSync(bytes, { level });
  return {
    name,
    method: level === 0 ? STORED : DEFLATED,
    crc: crc32(bytes),
    compressedSize: data.length,
    size: bytes.length,
    data,
  };
}

const encoder = new TextEncoder();

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
