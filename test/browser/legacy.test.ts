// Volume-licensed Office 2016/2019 show add-ins in IE11 (Trident); old Microsoft 365 builds in
// Edge Legacy (EdgeHTML). Chromium reporting their user agents must get the Chinese message from
// the ES5 guard and no React application.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, distDir } from "./_lib/dist";
import { openSession, type PageSession } from "./_lib/pageSession";
import { serveStatic, type StaticServer } from "./_lib/staticServer";

const userAgents = {
  Trident:
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  EdgeHTML:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
};

let server: StaticServer;
let session: PageSession | undefined;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(distDir);
});
afterAll(() => server?.close());
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe("legacy webview guard in the built task pane", () => {
  it.each(Object.entries(userAgents))("turns %s away in Chinese", async (engine, userAgent) => {
    session = await openSession({ userAgent });
    const { page } = session;
    await page.goto(`${server.origin}/taskpane.html`);
    const message = page.locator("#unsupported-host");
    await message.waitFor();
    const chinese = (await message.locator('section[lang="zh-CN"]').textContent()) ?? "";
    expect(chinese).toContain("当前 Office 版本无法运行台账助手");
    expect(chinese).toContain("Office 2021");
    expect(chinese).toContain("请改用浏览器版页面");
    // The browser page on the same server, as an address to copy into another browser.
    expect(await message.locator("a").first().getAttribute("href")).toBe(
      `${server.origin}/web.html`,
    );
    expect(await page.title()).toBe("当前 Office 版本无法运行台账助手");
    expect(await page.evaluate(() => window.taizhangUnsupportedEngine)).toBe(engine);
    // Give the deferred bundle and Office.onReady time to run: they must not mount the app.
    await page.waitForTimeout(500);
    expect(await page.locator("#root").count()).toBe(0);
    expect(await page.locator("h1").allTextContents()).toEqual([
      "当前 Office 版本无法运行台账助手",
      "This version of Office cannot run Taizhang",
    ]);
    expect(session.foreignRequests(server.origin)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("turns IE11 away from the browser page too, naming the browser", async () => {
    session = await openSession({ userAgent: userAgents.Trident });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    const message = page.locator("#unsupported-host");
    await message.waitFor();
    expect(await message.locator('section[lang="zh-CN"] h1').textContent()).toBe(
      "此浏览器无法打开台账助手浏览器版",
    );
    await page.waitForTimeout(500);
    expect(await page.locator("#root").count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
