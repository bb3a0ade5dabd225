import { describe, expect, it } from "vitest";
import { ErrorCollector } from "./errorReport";
import type { ErrorType } from "./errorTypes";
import { makeError } from "./makeError";

function error(type: ErrorType, rowNumber: number | null, fieldNumber: number | null) {
  return makeError(type, {
    rowNumber,
    fieldNumber,
    fieldName: fieldNumber === null ? null : `f${fieldNumber}`,
    cell: "",
  });
}

const where = (collector: ErrorCollector) =>
  collector.report().errors.map((e) => [e.type, e.rowNumber, e.fieldNumber]);

/** The sweep's way in: count, and build the record only while there is room. */
function sweep(
  collector: ErrorCollector,
  type: ErrorType,
  row: number | null,
  field: number | null,
) {
  if (collector.count(type)) collector.push(error(type, row, field));
}

function late(collector: ErrorCollector, type: ErrorType, row: number, field: number | null) {
  if (collector.countLate(type, row, field)) collector.pushLate(error(type, row, field));
}

describe("ErrorCollector with errors found after the sweep", () => {
  it("lists the first errors in sheet order when late ones lie above the sweep's", () => {
    const collector = new ErrorCollector(3);
    sweep(collector, "type-error", 5, 2);
    collector.add("constraint-error", () => error("constraint-error", 6, 3));
    sweep(collector, "type-error", 7, 1);
    sweep(collector, "type-error", 8, 1); // beyond the cap: counted, not listed
    late(collector, "primary-key", 2, null);
    late(collector, "unique-error", 6, 1);
    const report = collector.report();
    expect(where(collector)).toEqual([
      ["primary-key", 2, null],
      ["type-error", 5, 2],
      ["unique-error", 6, 1],
    ]);
    expect(report.errorCounts).toEqual({
      "type-error": 3,
      "constraint-error": 1,
      "primary-key": 1,
      "unique-error": 1,
    });
    expect(collector.size).toBe(6);
    expect(report.truncated).toBe(true);
  });

  it("puts header errors first and a row's whole-row error before its cells", () => {
    const collector = new ErrorCollector(3);
    sweep(collector, "type-error", 4, 2);
    late(collector, "primary-key", 4, null);
    collector.push(error("missing-label", null, 3));
    expect(where(collector)).toEqual([
      ["missing-label", null, 3],
      ["primary-key", 4, null],
      ["type-error", 4, 2],
    ]);
  });

  it("is not truncated when every error is listed", () => {
    const collector = new ErrorCollector(3);
    sweep(collector, "type-error", 9, 1);
    late(collector, "unique-error", 3, 2);
    late(collector, "unique-error", 4, 2);
    const report = collector.report();
    expect(report.errors).toHaveLength(3);
    expect(report.truncated).toBe(false);
  });

  it("does not ask for late errors the full list would leave out, but counts them", () => {
    const collector = new ErrorCollector(2);
    sweep(collector, "type-error", 3, 1);
    sweep(collector, "type-error", 4, 2);
    expect(collector.countLate("unique-error", 5, 1)).toBe(false);
    expect(collector.countLate("unique-error", 4, 2)).toBe(false);
    expect(collector.countLate("primary-key", 4, null)).toBe(true);
    collector.pushLate(error("primary-key", 4, null));
    expect(where(collector)).toEqual([
      ["type-error", 3, 1],
      ["primary-key", 4, null],
    ]);
    expect(collector.report().errorCounts).toEqual({
      "type-error": 2,
      "unique-error": 2,
      "primary-key": 1,
    });
  });

  it("counts late errors beyond the cap, listing the first ones", () => {
    const collector = new ErrorCollector(3);
    for (const row of [3, 4, 5, 6, 7]) late(collector, "unique-error", row, 2);
    sweep(collector, "type-error", 20, 1);
    const report = collector.report();
    expect(where(collector)).toEqual([
      ["unique-error", 3, 2],
      ["unique-error", 4, 2],
      ["unique-error", 5, 2],
    ]);
    expect(report.errorCounts).toEqual({ "unique-error": 5, "type-error": 1 });
    expect(report.truncated).toBe(true);
  });
});
