// Invariants that must hold for any ledger, checked on random ones (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { flagDistribution } from "../flags/distribution";
import { flagScheme } from "../flags/schemes";
import { rankValues } from "./rank";
import { rollup, totalsOf } from "./rollup";

const rowArbitrary = fc.tuple(
  fc.constantFrom("甲院", "乙院", "丙院", null),
  fc.constantFrom("done", "inProgress", "notStarted", "closed", "已完成（6月）", null),
  fc.option(
    fc
      .date({ min: new Date("2021-01-01"), max: new Date("2021-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  fc.option(
    fc
      .date({ min: new Date("2021-01-01"), max: new Date("2021-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
);

const ledgerOf = (rows: Array<[string | null, string | null, string | null, string | null]>) =>
  testLedger(
    "problem",
    [
      ["office", "office"],
      ["status", "status"],
      ["deadline", "deadline"],
      ["doneDate", "doneDate"],
    ],
    rows,
  );

describe("rollup invariants", () => {
  it("states add up to the rows, per office and in total, and flags cover every row once", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 60 }),
        fc.constantFrom("2021-03-31", "2021-06-30", "2021-12-31"),
        (rows, asOf) => {
          const ledger = ledgerOf(rows);
          const measures = {
            all: { fn: "count" },
            done: { fn: "statusCount", status: "done" },
            inProgress: { fn: "statusCount", status: "inProgress" },
            notStarted: { fn: "statusCount", status: "notStarted" },
            closed: { fn: "closed" },
            overdue: { fn: "overdue" },
          } as const;
          const byOffice = rollup([ledger], { groupBy: ["office"], measures }, { asOf });
          for (const group of byOffice.groups) {
            const f = group.figures;
            const parts =
              (f.done?.value ?? 0) +
              (f.inProgress?.value ?? 0) +
              (f.notStarted?.value ?? 0) +
              (f.closed?.value ?? 0);
            expect(parts).toBe(f.all?.value);
            expect(f.overdue?.value ?? 0).toBeLessThanOrEqual(
              (f.inProgress?.value ?? 0) + (f.notStarted?.value ?? 0),
            );
          }
          const total = totalsOf([ledger], { measures }, { asOf });
          expect(byOffice.groups.reduce((sum, g) => sum + (g.figures.all?.value ?? 0), 0)).toBe(
            total.all?.value ?? 0,
          );
          for (const scheme of ["flags", "lights"] as const) {
            const flags = flagDistribution([ledger], flagScheme(scheme), { asOf });
            const rowsFlagged = flags.total.flatMap((flag) =>
              flag.count.rows.map((ref) => ref.row),
            );
            expect(rowsFlagged.sort((a, b) => a - b)).toEqual(
              ledger.rows.map((row) => row.rowNumber),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("ranking invariants", () => {
  const values = fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), {
    maxLength: 30,
  });

  it("dense ranks run 1..k without gaps; competition rank = 1 + number strictly better", () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom("higherIsBetter", "lowerIsBetter") as fc.Arbitrary<
          "higherIsBetter" | "lowerIsBetter"
        >,
        (list, direction) => {
          const dense = rankValues(list, { direction });
          const competition = rankValues(list, { direction, method: "competition" });
          const present = list.filter((v): v is number => v !== null);
          const distinct = new Set(present).size;
          expect(new Set(dense.filter((r) => r !== null))).toEqual(
            new Set(Array.from({ length: distinct }, (_, i) => i + 1)),
          );
          list.forEach((value, i) => {
            if (value === null) return expect([dense[i], competition[i]]).toEqual([null, null]);
            const better = present.filter((other) =>
              direction === "higherIsBetter" ? other > value : other < value,
            ).length;
            expect(competition[i]).toBe(better + 1);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
