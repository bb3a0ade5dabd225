// A status word nobody can read carries no flag in the core's counts; the flag column written
// into the sheet must agree, row by row, under both schemes: its own grey word, never 黑旗/绿灯.
import { describe, expect, it } from "vitest";
import { flagDistribution, flagScheme, columnFlagScheme } from "../../src/core/flags";
import { flagsPlan } from "../../src/core/plan/flagsPlan";
import { problemSheet, PROBLEM_HEADER, readProblem, COL } from "../excel/_lib/ledgers";
import { seedOf } from "../excel/_lib/host";
import { shownOnSheet } from "../excel/_lib/shown";

const asOf = "2021-06-30";

describe.each(["flags", "lights"] as const)("%s: unreadable statuses", (name) => {
  it("show 状态无法识别 in the sheet where the core counts them apart", async () => {
    const sheet = problemSheet(14);
    // Rows 3, 7 and 11 get a word nobody can read; row 7 also a 完成时间 before as-of (done).
    for (const row of [3, 7, 11]) sheet.values[row - 1]![COL.status] = "见附件";
    sheet.values[7 - 1]![COL.doneDate] = 44_300;
    sheet.values[3 - 1]![COL.doneDate] = null;
    sheet.values[11 - 1]![COL.doneDate] = null;
    const ledger = readProblem(sheet);
    const scheme = flagScheme(name);
    const excel = columnFlagScheme(scheme);
    const plan = flagsPlan(ledger, excel, { asOf });
    const rows = ledger.rows.map((row) => row.rowNumber);
    const shown = await shownOnSheet(seedOf(sheet), plan, rows, PROBLEM_HEADER.length, asOf);
    const distribution = flagDistribution([ledger], scheme, { asOf });
    const counted = new Map<number, string>();
    for (const flag of distribution.total)
      for (const ref of flag.count.rows) counted.set(ref.row, flag.label.zh);
    for (const ref of distribution.unknown.rows) counted.set(ref.row, "状态无法识别");
    expect(distribution.unknown.rows.map((ref) => ref.row)).toEqual([3, 11]);
    expect(new Map(rows.map((row, i) => [row, shown[i]]))).toEqual(counted);
    expect(excel.labels.unknown).toBe("状态无法识别");
  });
});
