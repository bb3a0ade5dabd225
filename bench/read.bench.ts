// `npm run bench [-- --json] -- read`: reading .xlsx files, measured side by side in one run.
//
// The files: problem ledgers (问题整改台账) of 10k, 100k and 200k measure rows × 15 columns,
// written as Excel writes them (bench/_lib/ledgerXlsx.ts): problems of one to four measures
// whose problem columns are merged over them, shared strings, dates under two formats, a formula
// with its cached value, a few hidden rows. Generated once per run into a temporary folder.
//
// The readers, each in a process of its own (bench/_lib/readChild.ts, bundled by esbuild as
// the CLI is), one reading per process — a cold start, as the CLI reads a file:
//   unzip only         fflate's unzipSync of every part: the floor any reader stands on
//   taizhang           src/xlsx readSpreadsheet, the CLI's reader (SheetInput[] out)
//   ExcelJS stream     ExcelJS's streaming WorkbookReader, visiting every cell (reference)
//   ExcelJS full load  Workbook.xlsx.load, the CLI's reader before this one, on the same file and
//                      (as a second figure) on its twin without merged ranges
// Time covers the reading only (the file is in memory before it starts). Peak memory is the
// child's high-water resident set (VmHWM): Node itself and the file's bytes included, so an idle
// Node holding the file is printed beside it.
// unzip only and taizhang are timed in interleaved rounds (medians); the ExcelJS readers once.
// ExcelJS's full load checks each merged range against every earlier one, so on the merged files
// it is stopped after EXCELJS_TIMEOUT seconds, and not started on larger ones once stopped; the
// twin without merges shows what it costs otherwise.
// Goal (issue 14): at 200k rows, taizhang within 2× unzip only, and under 250 MB.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bundleChild } from "./_lib/bundleChild";
import { ledgerXlsx } from "./_lib/ledgerXlsx";

const SIZES = [10_000, 100_000, 200_000];
const ROUNDS = 3;
const EXCELJS_TIMEOUT = 90;
const GOAL = { ratio: 2, peakMB: 250 };

type Reader = "file" | "unzip" | "taizhang" | "exceljs-stream" | "exceljs";
type Row = Reader | "exceljs-unmerged";

interface Figure {
  seconds: number;
  peakMB: number;
  cells: number;
}

type Outcome = Figure | { stopped: number } | { skipped: true };

const LABELS: Record<Row, string> = {
  file: "idle Node with the file",
  unzip: "unzip only",
  taizhang: "taizhang",
  "exceljs-stream": "ExcelJS stream",
  exceljs: "ExcelJS full load",
  "exceljs-unmerged": "ExcelJS, no merges",
};

function run(child: string, reader: Reader, file: string, timeout?: number): Outcome {
  const result = spawnSync(process.execPath, [child, reader, file], {
    encoding: "utf8",
    ...(timeout === undefined ? {} : { timeout: timeout * 1000 }),
  });
  if (result.error !== undefined || result.signal !== null) {
    if (timeout !== undefined) return { stopped: timeout };
    throw result.error ?? new Error(`${reader} ended by ${result.signal}`);
  }
  if (result.status !== 0) throw new Error(`${reader} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Figure;
}

function median(figures: Figure[]): Figure {
  const by = (key: "seconds" | "peakMB") =>
    figures.map((f) => f[key]).sort((a, b) => a - b)[figures.length >> 1]!;
  return { seconds: by("seconds"), peakMB: by("peakMB"), cells: figures[0]!.cells };
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

interface SizeResult {
  rows: number;
  fileMB: number;
  cells: number;
  merges: number;
  outcomes: Record<Row, Outcome>;
}

function shown(outcome: Outcome): string {
  if ("skipped" in outcome) return "not run (stopped on a smaller file)";
  if ("stopped" in outcome) return `stopped after ${outcome.stopped} s`;
  return `${outcome.seconds.toFixed(2)} s ${String(outcome.peakMB).padStart(4)} MB`;
}

export default async function (opts: { json: boolean }): Promise<void> {
  const child = await bundleChild("readChild", "bench-read");
  const dir = mkdtempSync(join(tmpdir(), "taizhang-read-"));
  const loadBefore = load();
  const results: SizeResult[] = [];
  try {
    let exceljsStopped = false;
    for (const rows of SIZES) {
      const ledger = ledgerXlsx(rows);
      const file = join(dir, `ledger-${rows}.xlsx`);
      writeFileSync(file, ledger.bytes);
      const file0 = run(child, "file", file);
      const unzip: Figure[] = [];
      const ours: Figure[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        unzip.push(run(child, "unzip", file) as Figure);
        ours.push(run(child, "taizhang", file) as Figure);
      }
      const stream = run(child, "exceljs-stream", file);
      const full: Outcome = exceljsStopped
        ? { skipped: true }
        : run(child, "exceljs", file, EXCELJS_TIMEOUT);
      if ("stopped" in full) exceljsStopped = true;
      const twin = join(dir, `ledger-${rows}-unmerged.xlsx`);
      writeFileSync(twin, ledgerXlsx(rows, { merged: false }).bytes);
      const unmerged = run(child, "exceljs", twin, EXCELJS_TIMEOUT * 2);
      results.push({
        rows,
        fileMB: ledger.bytes.length / 2 ** 20,
        cells: ledger.cells,
        merges: ledger.merges,
        outcomes: {
          file: file0,
          unzip: median(unzip),
          taizhang: median(ours),
          "exceljs-stream": stream,
          exceljs: full,
          "exceljs-unmerged": unmerged,
        },
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadAfter = load();

  if (opts.json) {
    for (const r of results)
      for (const [reader, outcome] of Object.entries(r.outcomes)) {
        const line: Record<string, unknown> = { bench: "read", rows: r.rows, reader };
        if ("seconds" in outcome) Object.assign(line, outcome);
        else if ("stopped" in outcome) line.stoppedAfterSeconds = outcome.stopped;
        else line.skipped = true;
        line.loadavg = loadAfter;
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
    return;
  }
  const lines = [
    "read: problem ledgers × 15 columns (problem columns merged over each problem's 1–4 measures, dates, a formula); one cold reading per process",
  ];
  for (const r of results) {
    const ours = r.outcomes.taizhang as Figure;
    const unzip = r.outcomes.unzip as Figure;
    lines.push(
      `  ${r.rows} rows, ${r.fileMB.toFixed(1)} MB file, ${r.cells} cells with a value, ${r.merges} merged ranges`,
    );
    for (const reader of [
      "file",
      "unzip",
      "taizhang",
      "exceljs-stream",
      "exceljs",
      "exceljs-unmerged",
    ] as const) {
      const outcome = r.outcomes[reader];
      let note = "";
      if (reader === "taizhang")
        note = `  ${(ours.seconds / unzip.seconds).toFixed(2)}× unzip only${ours.cells === r.cells ? "" : `  WARNING: ${ours.cells} cells read, ${r.cells} written`}`;
      lines.push(`    ${LABELS[reader].padEnd(24)} ${shown(outcome)}${note}`);
    }
  }
  const last = results[results.length - 1]!;
  const ours = last.outcomes.taizhang as Figure;
  const ratio = ours.seconds / (last.outcomes.unzip as Figure).seconds;
  const met = ratio <= GOAL.ratio && ours.peakMB < GOAL.peakMB;
  lines.push(
    `  goal at ${last.rows} rows: ≤ ${GOAL.ratio}× unzip only and < ${GOAL.peakMB} MB — ${met ? "met" : "not met"} (${ratio.toFixed(2)}×, ${ours.peakMB} MB)`,
    `  medians of ${ROUNDS} interleaved rounds (unzip only, taizhang); ExcelJS once; load average ${loadBefore} before, ${loadAfter} after`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}
