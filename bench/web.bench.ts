// The browser page (web.html) at work in Chromium on a 20,000-row problem ledger: how long each
// step takes from the click to its result on the page, and the longest stretch the page cannot
// answer a click (long tasks) meanwhile — the file is read, checked, flagged, summarised and
// saved in the page's worker; then a check cancelled (from the click on 取消 to the notice), the
// lost steps done again in a new worker (重做: the file read again from the page's File, checked,
// flagged, summarised), and two such files consolidated (合并各院台账, 40,000 rows). With the CPU as it is and slowed 4× (DevTools Protocol), as on a
// slow office PC. Builds dist/ first when it holds no production build.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Locator, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../scripts/_lib/chromium.mjs";
import { distDir } from "../test/browser/_lib/dist";
import { serveStatic } from "../test/browser/_lib/staticServer";
import { ledgerXlsx } from "./_lib/ledgerXlsx";
import type { BenchOptions } from "./run";

const ROWS = 20_000;
const SLOWDOWNS = [1, 4];
const STEPS = ["open", "check", "flags", "summary", "download", "cancel", "redo", "merge"] as const;

function build() {
  if (existsSync(join(distDir, "bundle-size-web.json"))) return;
  console.log("No production build in dist/: building it first (webpack --mode production).");
  const cli = join(createRequire(import.meta.url).resolve("webpack-cli/package.json"), "..");
  const built = spawnSync(process.execPath, [join(cli, "bin", "cli.js"), "--mode", "production"], {
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("build failed");
}

async function longTasks(p: Page): Promise<number[]> {
  return p.evaluate(() => {
    const w = window as unknown as { taizhangLongTasks: number[] };
    return w.taizhangLongTasks.splice(0);
  });
}

/** One step: its click, until `done` shows; milliseconds and the page's long tasks meanwhile. */
async function step(p: Page, act: () => Promise<unknown>, done: Locator) {
  await longTasks(p);
  const started = Date.now();
  await act();
  await done.waitFor({ timeout: 600_000 });
  const elapsed = Date.now() - started;
  const tasks = await longTasks(p);
  return {
    ms: elapsed,
    longest: Math.round(Math.max(0, ...tasks)),
    blocked: Math.round(tasks.reduce((s, d) => s + d, 0)),
  };
}

export default async function (opts: BenchOptions): Promise<void> {
  build();
  const dir = mkdtempSync(join(tmpdir(), "taizhang-web-bench-"));
  const file = join(dir, "全省问题整改台账.xlsx");
  const ledger = ledgerXlsx(ROWS);
  writeFileSync(file, ledger.bytes);
  // A second office's file for consolidation: the same rows under another name.
  const second = join(dir, "第二院问题整改台账.xlsx");
  writeFileSync(second, ledger.bytes);
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const slowdown of SLOWDOWNS) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      const p = await context.newPage();
      const cdp = await context.newCDPSession(p);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
      await p.addInitScript(() => {
        const w = window as unknown as { taizhangLongTasks: number[] };
        w.taizhangLongTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.taizhangLongTasks.push(e.duration);
        }).observe({ type: "longtask", buffered: true });
      });
      await p.goto(`${server.origin}/web.html`);
      // The page's own start-up is not a step's: let its long tasks be reported first.
      await p.getByRole("button", { name: "选择文件" }).waitFor();
      await p.waitForTimeout(1000);
      const card = p.locator('[data-file="全省问题整改台账.xlsx"]');
      const results = {
        open: await step(
          p,
          () => p.locator('input[type="file"]').setInputFiles(file),
          p.getByText("识别出1张台账。"),
        ),
        check: await step(
          p,
          () => card.getByRole("button", { name: "校验" }).click(),
          card.getByTestId("validation"),
        ),
        flags: await step(
          p,
          () => card.getByRole("button", { name: "添加标识" }).click(),
          card.getByText(/添加标识列。$/),
        ),
        summary: await step(
          p,
          () => card.getByRole("button", { name: "生成汇总" }).click(),
          card.getByText(/^已生成工作表/),
        ),
        download: await step(
          p,
          () =>
            Promise.all([
              p.waitForEvent("download", { timeout: 600_000 }),
              card.getByRole("button", { name: /^下载/ }).click(),
            ]),
          card.getByRole("button", { name: /^下载/ }).and(p.locator(":enabled")),
        ),
        cancel: await (async () => {
          await card.getByRole("button", { name: "校验" }).click();
          await card.getByRole("progressbar").waitFor();
          return step(
            p,
            () => card.getByRole("button", { name: "取消" }).click(),
            card.getByText(/^已取消。文件仍然打开/),
          );
        })(),
        redo: await step(
          p,
          () => card.getByRole("button", { name: "重做" }).click(),
          card.getByText(/^已生成工作表/),
        ),
        merge: await (async () => {
          await p.locator('input[type="file"]').setInputFiles(second);
          await p
            .locator('[data-file="第二院问题整改台账.xlsx"]')
            .getByText("识别出1张台账。")
            .waitFor({
              timeout: 600_000,
            });
          const panel = p.getByRole("region", { name: "合并各院台账" });
          return step(
            p,
            () => panel.getByRole("button", { name: "合并各院台账（2个文件）" }).click(),
            panel.getByText("已合并2个文件。"),
          );
        })(),
      };
      for (const name of STEPS)
        rows.push({
          bench: "web",
          step: name,
          rows: ROWS,
          cpuSlowdown: slowdown,
          ...results[name],
        });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (opts.json) {
    for (const r of rows) console.log(JSON.stringify(r));
    return;
  }
  console.log(
    `Browser page in Chromium, a ${ROWS.toLocaleString("en-US")}-row problem ledger ` +
      `(${(ledger.bytes.length / 1024 / 1024).toFixed(1)} MB .xlsx); ms from the click to the result`,
  );
  console.log("cpu  step      total ms  longest long task ms  all long tasks ms");
  for (const r of rows)
    console.log(
      `${`${String(r.cpuSlowdown)}×`.padEnd(4)} ${String(r.step).padEnd(9)} ${String(r.ms).padEnd(9)} ${String(r.longest).padEnd(21)} ${r.blocked}`,
    );
}
