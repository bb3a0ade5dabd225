import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { excelSerialToIso, isoToSerial } from "./serial";

describe("Excel serials and ISO dates", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    // 60 is Excel's 29 February 1900, a day that never was: it reads as the next real day.
    [60, false, "1900-03-01"],
    [61, false, "1900-03-01"],
    [44377, false, "2021-06-30"],
    [44377.75, false, "2021-06-30"],
    [0, true, "1904-01-01"],
    [42915, true, "2021-06-30"],
  ])("serial %d (1904 system: %s) is %s", (serial, date1904, iso) => {
    expect(excelSerialToIso(serial, date1904)).toBe(iso);
  });

  it("writes back the serial it read, for every real day from 1900-03-01 to 2999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 401_768 }), (serial) => {
        expect(isoToSerial(excelSerialToIso(serial))).toBe(serial);
      }),
    );
  });

  it("refuses what is not a date", () => {
    expect(isoToSerial("2021-02-30")).toBeNull();
    expect(isoToSerial("2021年6月30日")).toBeNull();
  });
});
