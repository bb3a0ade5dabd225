import { describe, expect, it } from "vitest";
import { flagScheme } from "../flags";
import { flagLegend } from "./legend";
import { summaryPlan } from "./summaryPlan";
import { denseRanks } from "./summaryView";

describe("the summary sheet's explanations", () => {
  it("ranks the Chinese way: ties share a place and the next follows on", () => {
    expect(denseRanks([72.1, 70.3, 72.1, null, 60])).toEqual([1, 2, 1, null, 3]);
  });

  it("explains each flag of the scheme in its own colours", () => {
    expect(flagLegend(flagScheme("flags"), "zh").map((e) => [e.label, e.meaning])).toEqual([
      ["已销号", "已销号"],
      ["超期完成", "已完成，但晚于完成时限"],
      ["红旗", "已完成"],
      ["黄旗", "正在推进"],
      ["黑旗", "未完成"],
    ]);
    const lights = flagLegend(flagScheme("lights", { dueSoonDays: 5 }), "en");
    expect(lights.find((e) => e.id === "dueSoon")).toMatchObject({
      label: "Yellow light",
      meaning: "due within 5 days",
      fill: "#FFFF00",
    });
  });

  it("writes the legend under the headline, each word on its colour", () => {
    const plan = summaryPlan({
      asOf: "2021-06-30",
      title: "台账工作汇总",
      headline: [{ label: "推进措施", value: 4 }],
      narrative: "截至2021年6月30日，……。",
      legend: {
        title: "标识说明（挂图作战）",
        entries: [{ label: "红旗", meaning: "已完成", fill: "#C00000", font: "#FFFFFF" }],
      },
      tables: [],
      charts: [],
    });
    const sheet = plan.sheets[0]!;
    const at = sheet.blocks.find((b) => b.values[0]?.[0] === "标识说明（挂图作战）")!;
    expect(sheet.blocks.find((b) => b.row === at.row + 1)?.values).toEqual([["红旗", "已完成"]]);
    expect(sheet.styles).toContainEqual(
      expect.objectContaining({
        area: { row: at.row + 1, column: 0, rowCount: 1, columnCount: 1 },
        fill: "#C00000",
        fontColor: "#FFFFFF",
      }),
    );
  });
});
