// Screenshots the browser tests leave for people to look at (never committed): .tmp/screenshots.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { distDir } from "./dist";

export const screenshotDir = join(distDir, "..", ".tmp", "screenshots");

/** Saves the whole pane as `<name>.png`; names say what is shown, language and theme. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The task pane's width in Excel, narrow and wide. */
export const PANE = {
  narrow: { viewport: { width: 350, height: 760 } },
  wide: { viewport: { width: 500, height: 760 } },
} as const;
