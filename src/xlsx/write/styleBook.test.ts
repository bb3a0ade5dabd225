// The sheet writer skips asking the style book for a cell that looks like the one above it
// (sameLook): sameLook must tell apart every two looks the book tells apart.
import { describe, expect, it } from "vitest";
import { StyleBook, sameLook, type CellStyle } from "./styleBook";

const base: CellStyle = { numberFormat: "0", bold: true, fill: "#D9E1F2" };
const others: CellStyle[] = [
  { ...base, numberFormat: "0.00" },
  { ...base, bold: false },
  { numberFormat: "0", fill: "#D9E1F2" },
  { ...base, underline: true },
  { ...base, fontSize: 14 },
  { ...base, fontColor: "#0563C1" },
  { ...base, fill: "#E2EFDA" },
  { ...base, wrap: true },
  { ...base, horizontal: "Center" },
];

describe("sameLook", () => {
  it("is true for a look with the same fields, whatever object holds them", () => {
    expect(sameLook(base, { fill: "#D9E1F2", bold: true, numberFormat: "0" })).toBe(true);
    expect(sameLook({}, {})).toBe(true);
  });

  it.each(others.map((look) => [JSON.stringify(look), look]))(
    "is false where the style book gives another style: %s",
    (_name, look) => {
      const book = StyleBook.empty();
      expect(book.cellStyle(look as CellStyle)).not.toBe(book.cellStyle(base));
      expect(sameLook(base, look as CellStyle)).toBe(false);
    },
  );
});
