// The scan keeps item states in typed arrays (scan.ts, compactStates): what it gives back must be
// exactly what itemStateReader says of the row, whichever part is read first and in any order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { dayNumber } from "../dates/iso";
import { itemStateReader } from "./itemState";
import { scanLedger } from "./scan";

const date = fc
  .date({ min: new Date("2020-06-01"), max: new Date("2022-06-30"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const rowArbitrary = fc.tuple(
  fc.constantFrom("done", "inProgress", "notStarted", "closed", "已完成（6月）", "乱写", null),
  // 长期坚持 is open-ended, 立行立改 due at once (made below), "六月底" no date at all.
  fc.oneof(date, fc.constantFrom("长期坚持", "立行立改", "六月底", null)),
  fc.option(date, { nil: null }),
  fc.constantFrom("是", "否", null),
  fc.option(date, { nil: null }),
);

type Row = [string | null, string | null, string | null, string | null, string | null];

function ledgerOf(rows: Row[], columns: "all" | "statusOnly" | "none") {
  const fields = [
    ["status", "status"],
    ["deadline", "deadline"],
    ["doneDate", "doneDate"],
    ["closed", "closed"],
    ["closedDate", "closedDate"],
  ] as const;
  const kept = columns === "all" ? fields : columns === "statusOnly" ? fields.slice(0, 2) : [];
  const ledger = testLedger(
    "problem",
    [...kept.map(([name, role]): [string, (typeof fields)[number][1]] => [name, role])],
    rows.map((row) => row.slice(0, kept.length)),
  );
  for (const row of ledger.rows) {
    const cell = row.cells.deadline;
    if (cell?.value === "立行立改") row.cells.deadline = { ...cell, value: null, immediate: true };
  }
  return ledger;
}

describe("a scan's item states", () => {
  it("are itemStateReader's, part by part and whole, read in any order", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 40 }),
        fc.constantFrom("2021-03-31", "2021-06-30", "2021-12-31", ""),
        fc.constantFrom("all", "statusOnly", "none") as fc.Arbitrary<"all" | "statusOnly" | "none">,
        fc.array(fc.nat(), { maxLength: 80 }),
        (rows, asOf, columns, order) => {
          const ledger = ledgerOf(rows, columns);
          const scan = scanLedger(ledger, { asOf });
          const read = itemStateReader(ledger, asOf);
          // Parts first for some rows in a random order, so both ways of filling the cache run.
          const parts = (index: number) => {
            const expected = read(ledger.rows[index]!);
            const day = expected.deadline === null ? null : dayNumber(expected.deadline);
            expect(scan.overdue(index)).toBe(expected.overdue);
            expect(scan.daysLeft(index)).toBe(expected.daysLeft);
            expect(scan.doneLate(index)).toBe(expected.doneLate);
            expect(scan.dueAtOnce(index)).toBe(expected.dueAtOnce);
            expect(scan.deadlineDay(index)).toBe(day);
            expect(scan.deadline(index)).toBe(expected.deadline);
          };
          if (rows.length > 0) for (const n of order) parts(n % rows.length);
          ledger.rows.forEach((row, index) => {
            expect(scan.state(index)).toEqual(read(row));
            parts(index);
          });
        },
      ),
    );
  });

  it("tells an unknown deadline from an invalid as-of date's endless overdue", () => {
    const ledger = ledgerOf([["notStarted", "2021-06-01", null, null, null]], "all");
    const scan = scanLedger(ledger, { asOf: "" });
    expect(scan.daysLeft(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(scan.overdue(0)).toBe(true);
    expect(scan.state(0)).toEqual(itemStateReader(ledger, "")(ledger.rows[0]!));
  });
});
