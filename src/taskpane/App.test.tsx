// @vitest-environment jsdom
import { FluentProvider } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { checkCapabilities, type RequirementCheck } from "../excel/capabilities";
import { App } from "./App";
import type { TaskpaneHost } from "./host";
import type { Locale } from "./i18n";
import { taizhangTheme } from "./theme";

afterEach(cleanup);

/** A host whose Excel supports ExcelApi 1.1 … 1.`maxMinor`. */
function hostWith(locale: Locale, maxMinor: number | null): TaskpaneHost {
  const check: RequirementCheck = (set, version) =>
    set === "ExcelApi" && Number(version.split(".")[1]) <= (maxMinor ?? -1);
  return { locale, inExcel: maxMinor !== null, checkCapabilities: () => checkCapabilities(check) };
}

function renderApp(host: TaskpaneHost) {
  return render(
    <FluentProvider theme={taizhangTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

describe("task pane shell", () => {
  it("speaks Chinese by default and reports a complete Excel", () => {
    renderApp(hostWith("zh-CN", 17));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("台账助手");
    expect(screen.getByText("当前 Excel 支持台账助手的全部功能。")).toBeTruthy();
    expect(screen.getByText("校验、亮灯和汇总功能即将在此开放。")).toBeTruthy();
  });

  it("names each missing requirement set and what it enables, in Chinese", () => {
    renderApp(hostWith("zh-CN", 8));
    expect(screen.getByText(/缺少以下功能/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["ExcelApi 1.13（识别合并单元格并向下填充）"]);
  });

  it("says the add-in cannot run when a required set is missing", () => {
    renderApp(hostWith("zh-CN", 3));
    expect(screen.getByText(/版本过旧，台账助手无法运行/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toBe("ExcelApi 1.4（在工作簿中保存台账设置（列对应关系、亮灯方案））");
    expect(items).toHaveLength(4);
    expect(screen.queryByText("校验、亮灯和汇总功能即将在此开放。")).toBeNull();
  });

  it("speaks English to an English Office", () => {
    renderApp(hostWith("en", 13));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Taizhang");
    expect(screen.getByText("This Excel supports everything Taizhang does.")).toBeTruthy();
  });

  it("explains itself when opened outside Excel, without asking for requirement sets", () => {
    const host = hostWith("zh-CN", null);
    host.checkCapabilities = () => {
      throw new Error("must not be called outside Excel");
    };
    renderApp(host);
    expect(screen.getByText(/未在 Excel 中运行/)).toBeTruthy();
  });
});
