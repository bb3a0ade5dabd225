import { describe, expect, it } from "vitest";
import { comparePeriods, parsePeriod } from "./periods";

describe("parsePeriod", () => {
  it.each([
    ["2021-Q2", "2021-Q2"],
    ["2021年第二季度", "2021-Q2"],
    ["2021年二季度", "2021-Q2"],
    ["２０２１年第４季度", "2021-Q4"],
    ["2021年6月", "2021-06"],
    ["2021-06", "2021-06"],
    ["2021年上半年", "2021-H1"],
    ["2021年", "2021"],
    ["二季度", null],
  ])("%s → %s", (text, key) => {
    expect(parsePeriod(text)?.key ?? null).toBe(key);
  });

  it("sorts periods in calendar order", () => {
    expect(
      ["2021年第二季度", "2020-Q4", "2021年1月", "2021-Q1", "上期"].sort(comparePeriods),
    ).toEqual(["2020-Q4", "2021年1月", "2021-Q1", "2021年第二季度", "上期"]);
  });
});
