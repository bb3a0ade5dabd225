import { describe, expect, it } from "vitest";
import { jingningJune, longquan, qingyuan } from "../../../test/fixtures/lishui";
import { readWorkbookLedgers } from "../read";
import { summarize } from "../summary";
import { summaryView } from "./summaryView";

describe("summaryView", () => {
  const summary = summarize(readWorkbookLedgers([jingningJune(), qingyuan(), longquan()]).results, {
    asOf: "2021-06-30",
  });
  const view = summaryView(summary);
  const table = (key: string) => view.tables.find((t) => t.key === key);

  it("places each overdue item by file, sheet and row", () => {
    expect(table("overdue")?.rows.map((r) => [r.item, r.place])).toEqual([
      ["措施1：招录年轻干警", "龙泉市院.xlsx “整改台账”第3行"],
      ["措施6：争取上级支持", "丽水市院汇总.xlsx “庆元县整改台账”第10行"],
      ["措施2-1：建立线索移送机制", "丽水市院汇总.xlsx “6月”第5行"],
    ]);
  });

  it("shows 状态无法识别 per office when some item has it, and the caveats under the tables", () => {
    expect(table("byOffice")?.columns.map((c) => c.title)).toContain("状态无法识别");
    expect(table("byOffice")?.rows.map((r) => [r.office, r.unknown])).toEqual([
      ["景宁县人民检察院", 0],
      ["庆元县人民检察院", 1],
      ["龙泉市人民检察院", 0],
      ["合计", 1],
    ]);
    expect(table("caveats")?.rows.map((r) => r.caveat)).toEqual(
      summary.caveats.map((c) => c.message.zh),
    );
  });
});
