// Array constants in formulas, as Excel evaluates them in an ordinary cell: a function expecting
// one value runs per element, operators pair elements, SUMPRODUCT/MIN/LOOKUP take arrays whole.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "..";

async function shown(formula: string, a1 = "") {
  const fx = await createFakeExcel({
    workbook: { sheets: [{ name: "S", cells: [[a1]] }], formulaEngine: "basic" },
  });
  return fx.workbook.evaluateFormula(formula, "S", "B1");
}

describe("array constants in formulas", () => {
  it.each([
    // The classic first-separator search: FIND per element, MIN over the results.
    // A full-width bracket is not "(": the first separator is the comma, the eighth character.
    ['=MIN(FIND({"(",","},A1&"(,"))', "已完成（6月）,好", 8],
    ['=MIN(FIND({"(",","},A1&"(,"))', "已完成(6月)", 4],
    ['=SUMPRODUCT(--(LEFT(A1,LEN({"未","完成"}))={"未","完成"}))', "完成很好", 1],
    ['=SUMPRODUCT(--(LEFT(A1,LEN({"未","完成"}))={"未","完成"}))', "正在推进", 0],
    ['=LOOKUP(1E+100,--MID(A1,FIND("%",A1)-{1,2,3,4},{1,2,3,4}))', "已完成80%", 80],
    ['=LOOKUP(1E+100,--MID(A1,FIND("%",A1)-{1,2,3,4},{1,2,3,4}))', "完成100%", 100],
    ["=ASC(A1)", "完成８０％（６月）", "完成80%(6月)"],
    ["=A1&UNICHAR(160)&CHAR(10)", "x", "x\u00a0\n"],
    ["=MIN({3,1,2})", "", 1],
  ])("%s on %j shows %j", async (formula, a1, expected) => {
    expect(await shown(formula, a1)).toEqual(expected);
  });

  it("shows an array's first element in the cell, and an error inside MIN's array as the result", async () => {
    expect(await shown('={"a","b"}&"!"')).toBe("a!");
    expect(await shown('=MIN(FIND({"z"},A1))', "abc")).toBe("#VALUE!");
  });
});
