import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { formatAmountWan, formatList, formatPercent } from "./format";
import { summarize } from "./summarize";
import { summaryToJson } from "./toJson";

const problems = testLedger(
  "problem",
  [
    ["office", "office"],
    ["no", "problemId"],
    ["category", "category"],
    ["problem", "problem"],
    ["cause", "cause"],
    ["measure", "measure"],
    ["person", "responsiblePerson"],
    ["deadline", "deadline"],
    ["status", "status"],
    ["doneDate", "doneDate"],
  ],
  [
    [
      "阿坝县人民检察院",
      1,
      "队伍",
      "人才断档",
      "1.招录难；2.留人难",
      "定向招录",
      "张明",
      "2021-05-31",
      "done",
      "2021-05-20",
    ],
    [null, null, null, null, null, "轮岗交流", "张明", "2021-06-15", "inProgress", null],
    [
      "壤塘县人民检察院",
      1,
      "业务",
      "公益诉讼空白",
      "理念滞后",
      "办理首案",
      "李华",
      "2021-07-05",
      "notStarted",
      null,
    ],
  ],
);

describe("summarize", () => {
  const summary = summarize([problems], { asOf: "2021-06-30", scheme: "lights" });

  it("gives headline figures that carry their rows", () => {
    expect(
      summary.headline.map((h) => [h.key, h.figure.value, h.figure.rows.map((r) => r.row)]),
    ).toEqual([
      ["offices", 2, [3, 4, 5]],
      ["problems", 2, [3, 4, 5]],
      ["causes", 3, [3, 4, 5]],
      ["measures", 3, [3, 4, 5]],
      ["completed", 1, [3]],
      ["completionRate", 1 / 3, [3, 4, 5]],
      ["overdue", 1, [4]],
    ]);
  });

  it("builds the two charts from the flags and the completion rates", () => {
    expect(summary.charts).toEqual([
      {
        key: "flagsByOffice",
        kind: "stackedBar",
        title: { zh: "各院标识分布", en: "Flags per office" },
        categories: ["阿坝县人民检察院", "壤塘县人民检察院"],
        series: [
          {
            key: "closed",
            label: { zh: "已销号", en: "Closed" },
            color: "#D9D9D9",
            values: [0, 0],
          },
          {
            key: "doneLate",
            label: { zh: "超期完成", en: "Done late" },
            color: "#F8CBAD",
            values: [0, 0],
          },
          {
            key: "overdue",
            label: { zh: "红灯", en: "Red light (overdue)" },
            color: "#FF0000",
            values: [1, 0],
          },
          {
            key: "dueSoon",
            label: { zh: "黄灯", en: "Yellow light (due soon)" },
            color: "#FFFF00",
            values: [0, 1],
          },
          {
            key: "onTrack",
            label: { zh: "绿灯", en: "Green light (on track)" },
            color: "#00B050",
            values: [1, 0],
          },
        ],
        valueFormat: "integer",
      },
      {
        key: "completionByOffice",
        kind: "column",
        title: { zh: "各院完成率", en: "Completion rate per office" },
        categories: ["阿坝县人民检察院", "壤塘县人民检察院"],
        series: [
          {
            key: "completionRate",
            label: { zh: "完成率", en: "Completion rate" },
            color: "#C00000",
            values: [0.5, 0],
          },
        ],
        valueFormat: "percent",
      },
    ]);
  });

  // 阿坝县院: completion 1/2 × 40, timeliness 1/2 × 30, 销号 0/1 × 20, no 六个一 → (20 + 15 + 0) / 90 = 38.9
  // No registry and names that say no city: no scope word (全省 would be a claim nothing backs).
  it("writes the lights narrative in both languages", () => {
    expect(summary.narrative.zh).toBe(
      "截至2021年6月30日，2个薄弱基层院共查找问题2个、分析原因3个、细化推进措施3条。已完成1条；正在推进1条；未完成1条。督办亮灯：红灯1条、黄灯1条、绿灯1条。完成率33.33%，超期未完成1条，涉及阿坝县院。" +
        "进度得分（满分100分）居前的是阿坝县院（38.9分）、壤塘县院（0分）。",
    );
    expect(summary.narrative.en).toBe(
      "As of 30 June 2021, the 2 weak basic-level procuratorates had identified 2 problems, analysed 3 causes and set out 3 measures. Of these, 1 done; 1 in progress; 1 not done. Supervision lights: 1 red light, 1 yellow light, 1 green light. Completion rate 33.33%; 1 overdue, at 阿坝县院." +
        " Highest progress scores (out of 100): 阿坝县院 (38.9), 壤塘县院 (0).",
    );
  });

  it("says nothing of causes when the ledger has no 原因分析 column", () => {
    const withoutCauses: typeof problems = {
      ...problems,
      fields: problems.fields.filter((f) => f.role !== "cause"),
    };
    const without = summarize([withoutCauses], { asOf: "2021-06-30", scheme: "lights" });
    const brief = without.narrative;
    expect(brief.zh).toMatch(/^截至2021年6月30日，2个薄弱基层院共查找问题2个、细化推进措施3条。/);
    expect(brief.en).toMatch(/had identified 2 problems and set out 3 measures\. /);
    // Nor do its tables: the count is unknown (—), not 0.
    expect(without.problem?.totals.causes.value).toBeNull();
    expect(without.problem?.byOffice.map((o) => o.causes.value)).toEqual([null, null]);
  });

  it("counts the causes of the sheets that have the column when another has none", () => {
    const withoutCauses: typeof problems = {
      ...problems,
      sheet: "无原因",
      fields: problems.fields.filter((f) => f.role !== "cause"),
    };
    const both = summarize([problems, withoutCauses], { asOf: "2021-06-30" });
    expect(both.problem?.totals.causes.value).toBe(3);
  });

  it("serialises per office with categories, and nothing for absent kinds", () => {
    const json = summaryToJson(summary);
    expect(json.problem).toEqual({
      totals: {
        offices: 2,
        problems: 2,
        causes: 3,
        measures: 3,
        done: 1,
        inProgress: 1,
        notStarted: 1,
        unknown: 0,
        overdue: 1,
        closed: 0,
        completionRate: 1 / 3,
      },
      byOffice: [
        {
          office: "阿坝县人民检察院",
          problems: 1,
          causes: 2,
          measures: 2,
          done: 1,
          inProgress: 1,
          notStarted: 0,
          unknown: 0,
          overdue: 1,
          closed: 0,
          completionRate: 0.5,
          byCategory: { 队伍: 1 },
        },
        {
          office: "壤塘县人民检察院",
          problems: 1,
          causes: 1,
          measures: 1,
          done: 0,
          inProgress: 0,
          notStarted: 1,
          unknown: 0,
          overdue: 0,
          closed: 0,
          completionRate: 0,
          byCategory: { 业务: 1 },
        },
      ],
      byCategory: [
        {
          category: "队伍",
          problems: 1,
          causes: 2,
          measures: 2,
          done: 1,
          inProgress: 1,
          notStarted: 0,
          unknown: 0,
          overdue: 1,
          closed: 0,
          completionRate: 0.5,
        },
        {
          category: "业务",
          problems: 1,
          causes: 1,
          measures: 1,
          done: 0,
          inProgress: 0,
          notStarted: 1,
          unknown: 0,
          overdue: 0,
          closed: 0,
          completionRate: 0,
        },
      ],
    });
    for (const kind of ["measure", "petition", "review", "funding"])
      expect(json[kind]).toBeUndefined();
    expect(json.overdue).toEqual([
      {
        office: "阿坝县人民检察院",
        item: "轮岗交流",
        responsible: "张明",
        deadline: "2021-06-15",
        daysOverdue: 15,
        file: null,
        sheet: "problem",
        row: 4,
      },
    ]);
  });

  it("refuses an as-of date that is not one (a bad call throws; bad data never does)", () => {
    expect(() => summarize([problems], { asOf: "2021-6-30" })).toThrow(RangeError);
  });

  it("summarises nothing without throwing", () => {
    const empty = summarize([], { asOf: "2021-06-30" });
    expect(summaryToJson(empty)).toEqual({
      asOf: "2021-06-30",
      scheme: "flags",
      tables: [],
      overdue: [],
      progress: [],
      narrative: "截至2021年6月30日，台账中暂无可汇总的进展数据。",
    });
  });
});

describe("formats", () => {
  it.each([
    [108 / 4141, "2.61%"],
    [1, "100.00%"],
    [null, "—"],
  ])("percent %s → %s", (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it.each([
    [18, "zh", "18万元"],
    [18.456, "zh", "18.46万元"],
    [22, "en", "RMB 220,000"],
  ] as const)("amount %s (%s) → %s", (value, lang, text) => {
    expect(formatAmountWan(value, lang)).toBe(text);
  });

  it.each([
    [["甲院", "乙院"], "zh", "甲院、乙院"],
    [["A", "B", "C"], "en", "A, B and C"],
    [["1", "2", "3", "4", "5", "6"], "zh", "1、2、3、4、5等6个院"],
    [["1", "2", "3", "4", "5", "6", "7"], "en", "1, 2, 3, 4, 5 and 2 more"],
  ] as const)("list %j (%s) → %s", (names, lang, text) => {
    expect(formatList(names, lang)).toBe(text);
  });
});

describe("summarize over a ledger with no rows", () => {
  const empty = testLedger(
    "problem",
    [
      ["office", "office"],
      ["measure", "measure"],
      ["status", "status"],
    ],
    [],
  );
  const summary = summarize([empty], { asOf: "2021-06-30" });

  it("counts zero, and has no completion rate: nothing to divide by", () => {
    expect(summary.problem?.totals.measures.value).toBe(0);
    expect(summary.problem?.totals.completionRate.value).toBeNull();
    expect(summary.narrative.zh).toContain("完成率—");
    expect(summary.narrative.zh).not.toContain("0.00%");
  });
});
