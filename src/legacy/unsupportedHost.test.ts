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
const source = readFileSync(join(here, "unsupportedHost.js"), "utf8");

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
  document.documentElement.removeAttribute("data-taizhang-page");
  const page = window as unknown as Record<string, unknown>;
  for (const key of ["Office", "taizhangValidate", "taizhangSummarize"]) delete page[key];
});

/**
 * Runs the guard in a task-pane-like page seen by `userAgent`. The script reaches the page only
 * through `window` and `document`, so those are all its context gets (vitest's jsdom does not
 * execute <script> elements). The real-browser run is test/browser.
 */
function pageWith(
  userAgent: string,
  href = "https://intranet.example/taizhang/taskpane.html?_host_Info=Excel",
) {
  Object.defineProperty(navigator, "userAgent", { value: userAgent, configurable: true });
  document.title = "台账助手";
  document.body.innerHTML = '<div id="root">bundle</div>';
  // The page's address as the guard reads it (jsdom's own location cannot be moved off-origin).
  const page = new Proxy(window, {
    get: (target, key) => (key === "location" ? { href } : (Reflect.get(target, key) as unknown)),
    set: (target, key, value) => Reflect.set(target, key, value),
  });
  runInNewContext(source, { window: page, document });
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
    expect(chinese).toContain("请改用浏览器版页面");
    expect(chinese).not.toContain("即将提供");
    // The browser page beside the task pane, as an address to open in another browser.
    const links = [...document.querySelectorAll("#unsupported-host a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://intranet.example/taizhang/web.html",
      "https://intranet.example/taizhang/web.html",
    ]);
    expect(links[0]?.textContent).toBe("https://intranet.example/taizhang/web.html");
    expect(document.title).toBe("当前 Office 版本无法运行台账助手");
  });

  it("on the browser page itself, names the browser as what cannot run it", () => {
    document.documentElement.setAttribute("data-taizhang-page", "web");
    const window = pageWith(userAgents.ie11, "https://intranet.example/taizhang/web.html?x=1");
    const chinese = window.document.querySelector('section[lang="zh-CN"]')?.textContent ?? "";
    expect(chinese).toContain("此浏览器无法打开台账助手浏览器版");
    expect(chinese).toContain("Chrome");
    expect(chinese).not.toContain("Office 2021");
    expect(window.document.querySelector("a")?.getAttribute("href")).toBe(
      "https://intranet.example/taizhang/web.html",
    );
    expect(window.document.getElementById("root")).toBeNull();
  });

  it.each(["webView2", "safari"] as const)("leaves %s alone", (ua) => {
    const window = pageWith(userAgents[ua]);
    expect(window.taizhangUnsupportedEngine).toBeUndefined();
    expect(window.document.getElementById("root")?.textContent).toBe("bundle");
    expect(window.document.getElementById("unsupported-host")).toBeNull();
  });
});

describe("legacy webview guard in the ribbon's function file", () => {
  /** The Office that office.js would leave, recording what the guard asks of it. */
  function officeThatOpensDialogs(opens: boolean) {
    const dialogs: { url: string; onEvent?: () => void }[] = [];
    const associated: string[] = [];
    const office = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: { DialogEventReceived: "dialogEvent" },
      actions: { associate: (name: string) => associated.push(name) },
      initialize: undefined as unknown,
      context: {
        ui: {
          displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
            const dialog: { url: string; onEvent?: () => void } = { url };
            dialogs.push(dialog);
            const value = {
              addEventHandler: (_type: string, handler: () => void) => (dialog.onEvent = handler),
            };
            callback(opens ? { status: "succeeded", value } : { status: "failed" });
          },
        },
      },
    };
    return { office, dialogs, associated };
  }

  function functionFileWith(userAgent: string, office: object) {
    Object.defineProperty(navigator, "userAgent", { value: userAgent, configurable: true });
    document.documentElement.setAttribute("data-taizhang-page", "commands");
    (window as unknown as Record<string, unknown>).Office = office;
    document.body.innerHTML = "";
    runInNewContext(source, { window, document });
    return window as unknown as Record<string, (event: { completed(): void }) => void>;
  }

  it("answers exactly the manifest's ribbon functions", () => {
    const manifest = readFileSync(join(here, "..", "..", "manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const { office, associated } = officeThatOpensDialogs(true);
    const page = functionFileWith(userAgents.ie11, office);
    expect(associated.sort()).toEqual(names.sort());
    for (const name of names) expect(typeof page[name ?? ""]).toBe("function");
    expect(typeof office.initialize).toBe("function");
    expect(document.body.textContent).toBe("");
  });

  it("shows the message in a dialog and completes when the user closes it", () => {
    const { office, dialogs } = officeThatOpensDialogs(true);
    const page = functionFileWith(userAgents.ie11, office);
    let completions = 0;
    page.taizhangValidate?.({ completed: () => void completions++ });
    expect(dialogs.map((d) => d.url)).toEqual([
      new URL("taskpane.html", window.location.href).href,
    ]);
    expect(completions).toBe(0);
    dialogs[0]?.onEvent?.();
    dialogs[0]?.onEvent?.();
    expect(completions).toBe(1);
  });

  it("completes at once when the dialog cannot open", () => {
    const { office } = officeThatOpensDialogs(false);
    const page = functionFileWith(userAgents.edgeHtml, office);
    let completions = 0;
    page.taizhangSummarize?.({ completed: () => void completions++ });
    expect(completions).toBe(1);
  });

  it("leaves the function file to the bundle in a modern webview", () => {
    const { office, associated } = officeThatOpensDialogs(true);
    const page = functionFileWith(userAgents.webView2, office);
    expect(associated).toEqual([]);
    expect(page.taizhangValidate).toBeUndefined();
  });
});
