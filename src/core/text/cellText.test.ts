import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyRow } from "../layout/classifyRow";
import { isEmptyCell } from "./cellText";

describe("isEmptyCell", () => {
  it.each([
    [null, true],
    ["", true],
    ["  ", true],
    ["\u3000", true],
    // A non-breaking space or a byte-order mark alone, as cells pasted from web pages hold.
    ["\u00a0", true],
    ["\ufeff", true],
    ["\u00a0\u3000 ", true],
    ["\u2003", true],
    ["无", false],
    ["\u00a0已完成\u00a0", false],
    [0, false],
    [false, false],
  ])("%j → %s", (cell, empty) => {
    expect(isEmptyCell(cell)).toBe(empty);
  });

  it("agrees with trimming on any text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            " ",
            "\t",
            "\n",
            "\u00a0",
            "\u1680",
            "\u2000",
            "\u2028",
            "\u202f",
            "\u205f",
            "\u3000",
            "\ufeff",
            "a",
            "阿",
            "é",
            "\u0085",
          ),
          maxLength: 5,
        }),
        (text) => {
          expect(isEmptyCell(text)).toBe(text.trim() === "");
        },
      ),
    );
  });
});

describe("a row of pasted non-breaking spaces", () => {
  it("is a blank separator, not a data row", () => {
    expect(classifyRow(["\u00a0", "\u00a0 ", "\ufeff"], 3)).toBe("blank");
    expect(classifyRow(["\u00a0P1\u00a0", "\u00a0", "\ufeff"], 3)).toBe("data");
  });
});
