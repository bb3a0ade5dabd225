// The distribution reads each row's facts from the scan's typed parts and gathers row indexes: it
// must give what flagOf over each row's whole state, with RowRefs gathered per flag, gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import type { RowRef } from "../rollup/rowRef";
import { scanLedger, type RollupContext } from "../rollup/scan";
import { flagOf } from "./assign";
import { flagDistribution } from "./distribution";
import type { FlagScheme } from "./scheme";
import { flagScheme } from "./schemes";

const date = fc.option(
  fc
    .date({ min: new Date("2021-05-01"), max: new Date("2021-08-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);
const rowArbitrary = fc.tuple(
  fc.constantFrom("甲院", "乙院", "丙院", null),
  fc.constantFrom("done", "inProgress", "notStarted", "closed", "已完成（6月）", "不明", null),
  fc.oneof(date, fc.constantFrom("立行立改", "长期坚持")),
  date,
);

/** Plain data: every count's value and rows, read through the figures' getters. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The distribution as it was built: a whole state per row, its flag found by flagOf. */
function reference(scans: ReturnType<typeof scanLedger>[], scheme: FlagScheme) {
  const empty = (): RowRef[][] => scheme.flags.map(() => []);
  const total = empty();
  const offices = new Map<string | null, RowRef[][]>();
  const unknown: RowRef[] = [];
  for (const scan of scans) {
    scan.ledger.rows.forEach((_row, index) => {
      const state = scan.state(index);
      if (state.status === "unknown") return void unknown.push(scan.ref(index));
      const flag = flagOf(state, scheme);
      if (flag === undefined) return;
      const slot = scheme.flags.indexOf(flag);
      const byFlag = offices.get(scan.office(index)) ?? empty();
      offices.set(scan.office(index), byFlag);
      total[slot]?.push(scan.ref(index));
      byFlag[slot]?.push(scan.ref(index));
    });
  }
  const counts = (rows: RowRef[][]) =>
    scheme.flags.map((flag, slot) => ({
      id: flag.id,
      label: flag.label,
      fill: flag.fill,
      font: flag.font,
      count: { value: rows[slot]?.length ?? 0, rows: rows[slot] ?? [] },
    }));
  return {
    scheme: scheme.id,
    total: counts(total),
    byOffice: [...offices.entries()].map(([office, rows]) => ({ office, flags: counts(rows) })),
    unknown: { value: unknown.length, rows: unknown },
  };
}

describe("the flag distribution", () => {
  it("gives every row the flag flagOf gives its state, per office and in total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rowArbitrary, { maxLength: 20 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("2021-06-30", "2021-07-15"),
        fc.constantFrom(
          flagScheme("flags"),
          flagScheme("lights"),
          flagScheme("lights", { dueSoonDays: 15, doneLate: false }),
        ),
        (tables, asOf, scheme) => {
          const ledgers = tables.map((rows, n) =>
            testLedger(
              "problem",
              [
                ["office", "office"],
                ["status", "status"],
                ["deadline", "deadline"],
                ["doneDate", "doneDate"],
              ],
              rows,
              { file: `${n}.xlsx` },
            ),
          );
          const context: RollupContext = { asOf, scans: new WeakMap() };
          const actual = flagDistribution(ledgers, scheme, context);
          const expected = reference(
            ledgers.map((ledger) => scanLedger(ledger, context)),
            scheme,
          );
          expect(plain(actual)).toEqual(plain(expected));
        },
      ),
      { numRuns: 200 },
    );
  });
});
