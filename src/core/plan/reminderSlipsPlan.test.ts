import { describe, expect, it } from "vitest";
import { reminderSlipsPlan } from "./reminderSlipsPlan";

describe("reminderSlipsPlan", () => {
  it("writes states as words and an item due at once (立行立改) as such, never 超期0天", () => {
    const sheet = reminderSlipsPlan(
      [
        {
          recipient: "刘洋",
          items: [
            {
              item: "立即整改",
              deadline: null,
              status: "inProgress",
              state: "overdue",
              days: 0,
              dueAtOnce: true,
            },
            {
              item: "专题学习",
              deadline: "2021-06-01",
              status: "notStarted",
              state: "overdue",
              days: 29,
            },
          ],
        },
      ],
      "2021-06-30",
    ).sheets[0]!;
    const table = sheet.blocks.find((b) => b.values[0]?.[0] === "序号")!;
    expect(table.values.slice(1).map((row) => [row[2], row[4], row[5]])).toEqual([
      ["立即整改", "正在推进", "应立行立改，尚未完成"],
      ["专题学习", "未完成", "超期29天"],
    ]);
  });
});
