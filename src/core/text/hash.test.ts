import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint, fingerprintRows, hashString } from "./hash";

/**
 * The fingerprint as defined (and stored in workbooks by earlier versions): the two hashes of the
 * grid's canonical text — each row's values as JSON joined by U+0001, trailing empties dropped,
 * rows joined by U+0002, trailing empty rows dropped — the second with U+0003 before it.
 */
function definedFingerprint(grid: readonly (readonly unknown[])[]): string {
  const rows = grid.map((row) => {
    const cells = row.map((v) =>
      v === null || v === undefined || v === "" ? "" : JSON.stringify(v),
    );
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u0001");
  });
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  const text = rows.join("\u0002");
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, "0");
  return hex(hashString(text)) + hex(hashString(`\u0003${text}`));
}

const value = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "",
    "整改措施：开展培训",
    "C:\\目录",
    '说"明"',
    "换行\n",
    "😀",
    "\ud800",
    "\t",
    "\u2028",
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe("fingerprint", () => {
  it("is unchanged for what earlier versions stored", () => {
    expect(
      fingerprint([
        ["问题编号", "整改措施", 3],
        [],
        ['a"b\\c\n', 44197.5, true, null, ""],
        ["", ""],
      ]),
    ).toBe("e1f649e27d4b34cf");
    expect(fingerprint([])).toBe("ab3e7c0bdbec035d");
  });

  it("is the hash of the canonical text, for any grid (escapes, surrogates, empties)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }), (grid) => {
        expect(fingerprint(grid)).toBe(definedFingerprint(grid));
      }),
      { numRuns: 500 },
    );
  });

  it("row by row gives the grid's fingerprint; trailing empty rows and cells do not count", () => {
    const grid = [
      ["甲", 1],
      ["乙", "", null],
    ];
    expect(fingerprintRows(grid.length, (r) => grid[r] ?? [])).toBe(fingerprint(grid));
    expect(fingerprint([...grid, [], ["", null]])).toBe(fingerprint([["甲", 1], ["乙"]]));
    expect(fingerprint([["甲"]])).not.toBe(fingerprint([["乙"]]));
  });
});
