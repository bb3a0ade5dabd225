// The built task pane served from dist/ with office-js/office.js answered by the fake Excel host:
// the setup every browser test of the pane in (fake) Excel shares. Call once per test file, at
// the top level; it registers its own hooks, starts one Chromium for the file and gives each
// page a fresh context in it, closed after its test.
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { FakeExcelPageConfig } from "../fakeOffice/entry";
import { assertBuilt, distDir } from "./dist";
import { buildFakeOfficeShim, FAKE_LIBRARY_FILE, type FakeOfficeShim } from "./fakeOfficeShim";
import { sharedBrowser, type PageSession } from "./pageSession";
import { serveStatic, type StaticServer } from "./staticServer";

export interface FakeExcelPages {
  /** Origin of the static server serving dist/. */
  origin(): string;
  /** Opens taskpane.html in (fake) Excel and waits for the pane (Office ready). */
  open(config?: FakeExcelPageConfig, options?: BrowserContextOptions): Promise<PageSession>;
  /** Opens a fresh page with no fake Excel (for pages outside Office). */
  openPlain(options?: BrowserContextOptions): Promise<PageSession>;
}

export function useFakeExcelPages(): FakeExcelPages {
  let server: StaticServer | undefined;
  let shim: FakeOfficeShim = { loader: "", library: "" };
  const browser = sharedBrowser();
  const sessions: PageSession[] = [];

  beforeAll(async () => {
    assertBuilt();
    server = await serveStatic(distDir);
    shim = await buildFakeOfficeShim();
  });
  afterAll(async () => {
    await browser.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close();
  });

  const origin = () => {
    if (!server) throw new Error("the static server is not running (call at the top level)");
    return server.origin;
  };
  const openPlain = async (options: BrowserContextOptions = {}) => {
    const session = await browser.open(options);
    sessions.push(session);
    return session;
  };
  return {
    origin,
    openPlain,
    async open(config = {}, options = {}) {
      // The webview speaks the language Office does (dates in inputs are shown its way).
      const session = await openPlain({ locale: config.displayLanguage ?? "zh-CN", ...options });
      const { page } = session;
      await page.addInitScript((c) => {
        (window as unknown as { taizhangFakeExcelConfig: unknown }).taizhangFakeExcelConfig = c;
      }, config);
      await routeFakeOffice(page, shim);
      await page.goto(`${origin()}/taskpane.html`);
      // The pane itself, not the frame drawn while Excel's library loads (aria-busy).
      await page.locator("main:not([aria-busy]) h1").waitFor();
      return session;
    },
  };
}

/** Answers office.js and its library with the fake Excel's (see fakeOfficeShim). */
export async function routeFakeOffice(page: Page, shim: FakeOfficeShim): Promise<void> {
  const js = "text/javascript; charset=utf-8";
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ status: 200, contentType: js, body: shim.loader }),
  );
  await page.route(`**/office-js/${FAKE_LIBRARY_FILE}`, (route) =>
    route.fulfill({ status: 200, contentType: js, body: shim.library }),
  );
}
