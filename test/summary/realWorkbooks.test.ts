// Summaries of workbooks as offices fill them (issue 13): the right totals, or a caveat that says
// what they leave out — never a silent wrong number. Fixtures: test/fixtures/lishui.ts.
import { describe, expect, it } from "vitest";
import type { SheetInput } from "../../src/core/model/cell";
import { readLedger, readWorkbookLedgers, validateLedgers } from "../../src/core/read";
import { summarize, summaryToJson } from "../../src/core/summary";
import {
  LISHUI_AS_OF,
  LONGQUAN_FILE,
  exchanges,
  jingningJune,
  longquan,
  petitions,
  qingyuan,
  registry,
  suichangTwoTables,
} from "../fixtures/lishui";
import { lishuiTotals } from "../fixtures/lishuiTotals";

const asOf = LISHUI_AS_OF;
const summaryOf = (sheets: SheetInput[]) =>
  summarize(readWorkbookLedgers(sheets).results, { asOf });

describe("a status nobody can read", () => {
  const summary = summaryOf([qingyuan()]);

  it("is counted apart, never as not done, and left out of the completion rate", () => {
    const t = summary.problem!.totals;
    expect(
      Object.fromEntries(Object.entries(t).map(([key, figure]) => [key, figure.value])),
    ).toEqual({
      offices: 1,
      problems: 5,
      causes: 8,
      measures: 6,
      done: 1,
      inProgress: 3,
      notStarted: 0,
      closed: 1,
      unknown: 1,
      overdue: 1,
      completionRate: 2 / 5,
    });
    expect(t.unknown.rows).toEqual([
      { file: "丽水市院汇总.xlsx", sheet: "庆元县整改台账", row: 8 },
    ]);
  });

  it("carries no flag: not 黑旗, not 绿灯", () => {
    const flags = summaryToJson(summary).flags as { total: Record<string, number> };
    expect(flags.total).toEqual({
      已销号: 1,
      超期完成: 0,
      红旗: 1,
      黄旗: 3,
      黑旗: 0,
      状态无法识别: 1,
    });
    const lights = summaryToJson(
      summarize(readWorkbookLedgers([qingyuan()]).results, { asOf, scheme: "lights" }),
    ).flags as { total: Record<string, number> };
    // 措施4 (见附件, due 2021-05-31) is neither 红灯 nor 绿灯: nobody knows whether it was done.
    expect(lights.total).toEqual({
      已销号: 1,
      超期完成: 0,
      红灯: 1,
      黄灯: 1,
      绿灯: 2,
      状态无法识别: 1,
    });
  });

  it("is a caveat with its rows, and the narrative says so", () => {
    expect(summary.caveats).toEqual([
      {
        file: "丽水市院汇总.xlsx",
        sheet: "庆元县整改台账",
        kind: "problem",
        headline: true,
        type: "unknown-status",
        count: 1,
        rows: [{ file: "丽水市院汇总.xlsx", sheet: "庆元县整改台账", row: 8 }],
        message: {
          zh: "“庆元县整改台账”（丽水市院汇总.xlsx）有1条事项的进展状态无法识别，未计入已完成、正在推进、未完成和完成率，也未标识",
          en: '丽水市院汇总.xlsx, "庆元县整改台账": the status of 1 items cannot be read; they are left out of done, in progress, not done and the completion rate, and carry no flag',
        },
      },
    ]);
    expect(summary.narrative.zh).toBe(
      "截至2021年6月30日，庆元县院共查找问题5个、分析原因8个、细化推进措施6条。已完成2条（红旗），其中已销号1条；正在推进3条（黄旗）；未完成0条（黑旗）；进展状态无法识别1条（未计入完成率）。完成率40.00%，超期未完成1条，涉及庆元县院。" +
        "进度得分（满分100分）居前的是庆元县院（40分）。" +
        "（注：“庆元县整改台账”（丽水市院汇总.xlsx）有1条事项的进展状态无法识别，未计入已完成、正在推进、未完成和完成率，也未标识。）",
    );
  });
});

describe("key columns the reader cannot find", () => {
  const noProgress: SheetInput = {
    name: "问题清单",
    values: [
      ["院名称", "问题描述", "整改措施", "完成时限"],
      ["庆元县院", "人才流失", "落实服务年限", "2021-05-31"],
      ["庆元县院", "监督能力弱", "专题培训", "2021-09-30"],
    ],
  };

  it("never turn a ledger without a status column into all black flags", () => {
    const summary = summaryOf([noProgress]);
    const t = summary.problem!.totals;
    expect([t.measures.value, t.done.value, t.notStarted.value, t.unknown.value]).toEqual([
      2, 0, 0, 2,
    ]);
    expect([t.overdue.value, t.completionRate.value]).toEqual([0, null]);
    expect(summary.flags?.total.map((f) => f.count.value)).toEqual([0, 0, 0, 0, 0]);
    expect(
      summary.caveats.map(({ message, ...c }) => [
        c.type,
        "count" in c ? c.count : c.field,
        message.zh,
      ]),
    ).toEqual([
      ["missing-field", "category", "“问题清单”未找到“问题类别”列：无法按问题类别分类统计"],
      ["missing-field", "cause", "“问题清单”未找到“原因分析”列：未统计原因数"],
      [
        "missing-field",
        "responsiblePerson",
        "“问题清单”未找到“责任人”列：工作提示单无法发给具体责任人（改发责任部门或“未明确责任人”）",
      ],
      [
        "no-progress",
        2,
        "“问题清单”没有进展状态、完成时间或销号列，2条事项的进展无法判断，未计入完成率和标识",
      ],
    ]);
  });

  it("say what a missing status column costs when a 完成时间 column is there", () => {
    const withDone: SheetInput = {
      name: "问题清单",
      values: [
        ["院名称", "问题描述", "整改措施", "完成时限", "完成时间"],
        ["庆元县院", "人才流失", "落实服务年限", "2021-05-31", "2021-05-20"],
        ["庆元县院", "监督能力弱", "专题培训", "2021-06-15", null],
      ],
    };
    const summary = summaryOf([withDone]);
    const t = summary.problem!.totals;
    expect([t.done.value, t.notStarted.value, t.unknown.value, t.overdue.value]).toEqual([
      1, 1, 0, 1,
    ]);
    expect(
      summary.caveats.find((c) => c.type === "missing-field" && c.role === "status"),
    ).toMatchObject({
      headline: true,
      title: "进展状态",
      message: {
        zh: "“问题清单”未找到“进展状态”列：无法区分正在推进与未完成：有完成时间的计为已完成，其余计为未完成",
      },
    });
    expect(summary.narrative.zh).toContain(
      "（注：“问题清单”未找到“进展状态”列：无法区分正在推进与未完成：有完成时间的计为已完成，其余计为未完成。）",
    );
  });

  it("leave the 1+2 model uncounted, not zero, when 业务骨干 is missing", () => {
    const pairing: SheetInput = {
      name: "结对共建",
      values: [
        ["先进院", "薄弱院", "专题调研", "帮扶方案"],
        ["丽水市院", "庆元县院", "是", "是"],
      ],
    };
    const summary = summaryOf([pairing, exchanges()]);
    const json = summaryToJson(summary) as { pairing: { totals: { staffModelMet: unknown } } };
    expect(json.pairing.totals.staffModelMet).toBeNull();
    // Four of the six 六个一 columns are missing too: the pair is not counted complete.
    expect(summary.narrative.zh).toContain("结对共建1对，“六个一”全部完成0对。");
    expect(summary.narrative.zh).not.toContain("1+2");
    expect(summary.caveats.map((c) => c.message.zh)).toContain(
      "“人员交流”（丽水市院汇总.xlsx）未找到“业务骨干”列：“1+2”模式的业务骨干无法统计，落实对数不计",
    );
  });
});

describe("words", () => {
  it("counts a petition still 协调解决中 as pending, not resolved", () => {
    const json = summaryToJson(summaryOf([petitions()]));
    expect(json.petition).toEqual({
      totals: { received: 3, answered: 1, resolved: 1, pending: 1, unknown: 0 },
    });
  });

  it("counts causes written 一是……；二是……；三是…… one by one", () => {
    const summary = summaryOf([jingningJune()]);
    // 培训少, 线索发现难, 一是学习不够；二是监督不严
    expect(summary.problem?.totals.causes.value).toBe(4);
  });

  it("counts an item due at once (立行立改) and not done as overdue, first in the list", () => {
    const sheet: SheetInput = {
      name: "整改",
      file: "景宁县院.xlsx",
      values: [
        ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"],
        ["景宁县院", "作风问题", "立即整改", "立行立改", "正在推进"],
        ["景宁县院", "学习不够", "专题学习", "2021-06-01", "正在推进"],
        ["景宁县院", "纪律松散", "警示教育", "立行立改", "已完成"],
      ],
    };
    const summary = summaryOf([sheet]);
    expect(summary.problem?.totals.overdue.value).toBe(2);
    expect(summary.overdue.map((item) => [item.item, item.dueAtOnce, item.daysLeft])).toEqual([
      ["立即整改", true, null],
      ["专题学习", false, -29],
    ]);
    expect(
      (summaryToJson(summary).overdue as Array<{ daysOverdue: unknown }>)[0]?.daysOverdue,
    ).toBeNull();
    expect(summary.reminders[0]?.items[0]).toMatchObject({ item: "立即整改", dueAtOnce: true });
  });
});

describe("staff exchanges", () => {
  it("are counted by type, in all and per weak office", () => {
    const json = summaryToJson(summaryOf([registry(), exchanges()]));
    expect(json.exchange).toEqual({
      totals: { exchanges: 5, byType: { 挂职: 1, 跟班学习: 2, 遴选: 1, 交流: 1 } },
      byOffice: [
        { office: "庆元县人民检察院", exchanges: 2, byType: { 挂职: 1, 跟班学习: 1 } },
        { office: "景宁县人民检察院", exchanges: 2, byType: { 遴选: 1, 跟班学习: 1 } },
        { office: "龙泉市人民检察院", exchanges: 1, byType: { 交流: 1 } },
      ],
    });
  });
});

describe("the narrative's scope comes from the data", () => {
  const problemsOf = (offices: string[], file?: string): SheetInput => ({
    name: "整改",
    ...(file === undefined ? {} : { file }),
    values: [
      ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"],
      ...offices.map((office, i) => [
        office,
        `问题${i + 1}`,
        `措施${i + 1}`,
        "2021-09-30",
        "正在推进",
      ]),
    ],
  });
  const lead = (sheets: SheetInput[]) =>
    /^截至2021年6月30日，(.*?)共查找问题/.exec(summaryOf(sheets).narrative.zh)?.[1];

  it.each<[string, SheetInput[], string]>([
    [
      "the registry puts every office in one city",
      [registry(), problemsOf(["庆元县院", "景宁县院"])],
      "全市2个薄弱基层院",
    ],
    [
      "the names put them in one city",
      [problemsOf(["泰州市姜堰区院", "泰州市海陵区人民检察院"])],
      "全市2个薄弱基层院",
    ],
    [
      "the registry puts them in one province, several cities",
      [
        {
          name: "名册",
          values: [
            ["院名称", "所属市州", "省份"],
            ["庆元县院", "丽水市", "浙江省"],
            ["磐安县院", "金华市", "浙江省"],
          ],
        },
        problemsOf(["庆元县院", "磐安县院"]),
      ],
      "全省2个薄弱基层院",
    ],
    [
      "the registry puts them in several provinces",
      [
        {
          name: "名册",
          values: [
            ["院名称", "所属市州", "省份"],
            ["庆元县院", "丽水市", "浙江省"],
            ["阿坝县院", "阿坝州", "四川省"],
          ],
        },
        problemsOf(["庆元县院", "阿坝县院"]),
      ],
      "各省2个薄弱基层院",
    ],
    ["nothing says where they are", [problemsOf(["庆元县院", "阿坝县院"])], "2个薄弱基层院"],
    ["one office's own ledger", [problemsOf(["庆元县院", "庆元县院"])], "庆元县院"],
    ["one ledger naming no office", [{ ...longquan(), file: undefined, name: "Sheet1" }], "本院"],
  ])("%s: %s", (_case, sheets, expected) => {
    expect(lead(sheets)).toBe(expected);
  });

  it("names only the offices it counted behind the overdue items, unnamed ones apart", () => {
    const mixed: SheetInput = {
      name: "整改",
      values: [
        ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"],
        ["庆元县院", "问题1", "措施1", "2021-05-31", "正在推进"],
        ["景宁县院", "问题2", "措施2", "2021-05-31", "未启动"],
        [null, "问题3", "措施3", "2021-05-31", "未启动"],
      ],
    };
    const measures: SheetInput = {
      name: "帮扶措施",
      values: [
        ["帮扶单位", "受援院", "措施内容", "计划完成时间", "进展状态"],
        ["丽水市院", "遂昌县院", "派员指导", "2021-05-31", "正在推进"],
      ],
    };
    const summary = summaryOf([mixed, measures]);
    expect(summary.problem?.totals.offices.value).toBe(2);
    expect(summary.narrative.zh).toContain("2个薄弱基层院共查找问题3个、细化推进措施3条。");
    expect(summary.narrative.zh).toContain(
      "超期未完成3条，涉及景宁县院、庆元县院及1条未填院名的事项。",
    );
    expect(summary.narrative.zh).not.toContain("遂昌");
  });
});

describe("several files", () => {
  it("carry their file on every item: overdue list, reminder slips, caveats, JSON", () => {
    const summary = summaryOf([jingningJune(), longquan()]);
    expect(summary.overdue.map((item) => item.row)).toEqual([
      { file: LONGQUAN_FILE, sheet: "整改台账", row: 3 },
      { file: "丽水市院汇总.xlsx", sheet: "6月", row: 5 },
    ]);
    expect(summary.reminders.flatMap((slip) => slip.items.map((item) => item.row.file))).toEqual([
      LONGQUAN_FILE,
      "丽水市院汇总.xlsx",
    ]);
    expect(summary.caveats.every((c) => c.file !== null)).toBe(true);
    expect(
      (summaryToJson(summary).overdue as Array<{ file: string; sheet: string; row: number }>).map(
        (o) => [o.file, o.sheet, o.row],
      ),
    ).toEqual([
      [LONGQUAN_FILE, "整改台账", 3],
      ["丽水市院汇总.xlsx", "6月", 5],
    ]);
  });

  it("keep the user's punctuation in the items they list", () => {
    const summary = summaryOf([jingningJune(), longquan()]);
    expect(summary.overdue.map((item) => item.item)).toEqual([
      "措施1：招录年轻干警",
      "措施2-1：建立线索移送机制",
    ]);
  });
});

describe("the 丽水 workbook with everything mixed together", () => {
  it("gives the totals a clerk counts by hand", () => {
    // Counted from test/fixtures/lishui.ts: 景宁 (6月 only: 3 problems, 4 measures), 庆元
    // (5 problems under two headings, 6 measures, causes 2+1+1+3+1), 遂昌 (2 and 2, a second
    // table of 2 assistance measures), 龙泉 (2 and 2, no cause column); the hidden list, the
    // count table, 4月/5月 and the 作废 copy left out.
    expect(lishuiTotals()).toEqual({
      reader: "readWorkbookLedgers",
      tables: [
        "薄弱院名册:office:4",
        "6月:problem:4",
        "庆元县整改台账:problem:6",
        "遂昌县院台账:problem:2",
        "遂昌县院台账:measure:2",
        "人员交流:exchange:5",
        "困难问题:petition:3",
        "整改台账:problem:2",
      ],
      errors: 1,
      problem: {
        offices: 4,
        problems: 12,
        causes: 14,
        measures: 14,
        done: 4,
        inProgress: 6,
        notStarted: 2,
        unknown: 1,
        overdue: 4,
        closed: 1,
        completionRate: 5 / 13,
      },
      offices: ["景宁县人民检察院", "庆元县人民检察院", "遂昌县人民检察院", "龙泉市人民检察院"],
      measure: {
        measures: 2,
        done: 1,
        inProgress: 1,
        notStarted: 0,
        unknown: 0,
        overdue: 0,
        completionRate: 0.5,
      },
      petition: { received: 3, answered: 1, resolved: 1, pending: 1, unknown: 0 },
      exchange: { exchanges: 5, byType: { 挂职: 1, 跟班学习: 2, 遴选: 1, 交流: 1 } },
      flags: { 已销号: 1, 超期完成: 0, 红旗: 4, 黄旗: 6, 黑旗: 2, 状态无法识别: 1 },
      overdue: [
        "龙泉市院.xlsx整改台账!3 措施1：招录年轻干警",
        "丽水市院汇总.xlsx庆元县整改台账!10 措施6：争取上级支持",
        "丽水市院汇总.xlsx6月!5 措施2-1：建立线索移送机制",
        "丽水市院汇总.xlsx遂昌县院台账!4 措施2：拓展案件线索",
      ],
      narrative:
        "截至2021年6月30日，全市4个薄弱基层院共查找问题12个、分析原因14个、细化推进措施14条。已完成5条（红旗），其中已销号1条；正在推进6条（黄旗）；未完成2条（黑旗）；进展状态无法识别1条（未计入完成率）。完成率38.46%，超期未完成4条，涉及龙泉市院、庆元县院、景宁县院、遂昌县院。" +
        "受理困难问题反映3件，已答复或协调解决2件，尚在办理1件。" +
        "人员交流5人次，其中挂职1人次、跟班学习2人次、遴选1人次、交流1人次。" +
        "进度得分（满分100分）居前的是景宁县院（44.4分）、庆元县院（40分）、遂昌县院（38.9分）。" +
        "（注：“庆元县整改台账”（丽水市院汇总.xlsx）有1条事项的进展状态无法识别，未计入已完成、正在推进、未完成和完成率，也未标识。）",
    });
  });

  it("reads the same figures from the workbook's sheets in another order", () => {
    const read = readWorkbookLedgers([
      longquan(),
      suichangTwoTables(),
      qingyuan(),
      jingningJune(),
      registry(),
    ]);
    const again = summarize(read.results, { asOf }).problem!.totals;
    expect([again.problems.value, again.measures.value, again.overdue.value]).toEqual([12, 14, 4]);
  });

  it("differs from reading sheet by sheet only where the old reading was wrong", () => {
    // The old way: every sheet read alone. Kept as a reminder of what the issue reported.
    const old = validateLedgers(
      [jingningJune(), jingningJune()].map((sheet, i) =>
        readLedger({ ...sheet, name: `${i + 5}月` }),
      ),
    );
    expect(summarize(old, { asOf }).problem?.totals.measures.value).toBe(8);
    expect(
      summaryOf([jingningJune(), { ...jingningJune(), name: "5月" }]).problem?.totals.measures
        .value,
    ).toBe(4);
  });
});
