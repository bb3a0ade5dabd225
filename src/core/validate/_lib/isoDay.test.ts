import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../dates/iso";
import { isIsoDay } from "./isoDay";

describe("isIsoDay", () => {
  it("accepts real days from 1900 to 2999 and nothing else", () => {
    for (const text of ["2021-01-01", "2021-12-31", "2020-02-29", "2000-02-29", "1900-01-01"])
      expect(isIsoDay(text)).toBe(true);
    for (const text of [
      "2021-02-29",
      "1900-02-29",
      "2021-04-31",
      "2021-13-01",
      "2021-00-10",
      "2021-01-00",
      "1899-12-31",
      "3000-01-01",
      "2021/01/01",
      "2021-1-01",
      "２０２１-01-01",
      "",
    ])
      expect(isIsoDay(text)).toBe(false);
  });

  it("agrees with the shared ISO check on every day of four years, and a day past each month", () => {
    for (const year of [1900, 2000, 2021, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isIsoDay(text), text).toBe(isIsoDate(text));
        }
      }
    }
  });
});
