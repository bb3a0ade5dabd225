import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { RowRef } from "../model/rowRef";
import { RowList } from "./rowList";
import { lazyFigure, lazyRows, withLazyRows } from "./rowRef";

const refIn =
  (sheet: string) =>
  (index: number): RowRef => ({ sheet, row: index + 3 });

describe("RowList", () => {
  it("gives back every row added, in order, runs and single rows alike, across ledgers", () => {
    const a = refIn("甲");
    const b = refIn("乙");
    const list = new RowList();
    for (const index of [0, 1, 2, 3, 7, 9, 10]) list.add(a, index);
    for (const index of [4, 5, 0]) list.add(b, index);
    list.add(a, 11);
    expect(list.length).toBe(11);
    expect(list.toRefs().map((r) => `${r.sheet}${r.row - 3}`)).toEqual([
      "甲0",
      "甲1",
      "甲2",
      "甲3",
      "甲7",
      "甲9",
      "甲10",
      "乙4",
      "乙5",
      "乙0",
      "甲11",
    ]);
  });

  it("an empty list has no rows, and trimming changes nothing that is read", () => {
    const empty = new RowList();
    empty.trim();
    expect(empty.toRefs()).toEqual([]);
    expect(empty.length).toBe(0);
    const list = new RowList();
    const a = refIn("甲");
    for (let i = 0; i < 5; i++) list.add(a, i * 2);
    list.trim();
    list.add(a, 10);
    list.add(a, 11);
    expect(list.toRefs().map((r) => r.row - 3)).toEqual([0, 2, 4, 6, 8, 10, 11]);
  });

  it("is what an array of the refs would be, for any sequence of adds", () => {
    const refs = [refIn("甲"), refIn("乙"), refIn("丙")];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 40 })), {
          maxLength: 200,
        }),
        (adds) => {
          const list = new RowList();
          const expected: RowRef[] = [];
          for (const [ledger, index] of adds) {
            const ref = refs[ledger]!;
            list.add(ref, index);
            expected.push(ref(index));
          }
          expect(list.length).toBe(expected.length);
          expect(list.toRefs()).toEqual(expected);
        },
      ),
    );
  });

  it("keeps a ledger's consecutive rows as one run, not one entry each", () => {
    const a = refIn("甲");
    const list = new RowList();
    for (let i = 0; i < 100_000; i++) list.add(a, i);
    list.trim();
    // One index and one run length: what the list holds, not a hundred thousand numbers.
    expect((list as unknown as { data: Int32Array }).data.length).toBe(2);
    expect(list.toRefs()).toHaveLength(100_000);
  });
});

describe("lazy figures", () => {
  it("show their value and rows only, and make the rows once, when first read", () => {
    const list = new RowList();
    for (const index of [0, 1, 5]) list.add(refIn("甲"), index);
    let made = 0;
    const figures = [
      lazyFigure(3, list),
      lazyRows(2, () => {
        made++;
        return [{ sheet: "乙", row: 4 }];
      }),
      withLazyRows({ name: "x", value: 1 }, list),
    ];
    expect(made).toBe(0);
    expect(figures.map((f) => Object.keys(f))).toEqual([
      ["value", "rows"],
      ["value", "rows"],
      ["name", "value", "rows"],
    ]);
    expect(JSON.parse(JSON.stringify(figures))).toEqual([
      { value: 3, rows: [3, 4, 8].map((row) => ({ sheet: "甲", row })) },
      { value: 2, rows: [{ sheet: "乙", row: 4 }] },
      { name: "x", value: 1, rows: [3, 4, 8].map((row) => ({ sheet: "甲", row })) },
    ]);
    expect(figures.map((f) => f.rows === f.rows)).toEqual([true, true, true]);
    expect(made).toBe(1);
    expect({ ...figures[1] }).toEqual({ value: 2, rows: [{ sheet: "乙", row: 4 }] });
  });
});
