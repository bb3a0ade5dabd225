// 合并报送 in the built task pane, in Chromium with the fake Excel: FILES offices' .xlsx files of
// ROWS problems each chosen in the file input and merged into the open workbook, with the CPU as
// it is and slowed 4×. What it prints is how long the page's own thread was kept from answering
// a click (long tasks: 50 ms or more), while the files are read and planned (until the pane
// marks the write's start), the task in which the write begins, and while it writes — the fake
// Excel answers each request a millisecond later, as Excel does over its channel, but does its own
// work on the page's thread, so the writing figures include what Excel would do elsewhere.
// Builds dist/ first when it holds no production build.
import { chromium, type BrowserContext } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../scripts/_lib/chromium.mjs";
import { messyWorkbook } from "../test/app/_lib/messyLedger";
import { A_HEADER, officeWorkbook } from "../test/xlsx/_lib/offices";
import {
  clearLongTasks,
  ensureBuilt,
  longTasks,
  median,
  panePage,
  servePane,
  type LongTask,
} from "./_lib/panePage";
import type { BenchOptions } from "./run";

const FILES = 50;
const ROWS = 500;
const RUNS = 3;
const SLOWDOWNS = [1, 4];

/** FILES offices' ledgers of ROWS problems each, every key its own, as a spreadsheet writes them. */
async function officeFiles() {
  const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
  for (let f = 0; f < FILES; f++) {
    const office = `第${f + 1}县院`;
    const rows = Array.from({ length: ROWS }, (_, r) => [
      `F${f}-${r}`,
      office,
      `问题${r}：办案质量有待提高`,
      `措施${r}：开展评查，建立台账`,
      "张三",
      "2021-12-31",
      r % 3 === 0 ? "已完成" : "正在推进",
    ]);
    files.push({
      name: `${office}.xlsx`,
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await officeWorkbook(A_HEADER, rows)),
    });
  }
  return files;
}

async function consolidateOnce(
  context: BrowserContext,
  origin: string,
  slowdown: number,
  files: Awaited<ReturnType<typeof officeFiles>>,
) {
  const p = await panePage(context, slowdown, { workbook: messyWorkbook });
  await p.goto(`${origin}/taskpane.html`);
  await p.locator("[data-ready]").waitFor({ timeout: 120_000 });
  // Excel answers each request over its channel, a task later: the page's work on the write then
  // falls into one task a request, not one for the whole write as with the fake's instant answers.
  await p.evaluate(() =>
    (
      window as unknown as { taizhangFakeExcel: { setLatency(ms: number): void } }
    ).taizhangFakeExcel.setLatency(1),
  );
  await p.getByRole("tab", { name: "合并报送" }).click();
  await p
    .getByRole("group", { name: /^各院报送的文件/ })
    .locator('input[type="file"]')
    .setInputFiles(files);
  await clearLongTasks(p);
  // Long tasks are reported a little late: one of choosing the files may come after the clearing.
  const clicked = await p.evaluate(() => performance.now());
  const started = Date.now();
  await p.getByRole("button", { name: "合并到当前工作簿" }).click();
  await p.getByText(new RegExp(`^已合并${FILES}个文件`)).waitFor({ timeout: 900_000 });
  const elapsed = Date.now() - started;
  // Where the pane began to write (its mark, src/taskpane/consolidation.ts WRITE_MARK).
  const writeFrom = await p.evaluate(
    () => performance.getEntriesByName("taizhang:consolidate-write").at(-1)?.startTime ?? NaN,
  );
  if (Number.isNaN(writeFrom)) throw new Error("the pane marked no write");
  const tasks = (await longTasks(p)).filter((t) => t.start >= clicked);
  await p.close();
  const stats = (ts: LongTask[]) => ({
    longest: Math.round(Math.max(0, ...ts.map((t) => t.duration))),
    all: Math.round(ts.reduce((s, t) => s + t.duration, 0)),
  });
  // The task in which the write begins also holds what came just before it on the page (taking
  // in the plan; on a page that plans itself, the planning): counted apart.
  const ends = (t: LongTask) => t.start + t.duration;
  const reading = stats(tasks.filter((t) => ends(t) < writeFrom));
  const handOver = stats(tasks.filter((t) => t.start <= writeFrom && ends(t) >= writeFrom));
  const writing = stats(tasks.filter((t) => t.start > writeFrom));
  return { elapsed, reading, handOver: handOver.longest, writing };
}

export default async function (opts: BenchOptions): Promise<void> {
  ensureBuilt();
  const files = await officeFiles();
  const server = await servePane();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const slowdown of SLOWDOWNS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 350, height: 760 } });
        runs.push(await consolidateOnce(context, server.origin, slowdown, files));
        await context.close();
      }
      rows.push({
        bench: "paneConsolidate",
        files: FILES,
        rowsEach: ROWS,
        cpuSlowdown: slowdown,
        runs: RUNS,
        elapsedMs: median(runs.map((r) => r.elapsed)),
        readingLongestMs: median(runs.map((r) => r.reading.longest)),
        readingAllMs: median(runs.map((r) => r.reading.all)),
        handOverMs: median(runs.map((r) => r.handOver)),
        writingLongestMs: median(runs.map((r) => r.writing.longest)),
        writingAllMs: median(runs.map((r) => r.writing.all)),
        readingLongestRangeMs: [
          Math.min(...runs.map((r) => r.reading.longest)),
          Math.max(...runs.map((r) => r.reading.longest)),
        ],
      });
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
    `合并报送 in the task pane: ${FILES} files × ${ROWS} rows, Chromium with the fake Excel (median of ${RUNS}; long tasks on the page's thread, ms)`,
  );
  console.log(
    "cpu  total ms  reading+planning: longest (range)  all    write begins  writing: longest  all",
  );
  for (const r of rows) {
    const [lo, hi] = r.readingLongestRangeMs as number[];
    console.log(
      [
        `${String(r.cpuSlowdown)}×`.padEnd(4),
        String(r.elapsedMs).padEnd(9),
        `${String(r.readingLongestMs)} (${lo}–${hi})`.padEnd(34),
        String(r.readingAllMs).padEnd(6),
        String(r.handOverMs).padEnd(13),
        String(r.writingLongestMs).padEnd(17),
        String(r.writingAllMs),
      ].join(" "),
    );
  }
}
