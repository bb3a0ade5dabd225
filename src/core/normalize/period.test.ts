import { describe, expect, it } from "vitest";
import { comparePeriods } from "../dates";
import { parsePeriodLabel } from "./period";

describe("parsePeriodLabel", () => {
  it.each([
    ["2021年第二季度", "2021-Q2"],
    ["2021年二季度", "2021-Q2"],
    ["2021第2季度", "2021-Q2"],
    ["2021年第二季度末", "2021-Q2"],
    ["2021-Q2", "2021-Q2"],
    ["2021Q2", "2021-Q2"],
    ["2021q4", "2021-Q4"],
    ["２０２１年　第四季度", "2021-Q4"],
    ["二〇二一年第三季度", "2021-Q3"],
    ["2021年6月", "2021-06"],
    ["2021年6月份", "2021-06"],
    ["2021年十二月", "2021-12"],
    ["2021-06", "2021-06"],
    ["2021.6", "2021-06"],
    ["2021/06", "2021-06"],
    ["2021年上半年", "2021-H1"],
    ["2021下半年", "2021-H2"],
    ["2021-H1", "2021-H1"],
    ["2021年度", "2021"],
    ["2021年", "2021"],
    ["2021", "2021"],
    [2021, "2021"],
  ])("reads %s as %s", (cell, key) => {
    expect(parsePeriodLabel(cell)).toEqual({ ok: true, value: key });
  });

  it.each([
    ["二季度", "no year"],
    ["上半年", "no year"],
    ["2021-13", "no 13th month"],
    ["2021年第5季度", "no 5th quarter"],
    ["2021年abc", "not a period"],
    ["第二季度2021", "year after the period"],
    [2021.06, "2021.06 as a number cannot be told from 2021.6"],
    [true, "not text"],
  ])("refuses %s (%s)", (cell, _why) => {
    expect(parsePeriodLabel(cell)).toEqual({ ok: false });
  });

  it.each([[null], [""], ["无"], ["—"]])("reads %s as missing", (cell) => {
    expect(parsePeriodLabel(cell)).toEqual({ ok: true, value: null });
  });

  // dates/comparePeriods orders by year, then first month, then length: 2021 starts in January.
  it("gives keys the rollups' period order sorts in calendar order", () => {
    const keys = ["2021年度", "2021年第二季度", "2020年下半年", "2021年1月", "2021-Q1"].map(
      (text) => (parsePeriodLabel(text) as { value: string }).value,
    );
    expect(keys).toEqual(["2021", "2021-Q2", "2020-H2", "2021-01", "2021-Q1"]);
    expect([...keys].sort(comparePeriods)).toEqual([
      "2020-H2",
      "2021-01",
      "2021-Q1",
      "2021",
      "2021-Q2",
    ]);
  });
});
