// One reading of one file, in a process of its own so that its peak memory is its own:
// `node readChild.mjs MODE FILE` prints {"seconds":…,"peakMB":…,"cells":…} on one line.
// Bundled by bench/read.bench.ts before it runs (plain node, no TypeScript loader in memory).
// The time covers the reading only; the file is in memory before it starts. Peak memory is the
// process's high-water resident set, Node itself included: VmHWM from /proc/self/status where
// there is one. (process.resourceUsage().maxRSS is no good in a child on Linux: it keeps the
// high-water mark of the parent's pages the child was forked with.)
// Each mode imports only what it runs, so that one library's code is not in another's memory.
import { existsSync, readFileSync } from "node:fs";
import type { Row } from "exceljs";

type Mode = "file" | "unzip" | "taizhang" | "exceljs-stream" | "exceljs";

async function read(mode: Mode, bytes: Uint8Array): Promise<number> {
  switch (mode) {
    case "file":
      return 0;
    case "unzip": {
      const { unzipSync } = await import("fflate");
      return Object.keys(unzipSync(bytes)).length;
    }
    case "taizhang": {
      const { readSpreadsheet } = await import("../../src/xlsx");
      const { sheets, problems } = readSpreadsheet(bytes);
      if (problems.length > 0) throw new Error(JSON.stringify(problems));
      let cells = 0;
      for (const sheet of sheets)
        for (const row of sheet.values) for (const cell of row) if (cell !== null) cells++;
      return cells;
    }
    case "exceljs-stream": {
      const { default: ExcelJS } = await import("exceljs");
      const { Readable } = await import("node:stream");
      let cells = 0;
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
        sharedStrings: "cache",
        styles: "cache",
        worksheets: "emit",
      });
      for await (const worksheet of reader)
        for await (const row of worksheet as AsyncIterable<Row>)
          row.eachCell(() => {
            cells++;
          });
      return cells;
    }
    case "exceljs": {
      const { default: ExcelJS } = await import("exceljs");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      let cells = 0;
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell(() => {
            cells++;
          }),
        ),
      );
      return cells;
    }
  }
}

const [mode, file] = process.argv.slice(2) as [Mode, string];
// A Node Buffer is a Uint8Array: no copy.
const bytes: Uint8Array = readFileSync(file);
const start = performance.now();
const cells = await read(mode, bytes);

const seconds = (performance.now() - start) / 1000;
function peakKB(): number {
  if (existsSync("/proc/self/status")) {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  }
  return process.resourceUsage().maxRSS;
}

const peakMB = Math.round(peakKB() / 1024);
process.stdout.write(`${JSON.stringify({ seconds, peakMB, cells })}\n`);
