import { describe, expect, it } from "vitest";
import { legalSheetName, legalTableName, sheetNameProblem } from "../../../src/core/plan/sheetName";
import {
  columnIndex,
  columnLetter,
  parseAddress,
  parseSheetReference,
} from "../../../src/core/model/address";

describe("sheet names", () => {
  it.each([
    ["台账汇总", [], null],
    ["", [], "empty"],
    ["a".repeat(32), [], "tooLong"],
    ["问题/整改", [], "forbiddenCharacter"],
    ["x[1]", [], "forbiddenCharacter"],
    ["'引号", [], "apostrophe"],
    ["Summary", ["SUMMARY"], "duplicate"],
  ] as const)("%s among %j → %s", (name, existing, problem) => {
    expect(sheetNameProblem(name, existing)).toBe(problem);
  });

  it("repairs and makes names unique ignoring case, cutting by character", () => {
    expect(legalSheetName("问题:整改/台账?*")).toBe("问题_整改_台账__");
    expect(legalSheetName("台账汇总", ["台账汇总"])).toBe("台账汇总 (2)");
    expect(legalSheetName("Sheet", ["sheet", "SHEET (2)"])).toBe("Sheet (3)");
    const long = "帮".repeat(40);
    const name = legalSheetName(long, [long.slice(0, 31)]);
    expect([...name].length).toBe(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });

  it("makes table names Excel accepts", () => {
    expect(legalTableName("问题整改台账_表")).toBe("问题整改台账_表");
    expect(legalTableName("1 表")).toBe("_1_表");
    expect(legalTableName("A1")).toBe("_A1");
  });

  it("converts columns and addresses", () => {
    expect([0, 25, 26, 16_383].map(columnLetter)).toEqual(["A", "Z", "AA", "XFD"]);
    expect(columnIndex("XFD")).toBe(16_383);
    expect(parseAddress("'我的 表'!$B$3:$D$10")).toEqual({
      row: 2,
      column: 1,
      rowCount: 8,
      columnCount: 3,
    });
  });
});

describe("references in defined names", () => {
  it.each([
    [
      "台账汇总!$A$1",
      { sheet: "台账汇总", area: { row: 0, column: 0, rowCount: 1, columnCount: 1 } },
    ],
    [
      "'5月汇总（已上报）'!$A$1:$B$9",
      { sheet: "5月汇总（已上报）", area: { row: 0, column: 0, rowCount: 9, columnCount: 2 } },
    ],
    [
      "='it''s'!$I$3:$I$40",
      { sheet: "it's", area: { row: 2, column: 8, rowCount: 38, columnCount: 1 } },
    ],
    ["#REF!", null],
    ["=#REF!$A$1", { sheet: "#REF", area: { row: 0, column: 0, rowCount: 1, columnCount: 1 } }],
    ["=TRUE", null],
  ])("%s", (text, expected) => {
    expect(parseSheetReference(text)).toEqual(expected);
  });
});
