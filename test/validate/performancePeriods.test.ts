import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/model/cell";
import { readLedger } from "../../src/core/read";

// 绩效考评: periods written every way offices write them read to one key, so the rollups group
// and order them; the cell keeps what was typed.
const values: Cell[][] = [
  ["院", "市州", "考评期间", "指标名称", "指标值", "指标方向"],
  ["阿坝县院", "阿坝州", "2021年第二季度", "绩效得分", 85, "越高越好"],
  ["甘洛县院", "凉山州", "2021年二季度", "绩效得分", 80, "越高越好"],
  ["德格县院", "甘孜州", "2021-Q2", "绩效得分", 78, "越高越好"],
  ["红原县院", "阿坝州", "2021Q2", "绩效得分", 70, "越高越好"],
  ["阿坝县院", "阿坝州", "2021年6月", "案-件比", 1.2, "越低越好"],
  ["甘洛县院", "凉山州", "2021-06", "案-件比", 1.3, "越低越好"],
  ["阿坝县院", "阿坝州", "2021年上半年", "公开听证", 2, "越高越好"],
  ["阿坝县院", "阿坝州", "2021年度", "公开听证", 5, "越高越好"],
  ["甘洛县院", "凉山州", "二季度", "公开听证", 1, "越高越好"],
  ["阿坝县院", "阿坝州", "2021-Q2", "绩效得分", 86, "越高越好"],
];

describe("performance periods", () => {
  const result = readLedger({ name: "绩效", values });

  it("reads each period to its key, keeping the text", () => {
    expect(result.kind).toBe("performance");
    expect(result.rows.map((r) => r.cells.period)).toEqual([
      { text: "2021年第二季度", raw: "2021年第二季度", value: "2021-Q2" },
      { text: "2021年二季度", raw: "2021年二季度", value: "2021-Q2" },
      { text: "2021-Q2", raw: "2021-Q2", value: "2021-Q2" },
      { text: "2021Q2", raw: "2021Q2", value: "2021-Q2" },
      { text: "2021年6月", raw: "2021年6月", value: "2021-06" },
      { text: "2021-06", raw: "2021-06", value: "2021-06" },
      { text: "2021年上半年", raw: "2021年上半年", value: "2021-H1" },
      { text: "2021年度", raw: "2021年度", value: "2021" },
      { text: "二季度", raw: "二季度", value: null },
      { text: "2021-Q2", raw: "2021-Q2", value: "2021-Q2" },
    ]);
  });

  it("reports a period without a year, and the same office, period and indicator twice", () => {
    expect(result.errors).toEqual([
      {
        type: "type-error",
        rowNumber: 10,
        fieldNumber: 3,
        fieldName: "period",
        cell: "二季度",
        message: {
          zh: "C10“期间”无法识别为考评期间（如2021年第二季度、2021年6月、2021年上半年、2021年度）：“二季度”",
          en: 'C10 "期间": "二季度" is not a valid period (e.g. 2021-Q2, 2021-06, 2021-H1, 2021)',
        },
        details: { expected: "period" },
      },
      {
        type: "primary-key",
        rowNumber: 11,
        fieldNumber: null,
        fieldName: null,
        cell: "阿坝县人民检察院 / 2021-Q2 / 绩效得分",
        message: {
          zh: "第11行（阿坝县人民检察院 / 2021-Q2 / 绩效得分）与第2行重复，同一事项只应填写一行",
          en: "Row 11: primary key (阿坝县人民检察院 / 2021-Q2 / 绩效得分) repeats row 2",
        },
        details: { key: "阿坝县人民检察院 / 2021-Q2 / 绩效得分", other: 2 },
      },
    ]);
    expect(result.errorCounts).toEqual({ "type-error": 1, "primary-key": 1 });
  });
});
