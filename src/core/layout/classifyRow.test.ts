import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../model/cell";
import { compactText, isEmptyCell } from "../text";
import { classifyRow, FOOTER, TOTAL } from "./classifyRow";

/** The classification by the patterns alone, on every filled cell among the first three. */
function byPatterns(row: Cell[], width: number): string {
  let seen = 0;
  for (let c = 0; c < Math.max(width, row.length) && seen < 3; c++) {
    const cell = row[c];
    if (isEmptyCell(cell)) continue;
    if (typeof cell === "string") {
      const text = compactText(cell);
      if (seen === 0 && FOOTER.test(text)) return "footer";
      if (TOTAL.test(text)) return "total";
    }
    seen += 1;
  }
  return seen === 0 ? "blank" : "data";
}

describe("classifyRow", () => {
  it.each<[Cell[], string]>([
    [["合计", null, 12], "total"],
    [["合 计", null, 12], "total"],
    [["1", "小计：", 3], "total"],
    [["全州合计（10个院）"], "total"],
    [["注：本表每月报送"], "footer"],
    [["注1、时限以文件为准"], "footer"],
    [["填表人：张三", "审核人：李四"], "footer"],
    [["小金县人民检察院", "队伍", "2021-06-30"], "data"],
    [["全州县院", "合计"], "total"],
    [["P1", "平武县院", "总体要求"], "data"],
    [[null, "", "  "], "blank"],
    // Totals named for their scope, and the ends of forms offices print: these were data rows,
    // one more measure each (以下空白 as a 问题编号), 制表：张三 an item of its own.
    [["全县合计", null, 12], "total"],
    [["全院合计", null, 12], "total"],
    [["本页小计", null, 3], "total"],
    [["本月合计", null, 3], "total"],
    [["以下空白"], "footer"],
    [["（以下空白）"], "footer"],
    [["以下无内容"], "footer"],
    [["制表：张三", "审核：李四"], "footer"],
    [["填报：政治部"], "footer"],
    [["单位负责人签字："], "footer"],
    [["附：佐证材料清单"], "footer"],
    [["本院", "队伍", "2021-06-30"], "data"],
    [["以下问题已整改", "队伍", "2021-06-30"], "data"],
  ])("%j is %s", (row, expected) => {
    expect(classifyRow(row, 3)).toBe(expected);
  });

  it("tells every row as the footer and total patterns alone would", () => {
    const units = [
      ..."注备说明填表人审核联系电话负责单位合计小总院均平累共数全省市州金县本页月以下空白无内容制附签字1２:：、.(（ a\u3000\u00a0\t",
    ];
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string({ unit: fc.constantFrom(...units), maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 5 }), fc.nat(5), (row, width) => {
        expect(classifyRow(row, width)).toBe(byPatterns(row, width));
      }),
      { numRuns: 5000 },
    );
  });
});
