import { describe, expect, it } from "vitest";
import {
  MAX_CELL_TEXT,
  MAX_HYPERLINKS,
  MAX_PAGE_BREAKS,
  fitCellText,
  fitPageBreaks,
  withinExcelLimits,
} from "./excelLimits";
import { emptySheetPlan } from "./types";

describe("fitCellText", () => {
  it("keeps a text a cell holds and cuts a longer one to 32,767 characters ending in …", () => {
    const full = "字".repeat(MAX_CELL_TEXT);
    expect(fitCellText(full)).toBe(full);
    expect(fitCellText(full + "多")).toBe(`${"字".repeat(MAX_CELL_TEXT - 1)}…`);
  });

  it("never keeps half of a surrogate pair", () => {
    const cut = fitCellText("a" + "😀".repeat(MAX_CELL_TEXT));
    expect(cut).toBe(`a${"😀".repeat((MAX_CELL_TEXT - 3) / 2)}…`);
    expect(cut.length).toBe(MAX_CELL_TEXT - 1);
  });
});

describe("fitPageBreaks", () => {
  it("gives the rows as they are when in order, once each, below the first row and few enough", () => {
    const rows = [3, 9, 20];
    expect(fitPageBreaks(rows)).toBe(rows);
  });

  it("sorts, drops repeats and row 0, and keeps the first 1,026", () => {
    expect(fitPageBreaks([9, 0, 3, 9])).toEqual([3, 9]);
    const many = Array.from({ length: 1_100 }, (_, i) => 1_100 - i);
    const kept = fitPageBreaks(many);
    expect(kept).toHaveLength(MAX_PAGE_BREAKS);
    expect(kept[0]).toBe(1);
    expect(kept.at(-1)).toBe(MAX_PAGE_BREAKS);
  });
});

describe("withinExcelLimits", () => {
  it("gives the plan itself when nothing is over a limit", () => {
    const sheet = emptySheetPlan("s", "表");
    sheet.blocks.push({ row: 0, column: 0, values: [["a".repeat(MAX_CELL_TEXT), 1, null]] });
    sheet.print = { breaksBefore: [2, 4] };
    expect(withinExcelLimits(sheet)).toBe(sheet);
  });

  it("cuts only the long texts, copies only their rows, and leaves the plan it was given as it was", () => {
    const sheet = emptySheetPlan("s", "表");
    const long = "长".repeat(MAX_CELL_TEXT + 5);
    const kept = ["短", 2];
    sheet.blocks.push(
      { row: 0, column: 0, values: [kept, [long, 3]], columnFormats: ["@", null] },
      { row: 5, column: 0, values: [["x"]] },
    );
    const fitted = withinExcelLimits(sheet);
    expect(fitted.blocks[0]?.values[0]).toBe(kept);
    expect(fitted.blocks[0]?.values[1]).toEqual([fitCellText(long), 3]);
    expect(fitted.blocks[0]?.columnFormats).toEqual(["@", null]);
    expect(fitted.blocks[1]).toBe(sheet.blocks[1]);
    expect(sheet.blocks[0]?.values[1]?.[0]).toBe(long);
  });

  it("keeps the first 65,530 links, their texts cut, and the first 1,026 page breaks", () => {
    const sheet = emptySheetPlan("s", "表");
    for (let i = 0; i < MAX_HYPERLINKS + 2; i++)
      sheet.hyperlinks.push({ row: i, column: 0, sheet: "台账", address: "A1", text: "A1" });
    sheet.hyperlinks[0]!.text = "链".repeat(MAX_CELL_TEXT + 1);
    sheet.print = {
      breaksBefore: Array.from({ length: 1_030 }, (_, i) => i + 1),
      orientation: "Portrait",
    };
    const fitted = withinExcelLimits(sheet);
    expect(fitted.hyperlinks).toHaveLength(MAX_HYPERLINKS);
    expect(fitted.hyperlinks[0]?.text).toHaveLength(MAX_CELL_TEXT);
    expect(fitted.hyperlinks[1]).toEqual(sheet.hyperlinks[1]);
    expect(fitted.print?.breaksBefore).toHaveLength(MAX_PAGE_BREAKS);
    expect(fitted.print?.orientation).toBe("Portrait");
    expect(sheet.hyperlinks).toHaveLength(MAX_HYPERLINKS + 2);
    expect(sheet.print.breaksBefore).toHaveLength(1_030);
  });
});
