// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../../test/app/_lib/fakeOperations";
import { strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import { taizhangTheme } from "../theme";
import { FlagsPanel } from "./FlagsPanel";
import { TemplatesPanel } from "./TemplatesPanel";

afterEach(cleanup);

function renderFlags(ops: LedgerOperations, noConditionalFormats = false) {
  render(
    <FluentProvider theme={taizhangTheme}>
      <FlagsPanel
        ops={ops}
        text={strings.zh}
        lang="zh"
        today="2021-06-30"
        noConditionalFormats={noConditionalFormats}
      />
    </FluentProvider>,
  );
}

describe("标识 panel", () => {
  it("applies the chosen scheme and shows the write's notes", async () => {
    const { ops, calls } = fakeOperations({
      applyFlags: async () => ({
        sheets: [],
        flagged: ["问题整改台账"],
        notes: ["“完成时限”列中有文本形式的日期，这些行无法判断超期/临期。"],
      }),
    });
    renderFlags(ops);
    expect(screen.queryByText(/不支持条件格式/)).toBeNull();
    fireEvent.click(
      screen.getByLabelText("生成规范日期列（完成时限为文字时，在右侧新增一列日期，原列不改动）"),
    );
    fireEvent.click(screen.getByRole("button", { name: "添加标识" }));
    await screen.findByText("已为“问题整改台账”添加标识列。");
    expect(screen.getByText(/文本形式的日期/)).toBeTruthy();
    expect(calls).toEqual([
      {
        name: "applyFlags",
        args: [{ scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30", normaliseDeadlines: true }],
      },
    ]);
  });

  it("warns up front when Excel is too old for conditional formats", () => {
    renderFlags(fakeOperations({}).ops, true);
    expect(screen.getByText(/当前 Excel 不支持条件格式（需要 ExcelApi 1.6）/)).toBeTruthy();
  });
});

describe("模板 panel", () => {
  it("offers the ten ledgers and inserts the chosen one", async () => {
    const { ops, calls } = fakeOperations({
      insertTemplate: async () => ({ sheets: ["经费援助台账"], notes: [] }),
    });
    render(
      <FluentProvider theme={taizhangTheme}>
        <TemplatesPanel ops={ops} text={strings.zh} lang="zh" />
      </FluentProvider>,
    );
    const select = screen.getByLabelText("台账类型") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "薄弱院名册",
      "问题整改台账",
      "帮扶措施台账",
      "结对共建台账",
      "人员交流台账",
      "困难问题反映台账",
      "工作活动台账",
      "绩效考评台账",
      "经费援助台账",
      "案件评查台账",
    ]);
    fireEvent.change(select, { target: { value: "funding" } });
    fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByText("已新建工作表“经费援助台账”。");
    expect(calls).toEqual([{ name: "insertTemplate", args: ["funding"] }]);
  });
});
