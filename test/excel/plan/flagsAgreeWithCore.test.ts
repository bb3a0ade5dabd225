// The flag a colleague sees in the sheet (the formula written through formulasR1C1 beside the
// ledger, evaluated by the fake Excel's formula engine on the sheet's own cells) must be the flag
// the summary counted for that row (the core's flag assignment), under both schemes.
import { describe, expect, it } from "vitest";
import {
  flagDistribution,
  flagScheme,
  columnFlagScheme,
  type SchemeName,
} from "../../../src/core/flags";
import { flagsPlan } from "../../../src/core/plan/flagsPlan";
import { seedOf } from "../_lib/host";
import { PROBLEM_HEADER, problemSheet, readProblem } from "../_lib/ledgers";
import { shownOnSheet } from "../_lib/shown";

const asOf = "2021-06-30";

describe.each(["flags", "lights"] as const)(
  "%s: sheet formula and core agree row by row",
  (name: SchemeName) => {
    it("gives every data row the flag the summary counts", async () => {
      const sheet = problemSheet(84);
      const ledger = readProblem(sheet);
      const scheme = flagScheme(name);
      const plan = flagsPlan(ledger, columnFlagScheme(scheme), { asOf });
      const rowNumbers = ledger.rows.map((row) => row.rowNumber);
      const flags = await shownOnSheet(
        seedOf(sheet),
        plan,
        rowNumbers,
        PROBLEM_HEADER.length,
        asOf,
      );
      const shown = new Map(rowNumbers.map((row, i) => [row, flags[i]]));
      const counted = new Map<number, string>();
      for (const flag of flagDistribution([ledger], scheme, { asOf }).total) {
        for (const ref of flag.count.rows) counted.set(ref.row, flag.label.zh);
      }
      expect(counted.size).toBe(ledger.rows.length);
      expect([...shown.entries()].sort()).toEqual([...counted.entries()].sort());
    });
  },
);
