import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { rollup } from "./rollup";
import { scanLedger, type LedgerScan, type RollupContext } from "./scan";
import type { Ledger } from "../model/ledger";

const fields: Array<
  [string, "office" | "problemId" | "problem" | "cause" | "measure" | "status" | "deadline"]
> = [
  ["office", "office"],
  ["no", "problemId"],
  ["problem", "problem"],
  ["cause", "cause"],
  ["measure", "measure"],
  ["status", "status"],
  ["deadline", "deadline"],
];

// Two files of two offices; a problem over merged rows in each.
const ledgers = [
  testLedger(
    "problem",
    fields,
    [
      ["甲院", 1, "人才断档", "1.招录难；2.留人难", "定向招录", "done", "2021-05-01"],
      [null, null, null, null, "服务年限", "inProgress", "2021-06-01"],
      ["甲院", 2, "办案不规范", "制度不健全", "建章立制", "notStarted", "2021-04-01"],
    ],
    { file: "甲院.xlsx" },
  ),
  testLedger(
    "problem",
    fields,
    [
      ["乙院", 1, "人才断档", "①招录难②待遇低", "争取编制", "inProgress", "2021-09-01"],
      [null, null, null, null, "轮岗交流", "closed", "2021-03-01"],
    ],
    { file: "乙院.xlsx" },
  ),
];

const plan = {
  groupBy: ["office" as const],
  measures: {
    problems: { fn: "problems" as const },
    causes: { fn: "causes" as const },
    overdue: { fn: "overdue" as const },
    completionRate: { fn: "completionRate" as const },
  },
};

/** The figures with their rows read, so that two results compare by content. */
function plain(result: ReturnType<typeof rollup>) {
  return result.groups.map((group) => ({
    key: group.key,
    figures: Object.fromEntries(
      Object.entries(group.figures).map(([name, figure]) => [
        name,
        { value: figure.value, rows: [...figure.rows] },
      ]),
    ),
  }));
}

describe("scanLedger under a context that keeps its scans", () => {
  it("scans each ledger once and shares its row refs between plans", () => {
    const context: RollupContext = { asOf: "2021-06-30", scans: new WeakMap<Ledger, LedgerScan>() };
    const scan = scanLedger(ledgers[0]!, context);
    expect(scanLedger(ledgers[0]!, context)).toBe(scan);
    expect(scanLedger(ledgers[1]!, context)).not.toBe(scan);
    expect(scanLedger(ledgers[0]!, { asOf: "2021-06-30" })).not.toBe(scan);
    const first = rollup(ledgers, plan, context).groups[0]!.figures.problems!.rows;
    const again = rollup(ledgers, plan, context).groups[0]!.figures.problems!.rows;
    expect(again[0]).toBe(first[0]);
  });

  it("gives the same figures as a fresh scan per plan, whatever was read from it before", () => {
    const shared: RollupContext = { asOf: "2021-06-30", scans: new WeakMap<Ledger, LedgerScan>() };
    // Another plan reads states and problem keys first, so the shared scans' caches are filled.
    rollup(
      ledgers,
      { groupBy: [], measures: { overdue: { fn: "overdue" }, problems: { fn: "problems" } } },
      shared,
    );
    const fresh = plain(rollup(ledgers, plan, { asOf: "2021-06-30" }));
    expect(plain(rollup(ledgers, plan, shared))).toEqual(fresh);
    expect(fresh.map((g) => g.figures.problems!.value)).toEqual([2, 1]);
  });

  it("gives a problem's measure rows, filled down by the reader, the first row's keys", () => {
    const filled = testLedger("problem", fields, [
      ["甲院", 1, "人才断档", "1.招录难；2.留人难", "定向招录", "done", "2021-05-01"],
      ["甲院", 1, "人才断档", "1.招录难；2.留人难", "服务年限", "inProgress", "2021-06-01"],
      ["甲院", 2, "人才断档", "1.招录难；2.留人难", "建章立制", "notStarted", "2021-04-01"],
      ["乙院", 2, "人才断档", "1.招录难；2.留人难", "争取编制", "notStarted", "2021-04-01"],
    ]);
    const scan = scanLedger(filled, { asOf: "2021-06-30" });
    expect(scan.problemKey(0)).toBe("甲院\u001f1");
    expect([scan.causeText(0), scan.causeCount(0)]).toEqual(["1.招录难；2.留人难", 2]);
    expect(scan.causeText(1)).toBe(scan.causeText(0));
    expect(scan.problemKey(1)).toBe(scan.problemKey(0));
    // Another problem of the office, or the same number in another office, is a problem of its own.
    expect(scan.problemKey(2)).toBe("甲院\u001f2");
    expect(scan.causeCount(2)).toBe(2);
    expect(scan.problemKey(3)).toBe("乙院\u001f2");
    const totals = rollup(
      [filled],
      { groupBy: [], measures: { problems: { fn: "problems" }, causes: { fn: "causes" } } },
      { asOf: "2021-06-30" },
    ).groups[0]!.figures;
    expect([totals.problems!.value, totals.causes!.value]).toEqual([3, 6]);
  });
});
