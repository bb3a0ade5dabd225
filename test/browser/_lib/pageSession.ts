// One browser page on the built add-in, with everything a test wants to assert about it: every
// request it made, Content-Security-Policy violations, and uncaught page errors.
import type { BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../../scripts/_lib/chromium.mjs";

export interface PageSession {
  page: Page;
  requests: string[];
  cspViolations: string[];
  pageErrors: string[];
  /** Requests whose origin is not `origin` (data: URLs are inline, not requests to a host). */
  foreignRequests(origin: string): string[];
  close(): Promise<void>;
}

export async function openSession(options: BrowserContextOptions = {}): Promise<PageSession> {
  const { browser, context, page } = await launchChromium(options);
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
    close: () => browser.close(),
  };
}
