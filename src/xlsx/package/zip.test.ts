import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32 } from "./crc32";
import { DeflatingEntry, entryOf, inflateEntry, readZip, writeZip } from "./zip";

describe("zip", () => {
  it("computes the zip checksum", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
  });

  it("copies entries as stored and writes archives other readers open", () => {
    const source = zipSync({
      "a.xml": strToU8("<a>台账</a>".repeat(100)),
      "b/c.bin": [new Uint8Array([1, 2, 3]), { level: 0 }],
    });
    const entries = readZip(source);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ["a.xml", 8],
      ["b/c.bin", 0],
    ]);
    const out = writeZip([...entries, entryOf("new.xml", strToU8("<n/>"))]);
    const files = unzipSync(out);
    expect(new TextDecoder().decode(files["a.xml"])).toBe("<a>台账</a>".repeat(100));
    expect([...(files["b/c.bin"] ?? [])]).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(files["new.xml"])).toBe("<n/>");
    // The copied entry is byte for byte the compressed data it was.
    const again = readZip(out);
    expect(again[0]?.data).toEqual(entries[0]?.data);
    expect(new TextDecoder().decode(inflateEntry(again[2]!))).toBe("<n/>");
  });

  it("refuses bytes that are no zip", () => {
    expect(() => readZip(strToU8("PK not really a zip archive at all"))).toThrow(/zip/);
  });

  it("deflates text written piece by piece as the UTF-8 of the whole text", () => {
    // Short ASCII and CJK pieces, a character outside the BMP, an ASCII piece that turns into
    // CJK midway, and pieces longer than the buffer: many buffers' worth in all.
    const pieces: string[] = [];
    for (let i = 0; i < 60_000; i++)
      pieces.push(`<c r="A${i}">`, "整改中", String(i / 3), "ok台账😀", "</c>");
    pieces.push("x".repeat(700_000), "台".repeat(300_000), "<end/>");
    const entry = new DeflatingEntry("part.xml");
    for (const piece of pieces) entry.write(piece);
    const stored = entry.end();
    const bytes = new TextEncoder().encode(pieces.join(""));
    expect(stored.size).toBe(bytes.length);
    expect(stored.crc).toBe(crc32(bytes));
    // Compared as Buffers: a deep equality over megabytes element by element is too slow.
    expect(Buffer.from(inflateEntry(stored)).equals(Buffer.from(bytes))).toBe(true);
  });
});
