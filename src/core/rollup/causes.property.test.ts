// The causes measure counts per problem (measures/distinct.ts) from the scan's cause items: it must
// count what one "problem␟item" key per cause in a set counts, on random ledgers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { DIMENSIONS } from "./dimensions";
import { listItems } from "./listItems";
import { textOf } from "./roles";
import { rollup } from "./rollup";
import { scanLedger, type RollupContext } from "./scan";
import type { Ledger } from "../model/ledger";

const FIELDS: Array<[string, "office" | "problemId" | "problem" | "cause" | "category"]> = [
  ["office", "office"],
  ["no", "problemId"],
  ["problem", "problem"],
  ["cause", "cause"],
  ["category", "category"],
];

// Empty cells stand for merged ones below a problem's first row; lists repeat items on purpose.
const rowArbitrary = fc.tuple(
  fc.constantFrom("甲院", "乙院", null),
  fc.constantFrom("1", "2", null),
  fc.constantFrom("人才断档", null),
  fc.constantFrom("1.招录难；2.留人难", "①招录难②待遇低", "1.招录难 2.招录难", "制度不健全", null),
  fc.constantFrom("队伍", "业务", null),
);

/** The cause keys as the scan made them before: "problem␟item" for each item, filled down. */
function causeKeysOf(ledger: Ledger, context: RollupContext): string[][] {
  const scan = scanLedger(ledger, context);
  const keys: string[][] = [];
  let previous: string[] = [];
  let previousKey: string | null = null;
  let previousOwn: string | null = null;
  let previousOffice: string | null = null;
  let previousCause: string | null = null;
  ledger.rows.forEach((row, index) => {
    const own = textOf(row.cells.no?.value ?? null) ?? textOf(row.cells.problem?.value ?? null);
    const office = scan.office(index);
    const cause = textOf(row.cells.cause?.value ?? null);
    const key = scan.problemKey(index);
    const same =
      own !== null &&
      index > 0 &&
      own === previousOwn &&
      office === previousOffice &&
      cause === previousCause;
    if (!same) {
      previousOwn = own;
      previousOffice = office;
      previousCause = cause;
      if (cause !== null && key !== null)
        previous = listItems(cause).map((item) => `${key}\u001f${item}`);
      else if (!(key !== null && key === previousKey)) previous = [];
    }
    keys.push(previous);
    previousKey = key;
  });
  return keys;
}

describe("the causes measure", () => {
  it("counts the distinct problem␟item keys of each group, across ledgers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rowArbitrary, { maxLength: 15 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Array<"office" | "category">>([], ["office"], ["category"]),
        (tables, groupBy) => {
          const ledgers = tables.map((rows, n) =>
            testLedger("problem", FIELDS, rows, { file: `${n}.xlsx` }),
          );
          const context: RollupContext = { asOf: "2021-06-30", scans: new WeakMap() };
          const result = rollup(
            ledgers,
            { groupBy, measures: { causes: { fn: "causes" } } },
            context,
          );
          // The reference: every row's keys into its group's set.
          const expected = new Map<string, Set<string>>();
          for (const ledger of ledgers) {
            const scan = scanLedger(ledger, context);
            const keys = causeKeysOf(ledger, context);
            const dimension = groupBy[0];
            const keyOf =
              dimension === undefined
                ? () => ""
                : DIMENSIONS[dimension].compile(scan, { dimension });
            ledger.rows.forEach((_row, index) => {
              const group = String(keyOf(index));
              const set = expected.get(group) ?? new Set<string>();
              for (const key of keys[index] ?? []) set.add(key);
              expected.set(group, set);
            });
          }
          const actual = new Map(
            result.groups.map((g) => [
              groupBy[0] === undefined ? "" : String(g.key[groupBy[0]]),
              g.figures.causes!.value,
            ]),
          );
          expect(actual).toEqual(new Map([...expected].map(([g, set]) => [g, set.size])));
        },
      ),
    );
  });
});
