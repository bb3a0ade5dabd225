// The built task pane in Chromium with the fake Excel, for the pane's benchmarks: dist/ built
// when it holds no production build, served with the fake Office library, and pages whose CPU is
// slowed (DevTools Protocol) and whose long tasks (the page's thread busy 50 ms or more: a click
// waits) are recorded from the start.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import type { BrowserContext } from "playwright-core";
import { distDir } from "../../test/browser/_lib/dist";
import { buildFakeOfficeShim, FAKE_LIBRARY_FILE } from "../../test/browser/_lib/fakeOfficeShim";
import { serveStatic } from "../../test/browser/_lib/staticServer";
import type { FakeExcelPageConfig } from "../../test/browser/fakeOffice/entry";

/** A long task as the page saw it: when it began and how long it ran (ms). */
export interface LongTask {
  start: number;
  duration: number;
}

/** Builds dist/ (webpack --mode production) when it holds no production build. */
export function ensureBuilt(): void {
  if (existsSync(join(distDir, "bundle-size.json"))) return;
  console.log("No production build in dist/: building it first (webpack --mode production).");
  const cli = join(createRequire(import.meta.url).resolve("webpack-cli/package.json"), "..");
  const built = spawnSync(process.execPath, [join(cli, "bin", "cli.js"), "--mode", "production"], {
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("build failed");
}

/** dist/ served with the fake Office library in place of Office's. */
export async function servePane() {
  const shim = await buildFakeOfficeShim();
  return serveStatic(distDir, {
    cache: true,
    overrides: {
      "/office-js/office.js": shim.loader,
      [`/office-js/${FAKE_LIBRARY_FILE}`]: shim.library,
    },
  });
}

/** A page of `context` with the CPU slowed `slowdown` times and its long tasks recorded. */
export async function panePage(
  context: BrowserContext,
  slowdown: number,
  config: FakeExcelPageConfig,
) {
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await p.addInitScript((c) => {
    const w = window as unknown as {
      taizhangFakeExcelConfig: unknown;
      taizhangLongTasks: LongTask[];
    };
    w.taizhangFakeExcelConfig = c;
    w.taizhangLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.taizhangLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  }, config);
  return p;
}

/** Forgets the long tasks so far (the opening's), to record one operation's. */
export async function clearLongTasks(p: import("playwright-core").Page): Promise<void> {
  await p.evaluate(() => {
    (window as unknown as { taizhangLongTasks: LongTask[] }).taizhangLongTasks.length = 0;
  });
}

export async function longTasks(p: import("playwright-core").Page): Promise<LongTask[]> {
  return p.evaluate(
    () => (window as unknown as { taizhangLongTasks: LongTask[] }).taizhangLongTasks,
  );
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
