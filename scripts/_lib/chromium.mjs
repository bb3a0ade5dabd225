// Launches Debian's Chromium through playwright-core (which cannot download its own browser
// here): headless, no network side channels, a fresh profile each time.
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Starts Chromium with a throw-away --user-data-dir. Returns the browser, a first page and its
 * context; `browser.close()` also deletes the profile.
 */
export async function launchChromium(contextOptions = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it: apt-get update && apt-get install -y chromium`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "taizhang-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    ...contextOptions,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const browser = {
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return { browser, context, page };
}
