import { Inflate } from "fflate";
import { ReadFailure } from "./readProblem";

// The zip container of an .xlsx, read from its central directory: what each part declares
// (sizes, method, encryption) is known before a byte is inflated, and a part is inflated in
// slices so that its XML can be read as it comes, without holding the whole part in memory.
// fflate does the inflating (it runs in Node, browsers and Web Workers alike).

export interface ZipEntry {
  /** Part name as stored, with "\" turned into "/" (some writers use Windows separators). */
  name: string;
  method: number;
  encrypted: boolean;
  /** CRC-32 of the inflated bytes, as the directory declares it. */
  crc: number;
  compressedSize: number;
  /** Inflated size as the directory declares it (a lie is caught while inflating). */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: bounds what one slice inflates to (≤ ~1000×). */
const SLICE = 32 * 1024;

function damaged(): never {
  throw new ReadFailure({ type: "damaged" });
}

class Bytes {
  constructor(readonly data: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.data.length) damaged();
    return this.data[at]! | (this.data[at + 1]! << 8);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.data.length) damaged();
    return (
      (this.data[at]! | (this.data[at + 1]! << 8) | (this.data[at + 2]! << 16)) +
      this.data[at + 3]! * 0x1000000
    );
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }
}

function findEndRecord(b: Bytes): number {
  const data = b.data;
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= stop; at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && b.u32(at) === EOCD) return at;
  }
  return damaged();
}

const utf8 = new TextDecoder("utf-8");

/** The parts of a zip archive, from its central directory. Throws ReadFailure("damaged"). */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  const b = new Bytes(data);
  const end = findEndRecord(b);
  let count = b.u16(end + 10);
  let offset = b.u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && b.u32(locator) === ZIP64_LOCATOR) {
      const record = b.u64(locator + 8);
      if (b.u32(record) !== ZIP64_EOCD) damaged();
      count = b.u64(record + 32);
      offset = b.u64(record + 48);
    }
  }
  // Each directory record takes at least 46 bytes: a count beyond that is a lie.
  if (count * 46 > data.length) damaged();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (b.u32(at) !== CENTRAL) damaged();
    const flags = b.u16(at + 8);
    const nameLength = b.u16(at + 28);
    const extraLength = b.u16(at + 30);
    const commentLength = b.u16(at + 32);
    if (at + 46 + nameLength > data.length) damaged();
    const entry: ZipEntry = {
      name: utf8.decode(data.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/"),
      method: b.u16(at + 10),
      encrypted: (flags & 1) !== 0,
      crc: b.u32(at + 16),
      compressedSize: b.u32(at + 20),
      size: b.u32(at + 24),
      localOffset: b.u32(at + 42),
    };
    readZip64Extra(b, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset too large for 32 bits are in the ZIP64 extra field, in this order. */
function readZip64Extra(b: Bytes, start: number, length: number, entry: ZipEntry): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff) {
    if (entry.localOffset !== 0xffffffff) return;
  }
  for (let at = start; at + 4 <= start + length;) {
    const id = b.u16(at);
    const size = b.u16(at + 2);
    if (id === 1) {
      let field = at + 4;
      if (entry.size === 0xffffffff) {
        entry.size = b.u64(field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = b.u64(field);
        field += 8;
      }
      if (entry.localOffset === 0xffffffff) entry.localOffset = b.u64(field);
      return;
    }
    at += 4 + size;
  }
}

/** The part's compressed bytes (a view into the archive), found from its local header. */
export function entryData(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const b = new Bytes(data);
  if (b.u32(entry.localOffset) !== LOCAL) damaged();
  const start =
    entry.localOffset + 30 + b.u16(entry.localOffset + 26) + b.u16(entry.localOffset + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) damaged();
  return data.subarray(start, end);
}

/**
 * Inflates one part, handing its bytes to `onChunk` as they come. Refuses a part that declares
 * or turns out to hold more than `limit` bytes (ReadFailure "partTooLarge"); `budget` is shared
 * by the parts of one workbook and counts what they inflate to together.
 */
export function inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
  budget: { left: number; limit: number },
  onChunk: (chunk: Uint8Array) => void,
): void {
  const tooLarge = (): never => {
    throw new ReadFailure({ type: "partTooLarge", part: entry.name, limit });
  };
  if (entry.encrypted) throw new ReadFailure({ type: "encrypted" });
  if (entry.size > limit) tooLarge();
  const stored = entryData(data, entry);
  const start = stored.byteOffset - data.byteOffset;
  const end = start + stored.length;
  let inflated = 0;
  const take = (chunk: Uint8Array) => {
    inflated += chunk.length;
    budget.left -= chunk.length;
    if (inflated > limit) tooLarge();
    if (budget.left < 0)
      throw new ReadFailure({ type: "partTooLarge", part: entry.name, limit: budget.limit });
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === STORED) {
    for (let at = start; at < end; at += SLICE) take(data.subarray(at, Math.min(end, at + SLICE)));
    return;
  }
  if (entry.method !== DEFLATED) damaged();
  const inflater = new Inflate((chunk) => take(chunk));
  for (let at = start; at < end; at += SLICE) {
    const next = Math.min(end, at + SLICE);
    inflater.push(data.subarray(at, next), next === end);
  }
  if (start === end) inflater.push(new Uint8Array(0), true);
}
