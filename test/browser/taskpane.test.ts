// The built task pane in Chromium, served like an intranet server would serve it. With the fake
// Excel host standing in for office.js it must render in Chinese, ask Excel for its requirement
// sets, and never make a request outside its own origin.
import { describe, expect, it } from "vitest";
import type { FakeExcelPageConfig } from "./fakeOffice/entry";
import { useFakeExcelPages } from "./_lib/fakeExcelPage";
import type { PageSession } from "./_lib/pageSession";

const pages = useFakeExcelPages();
const openInFakeExcel = (config?: FakeExcelPageConfig) => pages.open(config);

function expectSelfContained(s: PageSession) {
  expect(s.foreignRequests(pages.origin())).toEqual([]);
  expect(s.cspViolations).toEqual([]);
  expect(s.pageErrors).toEqual([]);
}

describe("task pane in (fake) Excel", () => {
  it("renders in Chinese and requests nothing outside its origin", async () => {
    const s = await openInFakeExcel();
    expect(await s.page.locator("h1").textContent()).toBe("台账助手");
    expect(await s.page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await s.page.locator("[data-ready]").waitFor();
    // A complete Excel needs no banner.
    expect(await s.page.getByRole("status").count()).toBe(0);
    // Fluent's styles apply under the CSP (Griffel's <style> elements need 'unsafe-inline';
    // without it the heading falls back to the browser's 32px bold).
    const heading = await s.page
      .locator("h1")
      .evaluate((h) => [getComputedStyle(h).fontSize, getComputedStyle(h).fontWeight]);
    expect(heading).toEqual(["16px", "600"]);
    const loaded = s.requests.map((url) => new URL(url).pathname);
    expect(loaded).toContain("/taskpane.html");
    expect(loaded).toContain("/office-js/office.js");
    expect(loaded.some((p) => /^\/taskpane\.[0-9a-f]{16}\.js$/.test(p))).toBe(true);
    expect(loaded.some((p) => /^\/legacy\/unsupportedHost\.[0-9a-f]{16}\.js$/.test(p))).toBe(true);
    // Panels other than the first are loaded when first opened, from the same origin.
    expect(loaded.some((p) => p.startsWith("/panel-"))).toBe(false);
    await s.page.getByRole("tab", { name: "汇总" }).click();
    await s.page.getByRole("button", { name: "生成汇总" }).waitFor();
    expect(
      s.requests.map((url) => new URL(url).pathname).some((p) => /^\/panel-summary\./.test(p)),
    ).toBe(true);
    expectSelfContained(s);
  });

  it("paints its placeholder from the HTML before any of its code has run", async () => {
    const s = await pages.openPlain();
    // The pane's code never arrives: what shows is the HTML's own placeholder.
    await s.page.route("**/taskpane.*.js", (route) => route.abort());
    await s.page.route("**/office-js/office.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
    );
    await s.page.goto(`${pages.origin()}/taskpane.html`);
    expect(await s.page.locator("h1").textContent()).toBe("台账助手");
    expect(await s.page.getByText("正在加载… Loading…").isVisible()).toBe(true);
  });

  it("names the requirement set an older Excel lacks, through isSetSupported", async () => {
    const s = await openInFakeExcel({ apiVersion: "1.8" });
    await s.page.getByText(/缺少以下功能/).waitFor();
    const banner = s.page.locator("[role=listitem], li").filter({ hasText: "ExcelApi" });
    expect(await banner.allTextContents()).toEqual(["ExcelApi 1.13（识别合并单元格并向下填充）"]);
    expectSelfContained(s);
  });

  it("speaks English to an English Excel", async () => {
    const s = await openInFakeExcel({ displayLanguage: "en-US" });
    expect(await s.page.locator("h1").textContent()).toBe("Taizhang");
    expectSelfContained(s);
  });

  it("runs Excel.run in the page against the fake workbook", async () => {
    const s = await openInFakeExcel({
      workbook: { sheets: [{ name: "问题整改台账", cells: [["问题编号", "院名称"]] }] },
    });
    const result = await s.page.evaluate(async () => {
      const fake = (window as unknown as { taizhangFakeExcel: { requestCount(): number } })
        .taizhangFakeExcel;
      const before = fake.requestCount();
      const values = await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("问题整改台账").getRange("A1:B1");
        range.load("values");
        await context.sync();
        return range.values;
      });
      let unloaded = "";
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("问题整改台账").getRange("A1");
        try {
          // The point of this read: Excel's library must refuse it, as lint does.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          void range.values;
        } catch (error) {
          unloaded = (error as OfficeExtension.Error).code;
        }
      });
      return { values, unloaded, requests: fake.requestCount() - before };
    });
    expect(result.values).toEqual([["问题编号", "院名称"]]);
    expect(result.unloaded).toBe("PropertyNotLoaded");
    expect(result.requests).toBeGreaterThanOrEqual(1);
    expectSelfContained(s);
  });
});

/**
 * Outside Office, office.js falls back to its Office 2013 loader, whose logger tries to frame
 * https://telemetryservice.firstpartyapps.oaspapps.com/ a few seconds in. The CSP blocks it: a
 * violation is acceptable only when it stopped a request to another host.
 */
function expectOnlyForeignAttemptsBlocked(s: PageSession) {
  expect(s.foreignRequests(pages.origin())).toEqual([]);
  for (const violation of s.cspViolations) {
    const blocked = violation.split(" ")[1] ?? "";
    expect(new URL(blocked).origin, violation).not.toBe(pages.origin());
  }
  expect(s.pageErrors).toEqual([]);
}

describe("task pane outside Office", () => {
  it("loads the real office.js from its own origin and says it is not in Excel", async () => {
    const session = await pages.openPlain();
    await session.page.goto(`${pages.origin()}/taskpane.html`);
    await session.page.getByText(/未在 Excel 中运行/).waitFor({ timeout: 20_000 });
    expect(await session.page.locator("h1").textContent()).toBe("台账助手");
    expectOnlyForeignAttemptsBlocked(session);
  });

  it("shows a ribbon command's report in the notice page, as text only", async () => {
    const session = await pages.openPlain();
    const query = new URLSearchParams({
      title: "校验完成：发现 3 个问题",
      body: "已校验 1 张表。<img src=x onerror=alert(1)>",
    });
    await session.page.goto(`${pages.origin()}/notice.html?${query.toString()}`);
    await session.page.getByText("校验完成：发现 3 个问题").waitFor({ timeout: 20_000 });
    expect(await session.page.locator("#notice-body").textContent()).toBe(
      "已校验 1 张表。<img src=x onerror=alert(1)>",
    );
    expect(await session.page.locator("#notice-body img").count()).toBe(0);
    expect(await session.page.locator("#notice-ok").textContent()).toBe("知道了");
    expectOnlyForeignAttemptsBlocked(session);
  });
});
