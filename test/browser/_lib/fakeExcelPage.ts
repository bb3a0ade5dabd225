// The built task pane served from dist/ with office-js/office.js answered by the fake Excel host:
// the setup every browser test of the pane in (fake) Excel shares. Call once per test file, at
// the top level; it registers its own hooks and closes each test's browser afterwards.
import { afterAll, afterEach, beforeAll } from "vitest";
import type { FakeExcelPageConfig } from "../fakeOffice/entry";
import { assertBuilt, distDir } from "./dist";
import { buildFakeOfficeShim } from "./fakeOfficeShim";
import { openSession, type PageSession } from "./pageSession";
import { serveStatic, type StaticServer } from "./staticServer";

export interface FakeExcelPages {
  /** Origin of the static server serving dist/. */
  origin(): string;
  /** Opens taskpane.html in (fake) Excel and waits for the pane's heading. */
  open(config?: FakeExcelPageConfig): Promise<PageSession>;
  /** Opens a fresh page with no fake Excel (for pages outside Office). */
  openPlain(): Promise<PageSession>;
}

export function useFakeExcelPages(): FakeExcelPages {
  let server: StaticServer | undefined;
  let shim = "";
  let session: PageSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    server = await serveStatic(distDir);
    shim = await buildFakeOfficeShim();
  });
  afterAll(() => server?.close());
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  const origin = () => {
    if (!server) throw new Error("the static server is not running (call at the top level)");
    return server.origin;
  };
  return {
    origin,
    async open(config = {}) {
      session = await openSession();
      const { page } = session;
      await page.addInitScript((c) => {
        (window as unknown as { taizhangFakeExcelConfig: unknown }).taizhangFakeExcelConfig = c;
      }, config);
      await page.route("**/office-js/office.js", (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: shim }),
      );
      await page.goto(`${origin()}/taskpane.html`);
      await page.locator("h1").waitFor();
      return session;
    },
    async openPlain() {
      session = await openSession();
      return session;
    },
  };
}
