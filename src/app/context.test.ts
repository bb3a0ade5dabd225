import { describe, expect, it } from "vitest";
import { contextYearOf, localToday } from "./context";

describe("the app context", () => {
  it("reads today as the local date, late evening included", () => {
    expect(localToday(new Date(2021, 5, 30, 23, 59))).toBe("2021-06-30");
    expect(localToday(new Date(2021, 0, 1, 0, 0))).toBe("2021-01-01");
  });

  it("takes the chosen year for yearless dates, else today's", () => {
    const today = () => "2026-12-04";
    expect(contextYearOf({ lang: "zh", today })).toBe(2026);
    expect(contextYearOf({ lang: "zh", today, year: 2021 })).toBe(2021);
  });
});
