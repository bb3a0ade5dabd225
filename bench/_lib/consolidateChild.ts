// One consolidation in a process of its own, so that its peak memory is its own:
// `node consolidateChild.mjs DIR` consolidates every .xlsx in DIR (not out.xlsx) into DIR/out.xlsx
// and prints {"seconds":…,"peakMB":…,"heapPeakMB":…,"files":…,"rows":…,"outMB":…} on one line.
// Bundled by bench/consolidate.bench.ts. Time covers reading every file from disk, merging,
// the summary, writing the workbook and saving it, deflated with Node's zlib as the CLI does. peakMB is the high-water resident set
// (VmHWM, Node itself included); heapPeakMB the largest V8 heap seen after each file and at the end.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type WorkbookSource } from "../../src/app/consolidate";
import { readSpreadsheet } from "../../src/xlsx";
import { emptyWorkbook } from "../../src/xlsx/emptyWorkbook";
import { createXlsxHost } from "../../src/xlsx/host";
import { nodeCompression } from "../../src/cli/nodeCompression";

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

const dir = process.argv[2]!;
const names = readdirSync(dir)
  .filter((n) => n.endsWith(".xlsx") && n !== "out.xlsx")
  .sort();
let heapPeak = 0;
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
const sources: WorkbookSource[] = names.map((name) => ({
  name,
  read: async () => {
    const read = readSpreadsheet(readFileSync(join(dir, name)), { file: name });
    return { sheets: read.sheets };
  },
}));
const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const started = performance.now();
const host = createXlsxHost(emptyWorkbook(), { file: "out.xlsx", compression: nodeCompression });
const outcome = await consolidate(host, context, {
  files: sources,
  choice: { asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: true },
  onFile: sampleHeap,
});
const bytes = host.save();
sampleHeap();
writeFileSync(join(dir, "out.xlsx"), bytes);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({
    seconds,
    peakMB: peakResidentMB(),
    heapPeakMB: heapPeak / 2 ** 20,
    files: names.length,
    rows: outcome.merged.reduce((n, m) => n + m.rows, 0),
    outMB: bytes.length / 2 ** 20,
  }) + "\n",
);
