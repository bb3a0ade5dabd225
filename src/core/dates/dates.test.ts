import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumber,
  daysBetween,
  formatDateEn,
  formatDateZh,
  isIsoDate,
  monthKey,
  quarterKey,
} from "./index";

describe("ISO dates", () => {
  it.each([
    ["2021-06-30", true],
    ["2020-02-29", true],
    ["2021-02-29", false],
    ["2021-6-30", false],
    ["2021年6月30日", false],
  ])("isIsoDate(%s) = %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it.each([
    ["2021-06-30", 1, "2021-07-01"],
    ["2021-03-01", -1, "2021-02-28"],
    ["2020-12-31", 1, "2021-01-01"],
    ["2021-06-30", 0, "2021-06-30"],
    ["nonsense", 3, null],
  ])("addDays(%s, %i) = %s", (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it.each([
    ["2021-06-01", "2021-06-30", 29],
    ["2021-06-30", "2021-06-01", -29],
    ["2020-01-01", "2021-01-01", 366],
    ["2021-06-01", "", null],
  ])("daysBetween(%s, %s) = %s", (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each([
    ["2021-01-15", "2021-01", "2021-Q1"],
    ["2021-06-30", "2021-06", "2021-Q2"],
    ["2021-07-01", "2021-07", "2021-Q3"],
    ["2021-12-31", "2021-12", "2021-Q4"],
    ["x", null, null],
  ])("periods of %s", (iso, month, quarter) => {
    expect([monthKey(iso), quarterKey(iso)]).toEqual([month, quarter]);
  });

  it.each([
    ["2021-06-30", "2021年6月30日", "30 June 2021"],
    ["2021-07-01", "2021年7月1日", "1 July 2021"],
    ["长期坚持", "长期坚持", "长期坚持"],
  ])("formats %s", (iso, zh, en) => {
    expect([formatDateZh(iso), formatDateEn(iso)]).toEqual([zh, en]);
  });
});

describe("isIsoDate and dayNumber", () => {
  it.each([
    ["2020-02-29", true],
    ["2021-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2021-04-31", false],
    ["2021-12-31", true],
    ["2021-13-01", false],
    ["2021-00-10", false],
    ["2021-06-00", false],
    ["2021-6-05", false],
    ["2021/06/05", false],
    ["２０２１-06-05", false],
    ["2021-06-05 ", false],
  ])("%s is a real ISO date: %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
    expect(dayNumber(text) !== null).toBe(expected);
  });

  it("agrees with the JavaScript calendar on every day of 1899–1901 and 1999–2001", () => {
    for (const start of ["1899-01-01", "1999-01-01"]) {
      const first = dayNumber(start) ?? Number.NaN;
      for (let day = first; day < first + 3 * 366; day++) {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isIsoDate(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(day);
      }
    }
  });
});
