// @vitest-environment jsdom
// The guard must parse as ES5 (it runs in IE11) and must act only in Trident/EdgeHTML webviews.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";
import { afterEach, describe, expect, it } from "vitest";

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs rejects.
const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, "unsupported-host.js"), "utf8");

const userAgents = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  safari:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
};

const realUserAgent = navigator.userAgent;

afterEach(() => {
  Object.defineProperty(navigator, "userAgent", { value: realUserAgent, configurable: true });
  delete window.taizhangUnsupportedEngine;
});

/**
 * Runs the guard in a task-pane-like page seen by `userAgent`. The script reaches the page only
 * through `window` and `document`, so those are all its context gets (vitest's jsdom does not
 * execute <script> elements). The real-browser run is test/browser.
 */
function pageWith(userAgent: string) {
  Object.defineProperty(navigator, "userAgent", { value: userAgent, configurable: true });
  document.title = "台账助手";
  document.body.innerHTML = '<div id="root">bundle</div>';
  runInNewContext(source, { window, document });
  return window;
}

describe("legacy webview guard", () => {
  it("is ES5 that Internet Explorer 11 can parse", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it.each([
    ["ie11", "Trident", "Internet Explorer 11（Trident）"],
    ["edgeHtml", "EdgeHTML", "Microsoft Edge 旧版（EdgeHTML）"],
  ] as const)("turns %s away in Chinese first and flags it", (ua, engine, named) => {
    const window = pageWith(userAgents[ua]);
    const document = window.document;
    expect(window.taizhangUnsupportedEngine).toBe(engine);
    expect(document.getElementById("root")).toBeNull();
    const sections = [...document.querySelectorAll("#unsupported-host section")];
    expect(sections.map((s) => s.getAttribute("lang"))).toEqual(["zh-CN", "en"]);
    const chinese = sections[0]?.textContent ?? "";
    expect(chinese).toContain("当前 Office 版本无法运行台账助手");
    expect(chinese).toContain(named);
    expect(chinese).toContain("Microsoft 365");
    expect(chinese).toContain("Office 2021");
    expect(chinese).toContain("浏览器版页面（即将提供）");
    expect(document.title).toBe("当前 Office 版本无法运行台账助手");
  });

  it.each(["webView2", "safari"] as const)("leaves %s alone", (ua) => {
    const window = pageWith(userAgents[ua]);
    expect(window.taizhangUnsupportedEngine).toBeUndefined();
    expect(window.document.getElementById("root")?.textContent).toBe("bundle");
    expect(window.document.getElementById("unsupported-host")).toBeNull();
  });
});
