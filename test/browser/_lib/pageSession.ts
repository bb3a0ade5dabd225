// One browser page on the built add-in, with everything a test wants to assert about it: every
// request it made, Content-Security-Policy violations, and uncaught page errors.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { chromiumArgs, chromiumPath, launchChromium } from "../../../scripts/_lib/chromium.mjs";

export interface PageSession {
  page: Page;
  requests: string[];
  cspViolations: string[];
  pageErrors: string[];
  /** Requests whose origin is not `origin` (data: URLs are inline, not requests to a host). */
  foreignRequests(origin: string): string[];
  close(): Promise<void>;
}

/** A page in a browser of its own (a fresh profile, closed with the session). */
export async function openSession(options: BrowserContextOptions = {}): Promise<PageSession> {
  const { browser, context, page } = await launchChromium(options);
  return watch(context, page, () => browser.close());
}

/**
 * One Chromium for a whole test file: each session is a fresh context in it (its own storage
 * and cache, like a fresh profile) and starts in a fraction of a browser's start-up time.
 */
export function sharedBrowser(): {
  open(options?: BrowserContextOptions): Promise<PageSession>;
  close(): Promise<void>;
} {
  let browser: Promise<Browser> | undefined;
  return {
    async open(options = {}) {
      browser ??= chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      });
      const context = await (await browser).newContext(options);
      const page = await context.newPage();
      return watch(context, page, () => context.close());
    },
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}

async function watch(
  context: BrowserContext,
  page: Page,
  close: () => Promise<void>,
): Promise<PageSession> {
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  await page.exposeFunction("taizhangReportCsp", (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { taizhangReportCsp(text: string): void })
        .taizhangReportCsp;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    page,
    requests,
    cspViolations,
    pageErrors,
    foreignRequests: (origin) =>
      requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin),
    close,
  };
}
