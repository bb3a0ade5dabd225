// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../test/app/_lib/fakeOperations";
import { checkCapabilities, type RequirementCheck } from "../excel/capabilities";
import { App } from "./App";
import type { TaskpaneHost } from "./host";
import type { Lang } from "./i18n";
import type { LedgerOperations } from "../app/operations";
import type { RowsRechecked } from "../app/validation";
import { taizhangTheme } from "./theme";

afterEach(cleanup);

/** A host whose Excel supports ExcelApi 1.1 … 1.`maxMinor`. */
function hostWith(
  lang: Lang,
  maxMinor: number | null,
  operations: LedgerOperations | null = null,
): TaskpaneHost {
  const check: RequirementCheck = (set, version) =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= (maxMinor ?? -1);
  return {
    lang,
    inExcel: maxMinor !== null,
    checkCapabilities: () => checkCapabilities(check),
    operations,
    today: () => "2021-06-30",
    copyText: async () => undefined,
  };
}

function renderApp(host: TaskpaneHost) {
  return render(
    <FluentProvider theme={taizhangTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

/** Operations for the shell: sheets to list, and a watch that records its listener. */
function shellOperations() {
  const listeners: ((u: RowsRechecked) => void)[] = [];
  let stops = 0;
  const fake = fakeOperations({
    listSheets: async () => ({ sheets: ["Sheet1"], active: "Sheet1", bound: [] }),
    watchEdits: async (listener) => {
      listeners.push(listener);
      return async () => void stops++;
    },
  });
  return { ...fake, listeners, stops: () => stops };
}

/** The tabs by accessible name, in order (Fluent keeps a hidden bold copy of each label). */
function expectTabs(names: string[]) {
  const tabs = screen.getAllByRole("tab");
  expect(tabs).toHaveLength(names.length);
  names.forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
}

describe("task pane shell", () => {
  it("speaks Chinese by default, reports a complete Excel and offers the five panels", async () => {
    const { ops, calls } = shellOperations();
    renderApp(hostWith("zh", 17, ops));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("台账助手");
    expect(screen.getByText("当前 Excel 支持台账助手的全部功能。")).toBeTruthy();
    expectTabs(["台账识别", "校验", "标识", "汇总", "模板"]);
    await screen.findByText(/尚未保存台账/);
    // The first panel lists the sheets; the shell watches the bound ledgers for edits.
    expect(calls.map((c) => c.name).sort()).toEqual(["listSheets", "watchEdits"]);
  });

  it("watches the bound ledgers while open and stops when closed", async () => {
    const shell = shellOperations();
    const view = renderApp(hostWith("zh", 17, shell.ops));
    await waitFor(() => expect(shell.listeners).toHaveLength(1));
    view.unmount();
    await waitFor(() => expect(shell.stops()).toBe(1));
  });

  it("switches panels", async () => {
    renderApp(hostWith("zh", 17, shellOperations().ops));
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    expect(screen.getByRole("button", { name: "生成汇总" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    expect(screen.getByRole("button", { name: "校验台账" })).toBeTruthy();
  });

  it("names each missing requirement set and what it enables, in Chinese", () => {
    renderApp(hostWith("zh", 8, shellOperations().ops));
    expect(screen.getByText(/缺少以下功能/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["ExcelApi 1.13（识别合并单元格并向下填充）"]);
  });

  it("says the add-in cannot run when a required set is missing, and offers no panels", () => {
    renderApp(hostWith("zh", 3, shellOperations().ops));
    expect(screen.getByText(/版本过旧，台账助手无法运行/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toBe("ExcelApi 1.4（在工作簿中保存台账设置（列对应关系、亮灯方案））");
    expect(items).toHaveLength(4);
    expect(screen.queryAllByRole("tab")).toEqual([]);
  });

  it("speaks English to an English Office", () => {
    renderApp(hostWith("en", 13, shellOperations().ops));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Taizhang");
    expect(screen.getByText("This Excel supports everything Taizhang does.")).toBeTruthy();
    expectTabs(["Recognise", "Validate", "Flags", "Summary", "Templates"]);
  });

  it("explains itself when opened outside Excel, without asking for requirement sets", () => {
    const host = hostWith("zh", null);
    host.checkCapabilities = () => {
      throw new Error("must not be called outside Excel");
    };
    renderApp(host);
    expect(screen.getByText(/未在 Excel 中运行/)).toBeTruthy();
    expect(screen.queryAllByRole("tab")).toEqual([]);
  });
});
