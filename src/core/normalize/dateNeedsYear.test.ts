import { describe, expect, it } from "vitest";
import { dateNeedsYear } from "./dateNeedsYear";

describe("dateNeedsYear", () => {
  it.each([
    ["3月底", true],
    ["年底前", true],
    ["上半年", true],
    ["第三季度", true],
    ["6月15日", true],
    ["2月29日", true],
    ["3月至6月", true],
    ["2021年3月底", false],
    ["2021-03-31", false],
    ["2021年第三季度", false],
    ["长期坚持", false],
    ["某天", false],
    ["", false],
    [44256, false],
    [null, false],
  ])("%s → %s", (cell, expected) => {
    expect(dateNeedsYear(cell)).toBe(expected);
  });
});
