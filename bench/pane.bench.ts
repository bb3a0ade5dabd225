// How the built task pane opens and works in Chromium with the fake Excel, with the CPU as it is
// and slowed 4× (Chrome DevTools Protocol) as on a slow office PC: when the HTML's placeholder is
// painted, when Office is ready (Excel's library loaded), when the first panel shows the
// workbook's sheets; cold (a fresh browser profile) and warm (the third opening, files and
// compiled code from the browser's cache, as Office's webview keeps them). Then the longest
// stretch the page cannot answer a click (long tasks) while it checks a 20,000-row ledger.
// Builds dist/ first when it holds no production build.
import { chromium, type BrowserContext } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../scripts/_lib/chromium.mjs";
import { messyWorkbook } from "../test/app/_lib/messyLedger";
import {
  clearLongTasks,
  ensureBuilt,
  longTasks,
  median,
  panePage as page,
  servePane,
} from "./_lib/panePage";
import type { BenchOptions } from "./run";

const RUNS = 5;
const SLOWDOWNS = [1, 4];
const ROWS = 20_000;

interface Opening {
  firstPaint: number;
  officeReady: number;
  interactive: number;
}

async function open(context: BrowserContext, origin: string, slowdown: number): Promise<Opening> {
  const p = await page(context, slowdown, { workbook: messyWorkbook });
  await p.goto(`${origin}/taskpane.html`);
  await p.locator("[data-ready]").waitFor({ timeout: 120_000 });
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const t = await p.evaluate(() => ({
    firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    officeReady: performance.getEntriesByName("taizhang:office-ready")[0]?.startTime ?? NaN,
    interactive: performance.getEntriesByName("taizhang:interactive")[0]?.startTime ?? NaN,
  }));
  await p.close();
  return t;
}

/** The longest long task and their sum while 校验 reads and checks ROWS rows. */
async function checkLongTasks(context: BrowserContext, origin: string, slowdown: number) {
  const p = await page(context, slowdown, { bigLedger: { name: "全省问题整改台账", rows: ROWS } });
  await p.goto(`${origin}/taskpane.html`);
  await p.locator("[data-ready]").waitFor({ timeout: 120_000 });
  await p.getByRole("tab", { name: "校验" }).click();
  await p.getByRole("button", { name: "校验台账" }).waitFor();
  await clearLongTasks(p);
  const started = Date.now();
  await p.getByRole("button", { name: "校验台账" }).click();
  await p.getByTestId("validation-summary").waitFor({ timeout: 300_000 });
  const elapsed = Date.now() - started;
  const tasks = (await longTasks(p)).map((t) => t.duration);
  await p.close();
  return {
    elapsed,
    longest: Math.round(Math.max(0, ...tasks)),
    blocked: Math.round(tasks.reduce((s, d) => s + d, 0)),
  };
}

export default async function (opts: BenchOptions): Promise<void> {
  ensureBuilt();
  const server = await servePane();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const slowdown of SLOWDOWNS) {
      const cold: Opening[] = [];
      const warm: Opening[] = [];
      for (let i = 0; i < RUNS; i++) {
        const fresh = await browser.newContext({ viewport: { width: 350, height: 760 } });
        cold.push(await open(fresh, server.origin, slowdown));
        // Two more openings in the same profile: the third reads code V8 has cached.
        await open(fresh, server.origin, slowdown);
        warm.push(await open(fresh, server.origin, slowdown));
        await fresh.close();
      }
      for (const [start, runs] of [
        ["cold", cold],
        ["warm", warm],
      ] as const) {
        const pick = (key: keyof Opening) => runs.map((r) => Math.round(r[key]));
        rows.push({
          bench: "pane",
          measure: "open",
          start,
          cpuSlowdown: slowdown,
          runs: RUNS,
          firstPaintMs: median(pick("firstPaint")),
          officeReadyMs: median(pick("officeReady")),
          interactiveMs: median(pick("interactive")),
          interactiveRangeMs: [Math.min(...pick("interactive")), Math.max(...pick("interactive"))],
        });
      }
      const context = await browser.newContext({ viewport: { width: 350, height: 760 } });
      rows.push({
        bench: "pane",
        measure: "check",
        rows: ROWS,
        cpuSlowdown: slowdown,
        ...(await checkLongTasks(context, server.origin, slowdown)),
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
    `Task pane in Chromium with the fake Excel, 350 px (median of ${RUNS}; ms from navigation start)`,
  );
  console.log("start  cpu  placeholder  office ready  first panel ready (range)");
  for (const r of rows.filter((x) => x.measure === "open")) {
    const [lo, hi] = r.interactiveRangeMs as number[];
    console.log(
      `${String(r.start).padEnd(6)} ${`${String(r.cpuSlowdown)}×`.padEnd(4)} ${String(r.firstPaintMs).padEnd(12)} ${String(r.officeReadyMs).padEnd(13)} ${r.interactiveMs} (${lo}–${hi})`,
    );
  }
  console.log(
    `校验 of a ${ROWS.toLocaleString("en-US")}-row ledger (page and fake host on one thread)`,
  );
  console.log("cpu  total ms  longest long task ms  all long tasks ms");
  for (const r of rows.filter((x) => x.measure === "check"))
    console.log(
      `${`${String(r.cpuSlowdown)}×`.padEnd(4)} ${String(r.elapsed).padEnd(9)} ${String(r.longest).padEnd(21)} ${r.blocked}`,
    );
}
