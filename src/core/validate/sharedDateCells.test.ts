import { describe, expect, it } from "vitest";
import { readLedger } from "../read/readLedger";
import type { SheetInput } from "../model/cell";
import { sharedDateCell } from "./sharedDateCells";

/** A 资金台账 paid on the days `serials`, formatted as dates. */
function paid(serials: number[], options: { date1904?: boolean } = {}): SheetInput {
  return {
    name: "资金台账",
    values: [
      ["援助单位", "受援院", "金额", "拨付日期", "用途"],
      ...serials.map((serial) => ["省院", "阿坝县院", 5, serial, "办案设备"]),
    ],
    numberFormats: [["", "", "", "", ""], ...serials.map(() => ["", "", "0.00", "yyyy-mm-dd", ""])],
    ...options,
  };
}

const datesOf = (sheet: SheetInput) =>
  readLedger(sheet, { kind: "funding" }).rows.map((row) => row.cells.date!);

describe("date cells typed as serials", () => {
  it("are one frozen object per day across sheets read apart (every office's deadline)", () => {
    const [first] = datesOf(paid([44377]));
    const [, again] = datesOf(paid([44378, 44377]));
    expect(again).toBe(first);
    expect(first).toEqual({ text: "44377", raw: 44377, value: "2021-06-30" });
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("read each sheet's own date system: the same serial in a 1904 workbook is another day", () => {
    const [in1900] = datesOf(paid([44377]));
    const [in1904] = datesOf(paid([44377], { date1904: true }));
    expect(in1900!.value).toBe("2021-06-30");
    expect(in1904!.value).toBe("2025-07-01");
    expect(in1904).not.toBe(in1900);
  });

  it("hand the first cell of a reading to every equal one after it; other readings and flagged ones stay apart", () => {
    const reading = { text: "44000", raw: 44000, value: "2020-06-18" };
    const number = { text: "44000", raw: 44000, value: 44000 };
    expect(sharedDateCell(reading)).toBe(reading);
    expect(sharedDateCell({ ...reading })).toBe(reading);
    expect(sharedDateCell(number)).toBe(number);
    const open = { text: "44000", raw: 44000, value: "2020-06-18", approximate: true };
    expect(sharedDateCell(open)).toBe(open);
    expect(Object.isFrozen(open)).toBe(false);
  });
});
