import { describe, expect, it } from "vitest";
import { issueReportPlan, reminderSlipsPlan } from "../../../src/core/plan";
import { problemSheet } from "../_lib/ledgers";
import { summaryPlans } from "../_lib/summary";

describe("summary, issue list and reminder slips plans", () => {
  it("lays out the summary with both charts over contiguous data", () => {
    const plan = summaryPlans([problemSheet(40)]);
    const summary = plan.sheets.find((s) => s.key === "summary")!;
    expect(summary.name).toBe("台账汇总");
    expect(String(summary.blocks[0]!.values[0]![0])).toContain("截至2021年6月30日");
    expect(summary.charts.map((c) => [c.key, c.type])).toEqual([
      ["flagsByOffice", "BarStacked"],
      ["completionByOffice", "ColumnClustered"],
    ]);
    for (const chart of summary.charts) {
      // The chart's block: first row the series names, first column the offices.
      const block = summary.blocks.find(
        (b) => b.row === chart.source.row && b.column === chart.source.column,
      );
      expect(block?.values).toHaveLength(chart.source.rowCount);
      expect(block?.values.slice(1).map((r) => r[0])).toContain("阿坝县人民检察院");
    }
    const flags = summary.charts[0]!;
    expect(flags.colors).toContain("#C00000");
  });

  it("links each issue to its cell and caps the list at 1,000", () => {
    const errors = Array.from({ length: 1_200 }, (_, i) => ({
      sheet: "问题 整改",
      type: "type-error",
      rowNumber: i + 3,
      fieldNumber: 6,
      fieldName: "deadline",
      cell: '=HYPERLINK("x")',
      message: { zh: "日期无法识别", en: "Not a date" },
    }));
    const sheet = issueReportPlan(errors).sheets[0]!;
    expect(sheet.hyperlinks).toHaveLength(1_000);
    expect(sheet.hyperlinks[0]).toEqual({
      row: 2,
      column: 2,
      sheet: "问题 整改",
      address: "F3",
      text: "F3",
    });
    expect(sheet.blocks[0]!.values[0]![0]).toBe("台账问题清单（共1200处，显示前1000处）");
    expect(sheet.blocks[1]!.values[1]).toEqual([
      1,
      "问题 整改",
      "F3",
      "deadline",
      '=HYPERLINK("x")',
      "格式错误",
      "日期无法识别",
    ]);
    // In clerk words where the caller says where; never an internal type code, in either language.
    const said = issueReportPlan(
      [{ ...errors[0]!, where: { zh: "第3行“完成时限”", en: 'Row 3, "完成时限"' } }],
      "en",
    ).sheets[0]!;
    expect(said.blocks[1]!.values[1]!.slice(3, 7)).toEqual([
      'Row 3, "完成时限"',
      '=HYPERLINK("x")',
      "Wrong format",
      "Not a date",
    ]);
  });

  it("puts each reminder slip on its own page, items by deadline", () => {
    const slips = [
      {
        recipient: "张三",
        items: [
          { item: "后到期", deadline: "2021-07-05", state: "dueSoon" as const, days: 5 },
          {
            item: "先到期",
            deadline: "2021-06-01",
            status: "inProgress",
            state: "overdue" as const,
            days: 29,
          },
          { item: "今天到期", deadline: "2021-06-30", state: "dueSoon" as const, days: 0 },
        ],
      },
      {
        recipient: "李四",
        items: [{ item: "事项", deadline: "2021-06-20", state: "overdue" as const, days: 10 }],
      },
      { recipient: "王五", items: [{ item: "事项", deadline: null, state: "dueSoon" as const }] },
    ];
    const sheet = reminderSlipsPlan(slips, "2021-06-30").sheets[0]!;
    const titles = sheet.blocks.filter((b) => b.values[0]?.[0] === "工作提示单").map((b) => b.row);
    expect(titles).toHaveLength(3);
    expect(sheet.print?.breaksBefore).toEqual(titles.slice(1));
    const firstTable = sheet.blocks.find((b) => b.values[0]?.[0] === "序号")!;
    expect(firstTable.values.slice(1).map((r) => r[2])).toEqual(["先到期", "今天到期", "后到期"]);
    // The ledger's words for the state and the hint, never the reader's codes.
    expect(firstTable.values.slice(1).map((r) => [r[4], r[5]])).toEqual([
      ["正在推进", "超期29天"],
      ["", "今日到期"],
      ["", "5天后到期"],
    ]);
  });
});
