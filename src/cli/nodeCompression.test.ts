import { inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fflateCompression } from "../xlsx/package/compression";
import { crc32 } from "../xlsx/package/crc32";
import { DeflatingEntry, entryOf } from "../xlsx/package/zip";
import { nodeCompression } from "./nodeCompression";

// A part larger than one piece (pieces are deflated one at a time), with Chinese text.
const rows = Array.from(
  { length: 20_000 },
  (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 977}</v></c></row>整改中，（${i}）`,
);
const text = rows.join("");
const bytes = new TextEncoder().encode(text);

describe.each([
  ["Node's zlib", nodeCompression],
  ["fflate", fflateCompression],
])("a part deflated piece by piece with %s", (_name, compression) => {
  it("inflates to the text written, with its CRC-32", () => {
    const entry = new DeflatingEntry("xl/worksheets/sheet1.xml", compression);
    for (const row of rows) entry.write(row);
    const stored = entry.end();
    expect(stored.size).toBe(bytes.length);
    expect(stored.crc).toBe(crc32(bytes));
    expect(stored.compressedSize).toBeLessThan(bytes.length / 4);
    expect(new TextDecoder().decode(inflateSync(stored.data))).toBe(text);
  });
});

describe("a small part given whole (entryOf)", () => {
  it("carries its CRC-32 in both implementations", () => {
    const small = new TextEncoder().encode("<sst>整改中</sst>");
    for (const c of [nodeCompression, fflateCompression]) {
      const entry = entryOf("xl/sharedStrings.xml", small, 6, c);
      expect(entry.crc).toBe(crc32(small));
      expect(inflateSync(entry.data)).toEqual(small);
    }
  });
});

describe("CRC-32 continued from the bytes before", () => {
  it("is the CRC of the whole, in both implementations", () => {
    const cut = 12_345;
    for (const c of [nodeCompression, fflateCompression])
      expect(c.crc32(bytes.subarray(cut), c.crc32(bytes.subarray(0, cut), 0))).toBe(crc32(bytes));
  });
});
