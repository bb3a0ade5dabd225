import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { groupAverages, indicatorValues, rankIndicator, zeroBreakthroughs } from "./indicators";
import { officeRegistry } from "./officeRegistry";
import { directionOf, rankValues, type RankOptions } from "./rank";

describe("rankValues", () => {
  it.each<[string, Array<number | null>, RankOptions, Array<number | null>]>([
    ["dense ties (中国式)", [90, 95, 95, 80], {}, [2, 1, 1, 3]],
    ["competition ties (Excel RANK)", [90, 95, 95, 80], { method: "competition" }, [3, 1, 1, 4]],
    ["lower is better, dense", [1.87, 1.2, 1.2, 1.5], { direction: "lowerIsBetter" }, [3, 1, 1, 2]],
    [
      "lower is better, competition",
      [1.87, 1.2, 1.2, 1.5],
      { direction: "lowerIsBetter", method: "competition" },
      [4, 1, 1, 3],
    ],
    ["missing values take no place", [5, null, 7], {}, [2, null, 1]],
    ["ratios equal up to rounding tie", [0.1 + 0.2, 0.3, 0.25], {}, [1, 1, 2]],
  ])("%s", (_name, values, options, expected) => {
    expect(rankValues(values, options)).toEqual(expected);
  });

  it.each([
    ["越低越好", "lowerIsBetter"],
    ["越高越好", "higherIsBetter"],
    ["lower is better", "lowerIsBetter"],
    ["", undefined],
  ])("direction of %j", (text, expected) => {
    expect(directionOf(text)).toBe(expected);
  });
});

const performance = testLedger(
  "performance",
  [
    ["office", "office"],
    ["city", "city"],
    ["period", "period"],
    ["indicator", "indicator"],
    ["value", "value"],
    ["direction", "direction"],
  ],
  [
    ["阿坝县院", "阿坝州", "2021年第一季度", "案-件比", 1.9, "越低越好"],
    ["壤塘县院", "阿坝州", "2021年第一季度", "案-件比", 1.5, "越低越好"],
    ["马尔康院", "阿坝州", "2021年第一季度", "案-件比", 1.7, "越低越好"],
    ["阿坝县院", "阿坝州", "2021-Q2", "案-件比", 1.4, "越低越好"],
    ["壤塘县院", "阿坝州", "2021-Q2", "案-件比", 1.5, "越低越好"],
    ["马尔康院", "阿坝州", "2021-Q2", "案-件比", 1.4, "越低越好"],
    ["炉霍县院", "甘孜州", "2021-Q2", "案-件比", 1.3, "越低越好"],
    ["阿坝县院", "阿坝州", "2020-Q4", "公开听证", 0, "越高越好"],
    ["阿坝县院", "阿坝州", "2021年第一季度", "公开听证", 0, "越高越好"],
    ["阿坝县院", "阿坝州", "2021-Q2", "公开听证", 2, "越高越好"],
    ["阿坝县院", "阿坝州", "2021年第三季度", "公开听证", 3, "越高越好"],
    ["壤塘县院", "阿坝州", "2021-Q2", "公开听证", 1, "越高越好"],
  ],
);

describe("rankIndicator", () => {
  const values = indicatorValues([performance]);

  it("ranks a lower-is-better indicator inside each city, with the change since last period", () => {
    const ranked = rankIndicator(values, {
      indicator: "案-件比",
      period: "2021-Q2",
      previousPeriod: "2021年第一季度",
    });
    expect(ranked.map(({ rows: _rows, ...rest }) => rest)).toEqual([
      {
        office: "阿坝县院",
        group: "阿坝州",
        value: 1.4,
        rank: 1,
        previousValue: 1.9,
        previousRank: 3,
        valueChange: expect.closeTo(-0.5, 9),
        rankChange: 2,
      },
      {
        office: "壤塘县院",
        group: "阿坝州",
        value: 1.5,
        rank: 2,
        previousValue: 1.5,
        previousRank: 1,
        valueChange: 0,
        rankChange: -1,
      },
      {
        office: "马尔康院",
        group: "阿坝州",
        value: 1.4,
        rank: 1,
        previousValue: 1.7,
        previousRank: 2,
        valueChange: expect.closeTo(-0.3, 9),
        rankChange: 1,
      },
      {
        office: "炉霍县院",
        group: "甘孜州",
        value: 1.3,
        rank: 1,
        previousValue: null,
        previousRank: null,
        valueChange: null,
        rankChange: null,
      },
    ]);
    expect(ranked[0]?.rows).toEqual([
      { sheet: "performance", row: 6 },
      { sheet: "performance", row: 3 },
    ]);
  });

  it("keeps an office that reported last period but is missing this period, unranked", () => {
    const ranked = rankIndicator(values, {
      indicator: "公开听证",
      period: "2021年第三季度",
      previousPeriod: "2021-Q2",
    });
    expect(ranked.map(({ rows: _rows, ...rest }) => rest)).toEqual([
      {
        office: "阿坝县院",
        group: "阿坝州",
        value: 3,
        rank: 1,
        previousValue: 2,
        previousRank: 1,
        valueChange: 1,
        rankChange: 0,
      },
      {
        office: "壤塘县院",
        group: "阿坝州",
        value: null,
        rank: null,
        previousValue: 1,
        previousRank: 2,
        valueChange: null,
        rankChange: null,
      },
    ]);
  });

  it("uses Excel's competition ranking on request", () => {
    const ranked = rankIndicator(values, {
      indicator: "案-件比",
      period: "2021-Q2",
      method: "competition",
      within: "all",
    });
    expect(ranked.map((r) => [r.office, r.rank])).toEqual([
      ["阿坝县院", 2],
      ["壤塘县院", 4],
      ["马尔康院", 2],
      ["炉霍县院", 1],
    ]);
  });

  it("finds 零突破 after recorded zeros only", () => {
    expect(zeroBreakthroughs(values)).toEqual([
      {
        office: "阿坝县院",
        indicator: "公开听证",
        period: "2021-Q2",
        value: 2,
        rows: [
          { sheet: "performance", row: 10 },
          { sheet: "performance", row: 11 },
          { sheet: "performance", row: 12 },
        ],
      },
    ]);
    expect(zeroBreakthroughs(values, { until: "2021年第一季度" })).toEqual([]);
  });
});

describe("fair comparison of big and small offices", () => {
  // 大院 handles more cases in total, 小院 more per prosecutor (院均 / 人均, Zhejiang).
  const registry = officeRegistry([
    testLedger(
      "office",
      [
        ["office", "office"],
        ["prosecutors", "prosecutors"],
      ],
      [
        ["大院", 40],
        ["小院", 8],
        ["中院", null],
      ],
    ),
  ]);
  const cases = testLedger(
    "performance",
    [
      ["office", "office"],
      ["city", "city"],
      ["period", "period"],
      ["indicator", "indicator"],
      ["value", "value"],
    ],
    [
      ["大院", "丽水市", "2021-Q2", "办案数", 400],
      ["小院", "丽水市", "2021-Q2", "办案数", 120],
    ],
  );
  const values = indicatorValues([cases], registry);

  it("ranks per actual prosecutor on request", () => {
    const raw = rankIndicator(values, { indicator: "办案数", period: "2021-Q2" });
    const fair = rankIndicator(values, {
      indicator: "办案数",
      period: "2021-Q2",
      perProsecutor: true,
    });
    expect(raw.map((r) => [r.office, r.value, r.rank])).toEqual([
      ["大院", 400, 1],
      ["小院", 120, 2],
    ]);
    expect(fair.map((r) => [r.office, r.value, r.rank])).toEqual([
      ["大院", 10, 2],
      ["小院", 15, 1],
    ]);
  });

  it("gives 院均 and 人均 per city", () => {
    expect(groupAverages(values, { indicator: "办案数", period: "2021-Q2" })).toEqual([
      {
        group: "丽水市",
        offices: 2,
        total: 520,
        perOffice: 260,
        perProsecutor: 520 / 48,
        rows: [
          { sheet: "performance", row: 3 },
          { sheet: "performance", row: 4 },
        ],
      },
    ]);
  });

  it("leaves an office without a prosecutor count unranked rather than guessing", () => {
    const withUnknown = indicatorValues(
      [
        testLedger(
          "performance",
          [
            ["office", "office"],
            ["period", "period"],
            ["indicator", "indicator"],
            ["value", "value"],
          ],
          [["中院", "2021-Q2", "办案数", 90]],
        ),
      ],
      registry,
    );
    expect(
      rankIndicator(withUnknown, {
        indicator: "办案数",
        period: "2021-Q2",
        perProsecutor: true,
      }).map((r) => [r.office, r.rank]),
    ).toEqual([["中院", null]]);
    expect(
      groupAverages(withUnknown, { indicator: "办案数", period: "2021-Q2" })[0]?.perProsecutor,
    ).toBeNull();
  });
});
