import { describe, expect, it } from "vitest";
import { fingerprint, fingerprintRows } from "../text";
import { plannedGrid, plannedRows } from "./plannedGrid";
import { emptySheetPlan, type OwnedSheetPlan } from "./types";

/** Blocks that overlap and leave gaps, a formula column over part of them, odd-length texts. */
function sheetPlan(): OwnedSheetPlan {
  const sheet = emptySheetPlan("merged:problem", "问题整改台账（合并）");
  sheet.blocks.push(
    { row: 0, column: 0, values: [["问题整改台账（合并：2个文件，3行）"]] },
    {
      row: 2,
      column: 0,
      values: [
        ["来源文件", "问题编号", "问题描述"],
        ["院1.xlsx", "WT-1", "整改中，（一）"],
        ["院2.xlsx", null, "=SUM(A1)"],
        [],
        ["院2.xlsx", "WT-3", 44288, true],
      ],
    },
    { row: 4, column: 1, values: [["覆盖", ""]] },
    { row: 10, column: 3, values: [[1.5, null, "a"]] },
  );
  sheet.formulas.push({ row: 3, column: 5, rowCount: 3, formulaR1C1: "=RC[-1]" });
  return sheet;
}

describe("plannedRows", () => {
  it("gives the rows plannedGrid gives", () => {
    const grid = plannedGrid(sheetPlan());
    const rows = plannedRows(sheetPlan());
    const made = Array.from({ length: rows.count }, (_, r) => rows.at(r));
    expect(made.slice(0, grid.length)).toEqual(grid);
    expect(made.slice(grid.length).every((row) => row.length === 0)).toBe(true);
  });

  it("takes the same fingerprint as the whole grid", () => {
    const rows = plannedRows(sheetPlan());
    expect(fingerprintRows(rows.count, (r) => rows.at(r))).toBe(
      fingerprint(plannedGrid(sheetPlan())),
    );
  });
});

describe("fingerprintRows", () => {
  it.each([
    ["no rows", []],
    ["empty rows only", [[], [null, ""]]],
    ["an odd number of code units", [["甲"], [1]]],
    ["empty rows between and after", [["a", null, "b"], [], [null, 2], [""], []]],
  ])("is the fingerprint of the grid: %s", (_name, grid: unknown[][]) => {
    expect(fingerprintRows(grid.length, (r) => grid[r] ?? [])).toBe(
      // The grid's canonical text as one string, as fingerprints were first taken.
      oneString(grid),
    );
  });
});

/** The fingerprint computed over the canonical text in one piece (the definition). */
function oneString(values: unknown[][]): string {
  const hash = (text: string) => {
    let h = 0x811c9dc5 ^ text.length;
    const pairs = text.length & ~1;
    for (let i = 0; i < pairs; i += 2)
      h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
    if (pairs < text.length) h = Math.imul(h ^ text.charCodeAt(pairs), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, "0");
  };
  const rows = values.map((row) => {
    const cells = row.map((v) => (v === null || v === "" ? "" : JSON.stringify(v)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u0001");
  });
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  const text = rows.join("\u0002");
  return hash(text) + hash(`\u0003${text}`);
}
