// One consolidation in a process of its own, so that its peak memory is its own:
// `node --expose-gc consolidateChild.mjs DIR` consolidates every .xlsx in DIR (not out.xlsx) into
// DIR/out.xlsx and prints {"seconds":…,"peakMB":…,"heapPeakMB":…,"files":…,"rows":…,"outMB":…,
// "phases":[…]} on one line. Bundled by bench/consolidate.bench.ts. Time covers reading every
// file from disk, merging, the summary, writing the workbook and saving it, deflated with Node's
// zlib as the CLI does (the steps of `consolidate()`, taken one by one so each can be measured).
// peakMB is the high-water resident set (VmHWM, Node itself included); heapPeakMB the largest V8
// heap seen after each file and at each phase's end.
//
// At each phase's end (read, plan, summary, work, write, save) `phases` records the memory as it
// is (heap used, external, array buffers, resident set, and the high-water resident set so far —
// which phase raised the peak), then, with --expose-gc, the heap and external memory still held
// after a full collection: what the phase keeps, not what it left for the collector. The forced
// collections' time is taken out of `seconds`.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gatherConsolidation } from "../../src/app/consolidate";
import { writeConsolidation } from "../../src/app/consolidateWrite";
import { readSpreadsheet } from "../../src/xlsx";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { createXlsxHost } from "../../src/xlsx/host";
import { nodeCompression } from "../../src/cli/nodeCompression";

const MB = 2 ** 20;

function peakResidentMB(): number {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
    if (kb !== undefined) return Number(kb) / 1024;
  } catch {
    // Not Linux: the resource usage's own figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}

export interface Phase {
  phase: string;
  /** Seconds since the start, forced collections left out. */
  at: number;
  heapMB: number;
  externalMB: number;
  arrayBuffersMB: number;
  rssMB: number;
  peakRssMB: number;
  /** After a full collection (only with --expose-gc). */
  heapKeptMB?: number;
  externalKeptMB?: number;
}

const dir = process.argv[2]!;
const names = readdirSync(dir)
  .filter((n) => n.endsWith(".xlsx") && n !== "out.xlsx")
  .sort();
const collect = (globalThis as { gc?: () => void }).gc;
let heapPeak = 0;
let collecting = 0;
const phases: Phase[] = [];
const started = performance.now();
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
const phase = (name: string) => {
  const now = process.memoryUsage();
  heapPeak = Math.max(heapPeak, now.heapUsed);
  const entry: Phase = {
    phase: name,
    at: (performance.now() - started - collecting) / 1000,
    heapMB: now.heapUsed / MB,
    externalMB: now.external / MB,
    arrayBuffersMB: now.arrayBuffers / MB,
    rssMB: now.rss / MB,
    peakRssMB: peakResidentMB(),
  };
  if (collect) {
    const before = performance.now();
    collect();
    const kept = process.memoryUsage();
    collecting += performance.now() - before;
    entry.heapKeptMB = kept.heapUsed / MB;
    entry.externalKeptMB = kept.external / MB;
  }
  phases.push(entry);
};

const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const choice = { asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: true } as const;
const host = createXlsxHost(emptyWorkbook(), { file: "out.xlsx", compression: nodeCompression });
/** What `consolidationWork` does; the gathering (every file's rows) is let go when it returns. */
function buildWork() {
  const gathering = gatherConsolidation(context);
  for (const name of names) {
    const read = readSpreadsheet(readFileSync(join(dir, name)), { file: name });
    gathering.file(name, { sheets: read.sheets });
    sampleHeap();
  }
  phase("read");
  return gathering.work(choice, phase);
}
const work = buildWork();
phase("work");
const { outcome } = await writeConsolidation(host, work);
phase("write");
const bytes = host.save();
phase("save");
writeFileSync(join(dir, "out.xlsx"), bytes);
const seconds = (performance.now() - started - collecting) / 1000;
process.stdout.write(
  JSON.stringify({
    seconds,
    peakMB: peakResidentMB(),
    heapPeakMB: heapPeak / MB,
    files: names.length,
    rows: outcome.merged.reduce((n, m) => n + m.rows, 0),
    outMB: bytes.length / MB,
    phases,
  }) + "\n",
);
