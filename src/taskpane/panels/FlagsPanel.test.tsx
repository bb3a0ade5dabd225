// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { renderInPane } from "../../../test/taskpane/_lib/renderInPane";
import { strings } from "../i18n";
import type { WorkbookOverview } from "../../app/operations";
import { FlagsPanel } from "./FlagsPanel";
import { TemplatesPanel } from "./TemplatesPanel";

afterEach(cleanup);

const OVERVIEW: WorkbookOverview = {
  sheets: ["问题整改台账"],
  active: "问题整改台账",
  bound: [{ sheet: "问题整改台账", kind: "problem", kindTitle: "问题整改台账", flagged: false }],
  asOf: "2021-06-30",
};

function renderFlags(given: Parameters<typeof fakeOperations>[0], noConditionalFormats = false) {
  const fake = fakeOperations({ listSheets: async () => OVERVIEW, ...given });
  renderInPane(fake.ops, (workbook) => (
    <FlagsPanel
      ops={fake.ops}
      text={strings.zh}
      lang="zh"
      workbook={workbook}
      noConditionalFormats={noConditionalFormats}
      onFlagged={async () => undefined}
    />
  ));
  return fake;
}

const legend = () =>
  within(screen.getByRole("region", { name: "标识说明" }))
    .getAllByRole("term")
    .map((t) => `${t.textContent}＝${t.nextElementSibling?.textContent}`);

describe("标识 panel", () => {
  it("explains the scheme's flags, asks 临期天数 only for lights, applies as of the workbook's date", async () => {
    const { calls } = renderFlags({
      applyFlags: async () => ({ sheets: [], flagged: ["问题整改台账"], notes: ["说明一"] }),
    });
    await screen.findByText("将使用已登记的1张台账：“问题整改台账”。");
    expect(legend()).toEqual([
      "已销号＝已销号",
      "超期完成＝已完成，但晚于完成时限",
      "红旗＝已完成",
      "黄旗＝正在推进",
      "黑旗＝未完成",
    ]);
    expect(screen.queryByLabelText("临期天数")).toBeNull();
    fireEvent.click(screen.getByLabelText("督办亮灯（按完成时限：红灯、黄灯、绿灯）"));
    fireEvent.change(screen.getByLabelText("临期天数"), { target: { value: "5" } });
    expect(legend()).toContain("黄灯＝5天内到期");
    fireEvent.click(screen.getByRole("button", { name: "添加标识" }));
    await screen.findByText("已为“问题整改台账”添加标识列。");
    expect(screen.getByText("说明一")).toBeTruthy();
    expect(calls.find((c) => c.name === "applyFlags")?.args[0]).toEqual({
      scheme: "lights",
      dueSoonDays: 5,
      asOf: "2021-06-30",
      normaliseDeadlines: true,
      sheet: "问题整改台账",
    });
    // Unticked, the choice reaches the workflow as an explicit no.
    fireEvent.click(screen.getByRole("checkbox", { name: /规范日期/ }));
    fireEvent.click(screen.getByRole("button", { name: "添加标识" }));
    await vi.waitFor(() =>
      expect(calls.filter((c) => c.name === "applyFlags").at(-1)?.args[0]).toMatchObject({
        normaliseDeadlines: false,
      }),
    );
  });

  it("warns up front when Excel is too old for conditional formats", async () => {
    renderFlags({}, true);
    expect(await screen.findByText(/不支持条件格式/)).toBeTruthy();
  });
});

describe("模板 panel", () => {
  it("offers the ten ledgers and inserts the chosen one", async () => {
    const { ops, calls } = fakeOperations({
      listSheets: async () => OVERVIEW,
      insertTemplate: async () => ({ sheets: ["经费援助台账"], notes: [] }),
    });
    renderInPane(ops, (workbook) => (
      <TemplatesPanel ops={ops} text={strings.zh} lang="zh" workbook={workbook} />
    ));
    const select = screen.getByLabelText("台账类型") as HTMLSelectElement;
    expect(select.options).toHaveLength(10);
    fireEvent.change(select, { target: { value: "funding" } });
    fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByText("已新建工作表“经费援助台账”。");
    expect(calls.find((c) => c.name === "insertTemplate")?.args).toEqual(["funding"]);
  });
});
