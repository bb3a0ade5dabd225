import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { openItems, overdueItems } from "./items";
import { isReminded, reminderSlips } from "./reminders";

const ledger = testLedger(
  "problem",
  [
    ["office", "office"],
    ["measure", "measure"],
    ["unit", "responsibleUnit"],
    ["person", "responsiblePerson"],
    ["deadline", "deadline"],
    ["status", "status"],
  ],
  [
    ["甲院", "建章立制", "办公室", "张明", "2021-07-03", "inProgress"],
    ["甲院", "补齐短板", "办公室", "张明", "2021-06-20", "notStarted"],
    ["乙院", "跟班学习", "政治部", "李华", "2021-07-20", "inProgress"],
    ["乙院", "送训上门", "政治部", null, "2021-06-28", "inProgress"],
    ["乙院", "已办完", "政治部", "李华", "2021-06-01", "done"],
    ["丙院", "长期坚持", null, null, "长期坚持", "inProgress"],
    ["丙院", "无人负责", null, null, "2021-07-01", "notStarted"],
  ],
);

describe("reminder slips (工作提示单)", () => {
  const items = openItems([ledger], { asOf: "2021-06-30" });

  it("lists what is overdue or due within N days per person, by deadline", () => {
    expect(reminderSlips(items, { withinDays: 7 })).toEqual([
      {
        recipient: "张明",
        recipientType: "person",
        items: [
          {
            office: "甲院",
            item: "补齐短板",
            deadline: "2021-06-20",
            status: "notStarted",
            state: "overdue",
            days: 10,
            row: { sheet: "problem", row: 4 },
          },
          {
            office: "甲院",
            item: "建章立制",
            deadline: "2021-07-03",
            status: "inProgress",
            state: "dueSoon",
            days: 3,
            row: { sheet: "problem", row: 3 },
          },
        ],
      },
      {
        recipient: "政治部",
        recipientType: "unit",
        items: [
          {
            office: "乙院",
            item: "送训上门",
            deadline: "2021-06-28",
            status: "inProgress",
            state: "overdue",
            days: 2,
            row: { sheet: "problem", row: 6 },
          },
        ],
      },
      {
        recipient: "（未明确责任人）",
        recipientType: "none",
        items: [
          {
            office: "丙院",
            item: "无人负责",
            deadline: "2021-07-01",
            status: "notStarted",
            state: "dueSoon",
            days: 1,
            row: { sheet: "problem", row: 9 },
          },
        ],
      },
    ]);
  });

  it("addresses units on request and widens the window", () => {
    const slips = reminderSlips(items, { withinDays: 30, by: "unit" });
    expect(slips.map((slip) => [slip.recipient, slip.items.map((item) => item.item)])).toEqual([
      ["办公室", ["补齐短板", "建章立制"]],
      ["政治部", ["送训上门", "跟班学习"]],
      ["（未明确责任人）", ["无人负责"]],
    ]);
  });

  it("keeps only the items a slip or the overdue list shows when openItems is told so", () => {
    for (const withinDays of [0, 3, 7, 30]) {
      const kept = openItems([ledger], { asOf: "2021-06-30" }, (state) =>
        isReminded(state, { withinDays }),
      );
      if (withinDays < 20) expect(kept.length).toBeLessThan(items.length);
      expect(kept).toEqual(items.filter((item) => isReminded(item, { withinDays })));
      expect(reminderSlips(kept, { withinDays })).toEqual(reminderSlips(items, { withinDays }));
      expect(overdueItems(kept)).toEqual(overdueItems(items));
    }
  });
});
