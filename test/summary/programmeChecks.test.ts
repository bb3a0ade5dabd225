// 六个一, 1+2, ranking and 零突破 from messy sheets through the real reader.
import { describe, expect, it } from "vitest";
import type { SheetInput } from "../../src/core/model/cell";
import { readLedger, validateLedgers } from "../../src/core/read";
import {
  indicatorValues,
  rankIndicator,
  sixOnes,
  staffModel,
  zeroBreakthroughs,
} from "../../src/core/rollup";
import { summarize, summaryToJson } from "../../src/core/summary";
import {
  PAIRS,
  SIX_ONES_DONE,
  jiangsuExchanges,
  jiangsuPairings,
  sichuanPerformance,
} from "./seed/programme";

const read = (sheets: SheetInput[]) => validateLedgers(sheets.map((sheet) => readLedger(sheet)));
const full = (name: string) => name.replace(/院$/, "人民检察院");

describe("pairings through the reader", () => {
  const ledgers = read([jiangsuPairings(), jiangsuExchanges()]);

  it("reads the 六个一 of each pair", () => {
    expect(ledgers.map((l) => l.kind)).toEqual(["pairing", "exchange"]);
    expect(sixOnes(ledgers).map((p) => [p.advanced, p.office, p.done, p.complete])).toEqual(
      PAIRS.map(([advanced, weak], i) => [
        advanced,
        full(weak),
        SIX_ONES_DONE[i],
        SIX_ONES_DONE[i] === 6,
      ]),
    );
  });

  it("checks 1+2 per pair, with direction", () => {
    expect(staffModel(ledgers).map((p) => [p.office, p.backbone, p.young, p.met])).toEqual(
      PAIRS.map(([, weak], i) => [full(weak), i === 7 || i === 9 ? 0 : 1, i === 8 ? 1 : 2, i < 7]),
    );
  });

  it("says so in the briefing", () => {
    const summary = summarize(ledgers, { asOf: "2021-06-30" });
    expect(summary.narrative.zh).toContain("结对共建10对，“六个一”全部完成6对；“1+2”模式落实7对。");
    const items = SIX_ONES_DONE.reduce((a, b) => a + b, 0);
    expect(summaryToJson(summary).pairing).toEqual({
      totals: { pairs: 10, sixOnesComplete: 6, sixOnesRate: items / 60, staffModelMet: 7 },
    });
  });
});

describe("performance through the reader", () => {
  const values = indicatorValues(read([sichuanPerformance()]));

  it("reports 零突破 in the JSON and the briefing", () => {
    const summary = summarize(read([sichuanPerformance()]), { asOf: "2021-06-30" });
    expect(summaryToJson(summary).performance).toEqual({
      zeroBreakthroughs: [
        { office: "阿坝县人民检察院", indicator: "公开听证", period: "2021-Q2", value: 2 },
      ],
    });
    expect(summary.narrative.zh).toContain("阿坝县院公开听证实现“零突破”。");
  });

  it("finds 阿坝县's 零突破 in public hearings", () => {
    expect(
      zeroBreakthroughs(values).map((b) => [b.office, b.indicator, b.period, b.value]),
    ).toEqual([["阿坝县人民检察院", "公开听证", "2021-Q2", 2]]);
  });

  it("ranks 甘洛县 2nd in 凉山州 in Q2, up one place", () => {
    const ranked = rankIndicator(values, {
      indicator: "绩效得分",
      period: "2021年第二季度",
      previousPeriod: "2021年第一季度",
    });
    expect(ranked.find((r) => r.office === "甘洛县人民检察院")).toMatchObject({
      group: "凉山州",
      rank: 2,
      previousRank: 3,
      rankChange: 1,
      valueChange: 7.5,
    });
  });

  it("ranks 案-件比 lower-is-better from the direction column", () => {
    const ranked = rankIndicator(values, {
      indicator: "案-件比",
      period: "2021年第二季度",
      previousPeriod: "2021年第一季度",
    });
    expect(ranked.map((r) => [r.office, r.rank, r.valueChange])).toEqual([
      ["德格县人民检察院", 1, expect.closeTo(-0.4, 9)],
    ]);
  });
});
