// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { strings } from "../i18n";
import type { SummaryOutcome } from "../../app/operations";
import { taizhangTheme } from "../theme";
import { SummaryPanel } from "./SummaryPanel";

afterEach(cleanup);

const NARRATIVE =
  "截至2021年6月30日，全省3个薄弱基层院共查找问题3个、细化推进措施4条；完成率25.00%。";
const OUTCOME: SummaryOutcome = {
  sheets: ["台账汇总", "工作提示单"],
  notes: [],
  figures: {
    asOf: "2021-06-30",
    headline: [
      { label: "查找问题", value: "3" },
      { label: "完成率", value: "25.00%" },
    ],
    narrative: NARRATIVE,
    reminderSlips: 2,
  },
};

function renderPanel(copyText: (text: string) => Promise<void>) {
  const fake = fakeOperations({ summarize: async () => OUTCOME });
  render(
    <FluentProvider theme={taizhangTheme}>
      <SummaryPanel
        ops={fake.ops}
        text={strings.zh}
        lang="zh"
        today="2021-06-30"
        copyText={copyText}
      />
    </FluentProvider>,
  );
  return fake;
}

describe("汇总 panel", () => {
  it("generates as of the date chosen at the call site, shows figures and the briefing, copies it", async () => {
    const copied: string[] = [];
    const { calls } = renderPanel(async (t) => void copied.push(t));
    expect((screen.getByLabelText("截至日期") as HTMLInputElement).value).toBe("2021-06-30");
    fireEvent.click(screen.getByLabelText("督办亮灯（绿灯正常、黄灯临期、红灯超期）"));
    fireEvent.change(screen.getByLabelText("临期天数"), { target: { value: "10" } });
    fireEvent.click(screen.getByLabelText("同时生成工作提示单"));
    fireEvent.click(screen.getByRole("button", { name: "生成汇总" }));
    await screen.findByText("已生成“台账汇总”“工作提示单”。");
    expect(calls).toEqual([
      {
        name: "summarize",
        args: [{ asOf: "2021-06-30", scheme: "lights", dueSoonDays: 10, slips: false }],
      },
    ]);
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
    fireEvent.click(screen.getByRole("button", { name: "生成汇总" }));
    await screen.findByText(/已生成/);
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    await screen.findByText("无法访问剪贴板，请手动选中文字复制。");
  });
});
