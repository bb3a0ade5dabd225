// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { renderInPane } from "../../../test/taskpane/_lib/renderInPane";
import { strings } from "../i18n";
import type { SummaryOutcome } from "../../app/operations";
import { SummaryPanel } from "./SummaryPanel";

afterEach(cleanup);

const NARRATIVE =
  "截至2021年3月31日，全省3个薄弱基层院共查找问题3个、细化推进措施4条。完成率25.00%，无超期未完成事项。";
const OUTCOME: SummaryOutcome = {
  sheets: ["台账汇总", "工作提示单"],
  notes: [],
  figures: {
    asOf: "2021-03-31",
    headline: [
      { label: "查找问题", value: "3" },
      { label: "完成率", value: "25.00%" },
    ],
    narrative: NARRATIVE,
    reminderSlips: 2,
  },
};

function renderPanel(copyText: (text: string) => Promise<void>) {
  const fake = fakeOperations({
    listSheets: async () => ({
      sheets: ["问题整改台账"],
      active: "问题整改台账",
      bound: [],
      asOf: "2021-03-31",
    }),
    summarize: async () => OUTCOME,
  });
  renderInPane(fake.ops, (workbook) => (
    <SummaryPanel
      ops={fake.ops}
      text={strings.zh}
      lang="zh"
      workbook={workbook}
      copyText={copyText}
    />
  ));
  return fake;
}

describe("汇总 panel", () => {
  it("generates as of the workbook's date, shows figures and the briefing, copies it", async () => {
    const copied: string[] = [];
    const { calls } = renderPanel(async (t) => void copied.push(t));
    await screen.findByText("将使用工作表“问题整改台账”（尚未登记，可在“台账识别”中更换）。");
    // Slips count what falls due soon: 临期天数 is asked while they are wanted.
    expect(screen.getByLabelText("临期天数")).toBeTruthy();
    fireEvent.click(screen.getByLabelText("同时生成工作提示单"));
    expect(screen.queryByLabelText("临期天数")).toBeNull();
    fireEvent.click(screen.getByLabelText("督办亮灯（按完成时限：红灯、黄灯、绿灯）"));
    fireEvent.change(screen.getByLabelText("临期天数"), { target: { value: "10" } });
    fireEvent.click(screen.getByRole("button", { name: "生成汇总" }));
    await screen.findByText("已生成“台账汇总”、“工作提示单”。");
    expect(calls.find((c) => c.name === "summarize")?.args[0]).toEqual({
      asOf: "2021-03-31",
      scheme: "lights",
      dueSoonDays: 10,
      slips: false,
      sheet: "问题整改台账",
    });
    const figures = screen.getByRole("region", { name: "主要数据" });
    expect(
      within(figures)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["查找问题3", "完成率25.00%"]);
    expect((screen.getByRole("textbox", { name: "工作简报" }) as HTMLTextAreaElement).value).toBe(
      NARRATIVE,
    );
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("已复制。");
    expect(copied).toEqual([NARRATIVE]);
  });

  it("says so when the clipboard is refused", async () => {
    renderPanel(async () => {
      throw new Error("denied");
    });
    fireEvent.click(await screen.findByRole("button", { name: "生成汇总" }));
    await screen.findByText(/已生成/);
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("无法访问剪贴板，请手动选中文字复制。");
  });
});
