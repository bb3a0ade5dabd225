import { describe, expect, it } from "vitest";
import { flagScheme, columnFlagScheme } from "../../../src/core/flags";
import { flagsPlan } from "../../../src/core/plan/flagsPlan";
import { isoToSerial } from "../../../src/core/dates";
import type { Cell } from "../../../src/core/model/cell";
import type { Plan } from "../../../src/core/plan/types";
import { COL, problemSheet, readProblem } from "../_lib/ledgers";
import { shownOnRows } from "../_lib/shown";

const banner = columnFlagScheme(flagScheme("flags"));
const lights = columnFlagScheme(flagScheme("lights", { dueSoonDays: 10 }));
const asOf = "2021-06-30";

type Row = Record<number, Cell | undefined>;

/**
 * Each case's row (cells keyed by 0-based column) beside the flag a colleague must see there;
 * checks them all on one fake sheet, Excel's formula engine standing in for Excel.
 */
async function expectFlags(plan: Plan, cases: [Row, string][]): Promise<void> {
  const shown = await shownOnRows(
    plan,
    cases.map(([row]) => row),
    asOf,
  );
  expect(shown).toEqual(cases.map(([, flag]) => flag));
}

describe("flagsPlan", () => {
  it("writes 状态判定 and the flag column, formulas over every word the reader knows", () => {
    const ledger = readProblem(problemSheet(14));
    const plan = flagsPlan(ledger, banner, { asOf });
    expect(plan.columns.map((c) => [c.key, c.header])).toEqual([
      ["statusReading", "【台账助手】状态判定"],
      ["flags", "【台账助手】挂图作战"],
    ]);
    for (const column of plan.columns)
      expect(column).toMatchObject({ sheet: "问题整改", headerRow: 1, firstRow: 2, rowCount: 14 });
    const [reading, flags] = plan.columns;
    // Words no row of this sheet holds are in it too: a colleague may type them later.
    for (const word of ["已办结", "协调解决", "已验收销号", "按序时推进", "未启动"])
      expect(reading!.formulaR1C1).toContain(`"${word}"`);
    expect(reading!.formulaR1C1).toContain(`RC${COL.status + 1}`);
    // Live by default: lights and 超期完成 follow the calendar; no noise such as IF(FALSE,…).
    expect(flags!.formulaR1C1).toContain("TODAY()");
    expect(flags!.formulaR1C1).not.toMatch(/FALSE|DATE\(/);
    expect(flags!.formulaR1C1).toContain("RC{{column:statusReading}}");
  });

  it("fixes the as-of date only for a dated report", () => {
    const plan = flagsPlan(readProblem(problemSheet(4)), lights, { asOf, fixedDate: true });
    expect(plan.columns.at(-1)!.formulaR1C1).toContain("DATE(2021,6,30)");
    expect(plan.columns.at(-1)!.formulaR1C1).not.toContain("TODAY()");
  });

  it("shows the flag the summary would count for words a colleague types later", async () => {
    const plan = flagsPlan(readProblem(problemSheet(4)), banner, { asOf });
    const row = (status: string) => ({ [COL.status]: status, [COL.measure]: "措施" });
    await expectFlags(plan, [
      [row("已办结"), "红旗"],
      [row("协调解决中"), "黄旗"],
      [row("已完成80%"), "黄旗"],
      [row("已完成\n"), "红旗"],
      [row("已验收销号"), "已销号"],
      [row("√"), "红旗"],
      [row("办好了"), "状态无法识别"],
    ]);
  });

  it("挂图作战: red = done, yellow = in progress, black = not done, 已销号 and 超期完成 apart", async () => {
    const plan = flagsPlan(readProblem(problemSheet(14)), banner, { asOf });
    const deadline = isoToSerial("2021-06-01")!;
    const row = (status: string, done: number | null = null) => ({
      [COL.status]: status,
      [COL.deadline]: deadline,
      [COL.doneDate]: done,
      [COL.measure]: "措施",
    });
    await expectFlags(plan, [
      [row("已完成", deadline - 1), "红旗"],
      [row("已完成（6月）", deadline), "红旗"],
      [row("已完成", deadline + 3), "超期完成"],
      [row("推进中"), "黄旗"],
      [row(" 正在推进 "), "黄旗"],
      [row("未启动"), "黑旗"],
      [row("已销号"), "已销号"],
      // Read as the core reads it: no status word but a 完成时间 by the as-of date is done; none
      // is not started; a 完成时间 after the as-of date is still in progress on that date.
      [row("", deadline), "红旗"],
      [row(""), "黑旗"],
      [row("已完成", isoToSerial("2021-07-02")!), "黄旗"],
      // A separator row (no status, no item) carries no flag.
      [{ [COL.status]: null, [COL.measure]: null }, ""],
    ]);
  });

  it("reads a yes in 是否销号 and a 销号时间 by the as-of date as 已销号", async () => {
    const sheet = problemSheet(4);
    sheet.values[1]!.push("是否销号", "销号时间");
    sheet.values[2]!.push("是", null);
    sheet.values[3]!.push("√", null);
    const plan = flagsPlan(readProblem(sheet), banner, { asOf });
    const row = (closed: string | null, closedOn: number | null) => ({
      [COL.status]: "推进中",
      [COL.measure]: "措施",
      8: closed,
      9: closedOn,
    });
    await expectFlags(plan, [
      [row("是", null), "已销号"],
      [row("√", null), "已销号"],
      [row(null, isoToSerial("2021-06-29")!), "已销号"],
      [row(null, isoToSerial("2021-07-01")!), "黄旗"],
    ]);
  });

  it("督办亮灯: red when overdue, yellow within the window, green otherwise or done", async () => {
    const plan = flagsPlan(readProblem(problemSheet(14)), lights, { asOf });
    const today = isoToSerial(asOf)!;
    const row = (status: string, deadline: number | string | null) => ({
      [COL.status]: status,
      [COL.deadline]: deadline,
    });
    await expectFlags(plan, [
      [row("推进中", today - 1), "红灯"],
      [row("未启动", today + 10), "黄灯"],
      [row("未启动", today + 11), "绿灯"],
      [row("已完成", today - 30), "绿灯"],
      // A colleague changes the status: the light follows.
      [row("已销号", today - 30), "已销号"],
      // A deadline no formula reads is said so, never a silent 绿灯.
      [row("推进中", "下个月"), "时限无法识别"],
    ]);
  });

  it("keys one conditional-format rule per label to the scheme's colours", () => {
    const plan = flagsPlan(readProblem(problemSheet(14)), banner, { asOf });
    const rules = plan.columns.at(-1)!.conditionalFormat!;
    expect(rules.map((r) => r.label).sort()).toEqual(
      ["已销号", "红旗", "超期完成", "黄旗", "黑旗"].sort(),
    );
    expect(rules.find((r) => r.label === "红旗")).toEqual({
      label: "红旗",
      fill: "#C00000",
      fontColor: "#FFFFFF",
    });
  });

  it("reads text deadlines through an owned date column by default, which follows later edits", async () => {
    const sheet = problemSheet(6, { textDeadlines: true });
    const ledger = readProblem(sheet);
    const plain = flagsPlan(ledger, lights, { asOf, normaliseDeadlines: false });
    expect(plain.notes.map((n) => n.key)).toContain("deadlineText");
    expect(plain.columns.map((c) => c.key)).toEqual(["statusReading", "flags"]);

    const normalised = flagsPlan(ledger, lights, { asOf });
    expect(normalised.columns.map((c) => c.key)).toEqual([
      "statusReading",
      "deadlineDates",
      "flags",
    ]);
    const dates = normalised.columns[1]!;
    expect(dates.rowFormulas).toHaveLength(6);
    expect(dates.rowFormulas!.every((f) => /^=IF\(ISNUMBER\(RC\d+\)/.test(f ?? ""))).toBe(true);
    expect(dates.rowFormulas!.some((f) => /DATE\(2021,\d+,\d+\)/.test(f ?? ""))).toBe(true);
    expect(normalised.columns[2]!.formulaR1C1).toContain("RC{{column:deadlineDates}}");
  });

  it("is the same plan for the same input", () => {
    const a = flagsPlan(readProblem(problemSheet(20)), lights, { asOf });
    const b = flagsPlan(readProblem(problemSheet(20)), lights, { asOf });
    expect(a).toEqual(b);
  });

  it("writes no column when the ledger has no status column", () => {
    const ledger = { ...readProblem(problemSheet(3)), fields: [] };
    const plan = flagsPlan(ledger, banner, { asOf });
    expect(plan.columns).toEqual([]);
    expect(plan.notes[0]?.key).toBe("noStatus");
  });
});
