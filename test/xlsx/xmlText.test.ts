import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, decodeUtf8, decodeXstring } from "../../src/xlsx/xmlText";

describe("text inside workbook parts", () => {
  it("decodes short UTF-8 runs exactly as TextDecoder does, malformed bytes included", () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(bytes, 0, bytes.length)).toBe(decoder.decode(bytes));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(decodeUtf8(bytes, 0, bytes.length)).toBe(text);
      }),
    );
  });

  it.each([
    ["A &amp; B &lt;1&gt; &quot;x&quot; &apos;y&apos;", "A & B <1> \"x\" 'y'"],
    ["&#38469;&#x9662;", "际院"],
    ["&nbsp; &#0; &#x110000;", "&nbsp; \uFFFD \uFFFD"],
  ])("expands XML's entities in %j and nothing else", (raw, text) => {
    expect(decodeEntities(raw)).toBe(text);
  });

  it.each([
    ["第一行_x000D__x000A_第二行", "第一行\r\n第二行"],
    ["_x005F_x0041_", "_x0041_"],
    ["x_1_y", "x_1_y"],
  ])("decodes SpreadsheetML's escapes in %j", (raw, text) => {
    expect(decodeXstring(raw)).toBe(text);
  });
});
