import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import type { FlagSchemeInput } from "../plan/inputs";
import { flagOf } from "./assign";
import { flagDistribution } from "./distribution";
import { columnFlagScheme } from "./columnScheme";
import { flagScheme } from "./schemes";
import type { ItemState } from "../rollup/itemState";

const open: ItemState = {
  status: "inProgress",
  deadline: "2021-07-10",
  openEnded: false,
  dueAtOnce: false,
  doneDate: null,
  overdue: false,
  daysLeft: 10,
  doneLate: false,
};

describe("flag schemes", () => {
  it.each<[string, ItemState, string, string]>([
    [
      "done on time",
      { ...open, status: "done", daysLeft: null, doneDate: "2021-06-01" },
      "红旗",
      "绿灯",
    ],
    [
      "done late",
      { ...open, status: "done", daysLeft: null, doneLate: true },
      "超期完成",
      "超期完成",
    ],
    ["closed", { ...open, status: "closed", daysLeft: null }, "已销号", "已销号"],
    ["in progress, far off", open, "黄旗", "绿灯"],
    ["in progress, due in 7 days", { ...open, daysLeft: 7 }, "黄旗", "黄灯"],
    ["in progress, due in 8 days", { ...open, daysLeft: 8 }, "黄旗", "绿灯"],
    ["in progress, due today", { ...open, daysLeft: 0 }, "黄旗", "黄灯"],
    ["in progress, overdue", { ...open, daysLeft: -1, overdue: true }, "黄旗", "红灯"],
    [
      "not started, overdue",
      { ...open, status: "notStarted", daysLeft: -3, overdue: true },
      "黑旗",
      "红灯",
    ],
    [
      "not started, no deadline",
      { ...open, status: "notStarted", deadline: null, daysLeft: null },
      "黑旗",
      "绿灯",
    ],
  ])("%s → %s / %s", (_name, state, banner, light) => {
    expect([
      flagOf(state, flagScheme("flags"))?.label.zh,
      flagOf(state, flagScheme("lights"))?.label.zh,
    ]).toEqual([banner, light]);
  });

  it("takes its words, colours and window from the options", () => {
    const scheme = flagScheme("lights", {
      dueSoonDays: 15,
      doneLate: false,
      overrides: { overdue: { label: { zh: "红牌" }, fill: "#AA0000" } },
    });
    expect(scheme.flags.map((flag) => [flag.id, flag.label.zh, flag.fill])).toEqual([
      ["closed", "已销号", "#D9D9D9"],
      ["overdue", "红牌", "#AA0000"],
      ["dueSoon", "黄灯", "#FFFF00"],
      ["onTrack", "绿灯", "#00B050"],
    ]);
    expect(flagOf({ ...open, daysLeft: 12 }, scheme)?.id).toBe("dueSoon");
    expect(flagOf({ ...open, status: "done", doneLate: true, daysLeft: null }, scheme)?.id).toBe(
      "onTrack",
    );
  });

  it("exports the scheme for Excel as words, colours and rules", () => {
    const excel = columnFlagScheme(flagScheme("lights", { dueSoonDays: 5 }));
    const asPlanInput: FlagSchemeInput = excel;
    expect(asPlanInput.labels).toEqual({
      done: "绿灯",
      inProgress: "绿灯",
      notStarted: "绿灯",
      closed: "已销号",
      doneLate: "超期完成",
      dueSoon: "黄灯",
      overdue: "红灯",
      unknown: "状态无法识别",
    });
    expect(excel.colors["红灯"]).toEqual({ fill: "#FF0000", font: "#FFFFFF" });
    expect(excel.rules.map((rule) => [rule.label, rule.when])).toEqual([
      ["已销号", [{ fact: "status", in: ["closed"] }]],
      ["超期完成", [{ fact: "status", in: ["done", "closed"] }, { fact: "doneLate" }]],
      ["红灯", [{ fact: "overdue" }]],
      ["黄灯", [{ fact: "dueWithin", days: 5 }]],
      ["绿灯", []],
    ]);
    expect(columnFlagScheme(flagScheme("flags"), "en").labels).toEqual({
      done: "Red flag (done)",
      inProgress: "Yellow flag (in progress)",
      notStarted: "Black flag (not done)",
      closed: "Closed",
      doneLate: "Done late",
      unknown: "Status unreadable",
    });
  });

  it("counts flags per office with the rows behind them", () => {
    const ledger = testLedger(
      "problem",
      [
        ["office", "office"],
        ["status", "status"],
        ["deadline", "deadline"],
      ],
      [
        ["甲院", "done", "2021-05-01"],
        ["甲院", "inProgress", "2021-06-01"],
        ["乙院", "notStarted", "2021-07-03"],
      ],
    );
    const distribution = flagDistribution([ledger], flagScheme("lights"), { asOf: "2021-06-30" });
    const compact = (flags: typeof distribution.total) =>
      Object.fromEntries(flags.map((f) => [f.label.zh, f.count.value]));
    expect(compact(distribution.total)).toEqual({
      已销号: 0,
      超期完成: 0,
      红灯: 1,
      黄灯: 1,
      绿灯: 1,
    });
    expect(distribution.byOffice.map((o) => [o.office, compact(o.flags)])).toEqual([
      ["甲院", { 已销号: 0, 超期完成: 0, 红灯: 1, 黄灯: 0, 绿灯: 1 }],
      ["乙院", { 已销号: 0, 超期完成: 0, 红灯: 0, 黄灯: 1, 绿灯: 0 }],
    ]);
    expect(distribution.total.find((f) => f.id === "overdue")?.count.rows).toEqual([
      { sheet: "problem", row: 4 },
    ]);
  });
});
