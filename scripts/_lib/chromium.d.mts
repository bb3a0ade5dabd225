import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";

export const chromiumPath: string;
export const chromiumArgs: string[];
export function launchChromium(contextOptions?: BrowserContextOptions): Promise<{
  browser: { close(): Promise<void> };
  context: BrowserContext;
  page: Page;
}>;
