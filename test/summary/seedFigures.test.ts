// The seed's own figures, from messy sheets read by the real reader, summarised end to end.
import { describe, expect, it } from "vitest";
import { readLedger, validateLedgers } from "../../src/core/read";
import { summarize, summaryToJson } from "../../src/core/summary";
import { JIANGSU_AS_OF, JIANGSU_STATES, jiangsuRegistry, jiangsuSheets } from "./seed/jiangsu";
import {
  QINGHAI_FLAWED,
  QINGHAI_REVIEWED,
  QINGHAI_UNQUALIFIED,
  abaProblems,
  fujianPetitions,
  qinghaiReview,
  sichuanFunding,
} from "./seed/others";
import type { SheetInput } from "../../src/core/model/cell";

const read = (sheets: SheetInput[]) => validateLedgers(sheets.map((sheet) => readLedger(sheet)));
const jiangsu = jiangsuSheets();
const jiangsuLedgers = read(jiangsu.sheets);
const s = JIANGSU_STATES;

describe("Jiangsu: 10 offices, 118 problems, 123 causes, 328 measures", () => {
  it("reads every sheet as a problem ledger, one row per measure", () => {
    const measureRows = (sheet: SheetInput) =>
      sheet.values.filter((row) => typeof row[5] === "string" && row[5].startsWith("措施")).length;
    expect(jiangsuLedgers.map((ledger) => [ledger.kind, ledger.rows.length])).toEqual(
      jiangsu.sheets.map((sheet) => ["problem", measureRows(sheet)]),
    );
    expect(jiangsuLedgers.reduce((sum, ledger) => sum + ledger.rows.length, 0)).toBe(328);
  });

  it("gives the seed's totals and the designed progress figures", () => {
    const json = summaryToJson(summarize(jiangsuLedgers, { asOf: JIANGSU_AS_OF }));
    const done = s.doneLate + s.doneOnTime;
    const inProgress = s.inProgressOverdue + s.inProgressDueSoon + s.inProgressLater;
    const notStarted = s.notStartedOverdue + s.notStartedDueSoon + s.notStartedLater;
    expect((json.problem as { totals: unknown }).totals).toEqual({
      offices: 10,
      problems: 118,
      causes: 123,
      measures: 328,
      done,
      inProgress,
      notStarted,
      unknown: 0,
      overdue: s.inProgressOverdue + s.notStartedOverdue,
      closed: s.closed,
      completionRate: (done + s.closed) / 328,
    });
  });

  it.each([
    [
      "flags",
      {
        已销号: s.closed,
        超期完成: s.doneLate,
        红旗: s.doneOnTime,
        黄旗: s.inProgressOverdue + s.inProgressDueSoon + s.inProgressLater,
        黑旗: s.notStartedOverdue + s.notStartedDueSoon + s.notStartedLater,
      },
    ],
    [
      "lights",
      {
        已销号: s.closed,
        超期完成: s.doneLate,
        红灯: s.inProgressOverdue + s.notStartedOverdue,
        黄灯: s.inProgressDueSoon + s.notStartedDueSoon,
        绿灯: s.doneOnTime + s.inProgressLater + s.notStartedLater,
      },
    ],
  ] as const)("counts flags under the %s scheme on 2021-06-30", (scheme, expected) => {
    const json = summaryToJson(summarize(jiangsuLedgers, { asOf: JIANGSU_AS_OF, scheme }));
    expect((json.flags as { total: unknown }).total).toEqual(expected);
  });

  it("moves flags with the as-of date: a month earlier nothing due in June is overdue yet", () => {
    const json = summaryToJson(summarize(jiangsuLedgers, { asOf: "2021-06-10", scheme: "lights" }));
    // On 2021-06-10 only the not-started items due 2021-06-01 are overdue; those done on 2021-06-18 were still open.
    expect((json.problem as { totals: { overdue: number } }).totals.overdue).toBe(
      s.notStartedOverdue,
    );
  });

  it("writes the 工作简报 sentence with the figures and the offices behind the overdue items", () => {
    // The registry says all ten lie in 江苏省: the scope is 全省 because the data says so.
    const summary = summarize(read([jiangsuRegistry(), ...jiangsu.sheets]), {
      asOf: JIANGSU_AS_OF,
    });
    const overdueOffices = [...jiangsu.overdueByOffice.entries()].sort((a, b) => b[1] - a[1]);
    expect(summary.narrative.zh).toContain(
      `截至2021年6月30日，全省10个薄弱基层院共查找问题118个、分析原因123个、细化推进措施328条。已完成${s.doneLate + s.doneOnTime + s.closed}条（红旗），其中已销号${s.closed}条、超期完成${s.doneLate}条；正在推进60条（黄旗）；未完成28条（黑旗）。完成率${(((s.doneLate + s.doneOnTime + s.closed) / 328) * 100).toFixed(2)}%，超期未完成15条，涉及`,
    );
    const named = summary.narrative.zh.match(/涉及(.+?)。/)?.[1] ?? "";
    const first = overdueOffices[0]?.[0] ?? "";
    expect(named.startsWith(first.replace(/(人民检察院|检察院|院)$/, ""))).toBe(true);
    expect(summary.narrative.en).toMatch(
      /^As of 30 June 2021, the 10 weak basic-level procuratorates in the province had identified 118 problems, analysed 123 causes and set out 328 measures\. Of these, /,
    );
  });

  it("claims no scope the data does not give: without the registry, no 全省", () => {
    const summary = summarize(jiangsuLedgers, { asOf: JIANGSU_AS_OF });
    expect(summary.narrative.zh).toMatch(/^截至2021年6月30日，10个薄弱基层院共查找问题118个、/);
    expect(summary.scope.basis).toBe("unknown");
  });

  it("traces each overdue item to its sheet and row", () => {
    const summary = summarize(jiangsuLedgers, { asOf: JIANGSU_AS_OF });
    expect(summary.overdue).toHaveLength(15);
    for (const item of summary.overdue) {
      const sheet = jiangsu.sheets.find((candidate) => candidate.name === item.row.sheet);
      const cells = sheet?.values[item.row.row - 1] ?? [];
      expect(String(cells[5]).replace("：", ":")).toBe(item.item.replace("：", ":"));
      expect(String(cells[8])).toMatch(/推进|进行|未/);
    }
    const overdueFigure = summary.problem?.totals.overdue;
    expect(overdueFigure?.rows).toEqual(
      expect.arrayContaining(summary.overdue.map((item) => item.row)),
    );
  });
});

describe("the other provinces", () => {
  it("Fujian: received 18, answered or resolved 13", () => {
    const json = summaryToJson(summarize(read([fujianPetitions()]), { asOf: "2021-06-30" }));
    expect(json.petition).toEqual({
      totals: { received: 18, answered: 8, resolved: 5, pending: 5, unknown: 0 },
    });
    expect(json.narrative).toContain("受理困难问题反映18件，已答复或协调解决13件");
    expect(json.problem).toBeUndefined();
  });

  it("Qinghai: reviewed 4141, flawed and unqualified 108, 2.61%", () => {
    const summary = summarize(read([qinghaiReview()]), { asOf: "2021-06-30" });
    const json = summaryToJson(summary);
    const reviewed = QINGHAI_REVIEWED.reduce((a, b) => a + b, 0);
    const flawed = QINGHAI_FLAWED.reduce((a, b) => a + b, 0);
    const unqualified = QINGHAI_UNQUALIFIED.reduce((a, b) => a + b, 0);
    expect([reviewed, flawed + unqualified]).toEqual([4141, 108]);
    expect(json.review).toEqual({
      totals: { reviewed: 4141, flawed, unqualified, flawedRate: 108 / 4141 },
    });
    expect(json.narrative).toContain("评查案件4141件，瑕疵及不合格案件108件，占2.61%。");
    expect(summary.review?.totals.reviewed.rows).toHaveLength(8);
  });

  it("阿坝县: 队伍 6 and 业务 15 problems", () => {
    const json = summaryToJson(summarize(read([abaProblems()]), { asOf: "2021-06-30" }));
    const problem = json.problem as {
      totals: { problems: number };
      byOffice: Array<{ office: string; byCategory: unknown }>;
    };
    expect(problem.totals.problems).toBe(21);
    expect(problem.byOffice.map((o) => [o.office, o.byCategory])).toEqual([
      ["阿坝县人民检察院", { 队伍: 6, 业务: 15 }],
    ]);
  });

  it("Sichuan funding: 18 + 22 万元 whatever the unit on the sheet", () => {
    const json = summaryToJson(summarize(read([sichuanFunding()]), { asOf: "2021-06-30" }));
    expect(json.funding).toEqual({ totals: { amountWan: 40, transfers: 4 } });
    expect(json.narrative).toContain("落实援助资金40万元（4笔）。");
  });

  it("leaves absent kinds out of the JSON", () => {
    const json = summaryToJson(
      summarize(read([sichuanFunding(), fujianPetitions()]), { asOf: "2021-06-30" }),
    );
    expect(Object.keys(json)).toEqual([
      "asOf",
      "scheme",
      "tables",
      "petition",
      "funding",
      "overdue",
      "progress",
      "narrative",
    ]);
  });
});

describe("one office's own report", () => {
  it("names the office instead of counting offices", () => {
    const summary = summarize(read([abaProblems()]), { asOf: "2021-06-30" });
    expect(summary.narrative.zh).toMatch(/^截至2021年6月30日，阿坝县院共查找问题21个、/);
    expect(summary.narrative.en).toMatch(
      /^As of 30 June 2021, 阿坝县院 had identified 21 problems/,
    );
  });
});
