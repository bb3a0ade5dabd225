// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeOperations } from "../../test/app/_lib/fakeOperations";
import { checkCapabilities, type RequirementCheck } from "../excel/capabilities";
import { TaizhangError } from "../core/errors";
import { App } from "./App";
import type { TaskpaneHost } from "./host";
import type { Lang } from "./i18n";
import type { LedgerOperations } from "../app/operations";
import type { RunOptions } from "../app/progress";
import type { RowsRechecked, Validation } from "../app/validation";
import { taizhangTheme, themeNameOf } from "./theme";

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
    theme: "light",
    inExcel: maxMinor !== null,
    checkCapabilities: () => checkCapabilities(check),
    operations,
    today: () => "2021-06-30",
    copyText: async () => undefined,
  };
}

function renderApp(host: TaskpaneHost) {
  return render(
    <FluentProvider theme={taizhangTheme()}>
      <App host={host} />
    </FluentProvider>,
  );
}

/** Operations for the shell: sheets to list, and a watch that records its listener. */
function shellOperations(given: Partial<LedgerOperations> = {}) {
  const listeners: ((u: RowsRechecked) => void)[] = [];
  let stops = 0;
  const fake = fakeOperations({
    listSheets: async () => ({ sheets: ["Sheet1"], active: "Sheet1", bound: [] }),
    watchEdits: async (listener) => {
      listeners.push(listener);
      return async () => void stops++;
    },
    ...given,
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
  it("speaks Chinese by default: a one-line header, no banner for a complete Excel, five tabs", async () => {
    const { ops, calls } = shellOperations();
    renderApp(hostWith("zh", 17, ops));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("台账助手");
    expect(screen.queryByText(/Excel/)).toBeNull();
    expectTabs(["台账识别", "校验", "标识", "汇总", "模板"]);
    await screen.findByRole("region", { name: "三步开始" });
    expect((screen.getByLabelText("截至") as HTMLInputElement).value).toBe("2021-06-30");
    // The first panel lists the sheets; with nothing registered there is nothing to watch.
    await waitFor(() => expect(calls.map((c) => c.name)).toEqual(["listSheets"]));
  });

  it("keeps one as-of date for the workbook: the stored one, saved again when changed", async () => {
    const { ops, calls } = shellOperations({
      listSheets: async () => ({
        sheets: ["Sheet1"],
        active: "Sheet1",
        bound: [],
        asOf: "2021-03-31",
      }),
      setAsOf: async () => undefined,
    });
    renderApp(hostWith("zh", 17, ops));
    const date = screen.getByLabelText("截至") as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe("2021-03-31"));
    fireEvent.change(date, { target: { value: "2021-06-15" } });
    await waitFor(() => expect(calls.some((c) => c.name === "setAsOf")).toBe(true), {
      timeout: 3000,
    });
    expect(calls.find((c) => c.name === "setAsOf")?.args).toEqual(["2021-06-15"]);
    // Back to today in one click.
    fireEvent.click(screen.getByRole("button", { name: "今天" }));
    expect(date.value).toBe("2021-06-30");
  });

  it("watches the registered ledgers while open and stops when closed", async () => {
    const shell = shellOperations({
      listSheets: async () => ({
        sheets: ["Sheet1"],
        active: "Sheet1",
        bound: [{ sheet: "Sheet1", kind: "problem", kindTitle: "问题整改台账", flagged: false }],
      }),
    });
    const view = renderApp(hostWith("zh", 17, shell.ops));
    await waitFor(() => expect(shell.listeners).toHaveLength(1));
    view.unmount();
    await waitFor(() => expect(shell.stops()).toBe(1));
  });

  it("loads a panel when first opened", async () => {
    renderApp(hostWith("zh", 17, shellOperations().ops));
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    // The panels' code is loaded on first opening (here, transformed on first import: slow).
    const wait = { timeout: 10_000 };
    expect(await screen.findByRole("button", { name: "生成汇总" }, wait)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    expect(await screen.findByRole("button", { name: "校验台账" }, wait)).toBeTruthy();
  });

  it("offers 合并报送 between 汇总 and 模板 where the host can consolidate into the workbook", async () => {
    const host = hostWith("zh", 17, shellOperations().ops);
    host.consolidation = {
      consolidate: () => Promise.reject(new Error("not called")),
      showSheet: async () => undefined,
    };
    renderApp(host);
    expectTabs(["台账识别", "校验", "标识", "汇总", "合并报送", "模板"]);
    fireEvent.click(screen.getByRole("tab", { name: "合并报送" }));
    const button = await screen.findByRole(
      "button",
      { name: "合并到当前工作簿" },
      { timeout: 10_000 },
    );
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it("runs one operation at a time: the others wait visibly, and 取消 stops it", async () => {
    let progress: RunOptions["onProgress"];
    const { ops } = shellOperations({
      validate: (_target, options = {}) => {
        progress = options.onProgress;
        return new Promise<Validation>((_, reject) =>
          options.signal?.addEventListener("abort", () => reject(new TaizhangError("cancelled"))),
        );
      },
    });
    renderApp(hostWith("zh", 17, ops));
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    fireEvent.click(await screen.findByRole("button", { name: "校验台账" }, { timeout: 10_000 }));
    act(() => progress?.({ stage: "read", sheet: "Sheet1", done: 12_000, total: 20_000 }));
    const bar = await screen.findByTestId("activity");
    expect(bar.textContent).toContain("正在校验：读取“Sheet1”12,000/20,000行…");
    // Another panel's action waits: its button is disabled while the check runs.
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    const summary = (await screen.findByRole(
      "button",
      { name: "生成汇总" },
      { timeout: 10_000 },
    )) as HTMLButtonElement;
    expect(summary.disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByTestId("activity")).toBeNull());
    expect(summary.disabled).toBe(false);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    expect(await screen.findByText("已取消，工作簿未做任何更改。")).toBeTruthy();
  });

  it("names each missing requirement set and what it enables, in Chinese", () => {
    renderApp(hostWith("zh", 8, shellOperations().ops));
    expect(screen.getByText(/缺少以下功能/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toContain("ExcelApi 1.13（识别合并单元格并向下填充）");
  });

  it("says the add-in cannot run when a required set is missing, and offers no panels", () => {
    renderApp(hostWith("zh", 3, shellOperations().ops));
    expect(screen.getByText(/版本过旧，台账助手无法运行/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toBe("ExcelApi 1.4（在工作簿中保存台账设置（列对应关系、亮灯方案））");
    expect(items).toHaveLength(4);
    expect(screen.queryAllByRole("tab")).toEqual([]);
  });

  it("speaks English to an English Office, with tab names short enough for 350 px", () => {
    renderApp(hostWith("en", 17, shellOperations().ops));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Taizhang");
    expectTabs(["Ledgers", "Check", "Flags", "Summary", "Templates"]);
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

describe("Office theme", () => {
  it.each([
    [{ isDarkTheme: true }, "dark"],
    [{ isDarkTheme: false, bodyBackgroundColor: "#262626" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#0A0A0A" }, "dark"],
    [{ bodyBackgroundColor: "#E6E6E6" }, "light"],
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [undefined, "light"],
  ] as const)("%o is %s", (theme, name) => {
    expect(themeNameOf(theme)).toBe(name);
  });
});
