import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueTable } from "../../bench/_lib/valueTable";

describe("ValueTable", () => {
  it("gives each (parent, value) one entry and remembers the row that first had it", () => {
    const table = new ValueTable(4);
    const calls: Array<[number, string | number | boolean, number]> = [
      [0, "措施1", 2],
      [0, "措施2", 3],
      [0, "措施1", 4],
      [1, "措施1", 5],
      [0, 1, 6],
      [0, "1", 7],
      [0, true, 8],
      [0, 1, 9],
    ];
    const seen = calls.map(([parent, value, row]) => {
      const entry = table.entryOf(parent, value, row);
      return [entry, table.wasNew, table.firstRow(entry)];
    });
    expect(seen).toEqual([
      [1, true, 2],
      [2, true, 3],
      [1, false, 2],
      [3, true, 5],
      [4, true, 6],
      [5, true, 7],
      [6, true, 8],
      [4, false, 6],
    ]);
  });

  it("agrees with a Map on any sequence, however small the size it was given", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(3),
            fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -5, max: 5 })),
          ),
        ),
        fc.nat(8),
        (calls, expected) => {
          const table = new ValueTable(expected);
          const map = new Map<string, number>();
          calls.forEach(([parent, value], row) => {
            const key = `${parent}|${typeof value}|${String(value)}`;
            const entry = table.entryOf(parent, value, row);
            expect([table.wasNew, table.firstRow(entry)]).toEqual([
              !map.has(key),
              map.get(key) ?? row,
            ]);
            if (!map.has(key)) map.set(key, row);
          });
        },
      ),
    );
  });

  it("starts empty when it reuses a released table's arrays", () => {
    const first = new ValueTable(100);
    for (let row = 0; row < 50; row++) first.entryOf(0, `措施${row}`, row);
    first.release();
    const second = new ValueTable(100);
    const entry = second.entryOf(0, "措施7", 9);
    expect([entry, second.wasNew, second.firstRow(entry)]).toEqual([1, true, 9]);
    expect(second.entryOf(0, "措施8", 10)).toBe(2);
  });
});
