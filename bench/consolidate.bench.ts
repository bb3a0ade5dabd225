// `npm run bench [-- --json] -- consolidate [-- --large]`: many offices' workbooks consolidated
// into one (src/app/consolidate.ts, what `taizhang consolidate` runs).
//
// The files: problem ledgers of one office each (bench/_lib/ledgerXlsx.ts: merged problem
// cells, shared strings, dates, a formula), each office's own name and 问题编号, generated into
// a temporary folder before the clock starts. Each run is one process of its own
// (bench/_lib/consolidateChild.ts bundled by esbuild), from reading the first file off disk to
// the saved workbook: 报送情况, the merged sheet, 重复编号, 台账汇总 and 工作提示单.
// Runs: 100 × 500 rows (goal ≤ 5 s); the same 100 offices' rows sent as ten files each
// (1,000 × 50), which shows what the number of files itself costs; 1,000 offices × 50 rows;
// 1,000 × 300; with --large also 3,000 × 300 and the same rows in 300 files of 3,000.
// Peak memory: the child's high-water resident set (VmHWM) and the largest V8 heap seen.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchOptions } from "./run";
import { bundleChild } from "./_lib/bundleChild";
import type { Phase } from "./_lib/consolidateChild";
import { ledgerXlsx } from "./_lib/ledgerXlsx";

const GOAL_SECONDS = 5;
const NAME_CHARACTERS = "安宁平和东西南北中新永兴长乐康泰";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Figure {
  phases: Phase[];
  seconds: number;
  peakMB: number;
  heapPeakMB: number;
  files: number;
  rows: number;
  outMB: number;
}

/** A distinct office name per file: 安宁平县院, 安宁和县院, … */
function officeName(i: number): string {
  const n = NAME_CHARACTERS.length;
  const pick = (k: number) => NAME_CHARACTERS[k % n]!;
  return `${pick(Math.floor(i / (n * n)))}${pick(Math.floor(i / n))}${pick(i)}县院`;
}

/**
 * `offices` offices, each sending `parts` files of `rows` rows: with parts > 1 an office's
 * problems continue from one file to the next, so the same rows arrive in more, smaller files.
 */
function writeFiles(dir: string, run: Run): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < run.offices; i++) {
    let firstProblem = 1;
    for (let part = 0; part < run.parts; part++) {
      const file = ledgerXlsx(run.rows, {
        merged: true,
        office: officeName(i),
        idPrefix: `F${i}-`,
        firstProblem,
      });
      firstProblem = file.nextProblem;
      const name = `院${String(i).padStart(4, "0")}${run.parts > 1 ? `-${part + 1}` : ""}.xlsx`;
      writeFileSync(join(dir, name), file.bytes);
    }
  }
}

/** One run: `offices × parts` files of `rows` rows each. */
interface Run {
  offices: number;
  parts: number;
  rows: number;
}

function run(script: string, dir: string): Figure {
  const result = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", "--expose-gc", script, dir],
    {
      encoding: "utf8",
      cwd: root,
    },
  );
  if (result.status !== 0) throw new Error(`consolidate failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Figure;
}

/** The memory at each phase's end, one line each, indented under the run. */
function phaseLines(phases: readonly Phase[]): string {
  const mb = (n: number | undefined) => (n === undefined ? "—" : n.toFixed(0)).padStart(6);
  return [
    "    phase     at s   heap  external  buffers    RSS  peak RSS  heap kept  ext kept",
    ...phases.map(
      (p) =>
        `    ${p.phase.padEnd(8)} ${p.at.toFixed(2).padStart(5)} ${mb(p.heapMB)}    ${mb(p.externalMB)}   ${mb(p.arrayBuffersMB)} ${mb(p.rssMB)}    ${mb(p.peakRssMB)}     ${mb(p.heapKeptMB)}    ${mb(p.externalKeptMB)}`,
    ),
  ].join("\n");
}

export default async function bench(options: BenchOptions): Promise<void> {
  const runs: Run[] = [
    { offices: 100, parts: 1, rows: 500 },
    // The same offices and rows as 100 × 500, in ten times the files: what a file costs.
    { offices: 100, parts: 10, rows: 50 },
    { offices: 1_000, parts: 1, rows: 50 },
    { offices: 1_000, parts: 1, rows: 300 },
  ];
  // The country: 3,000 offices × 300 rows, then the same number of rows in a tenth of the files
  // (300 × 3,000), so the two peaks tell what the files cost apart from what the rows cost.
  if (process.argv.includes("--large"))
    runs.push({ offices: 3_000, parts: 1, rows: 300 }, { offices: 300, parts: 1, rows: 3_000 });
  const work = mkdtempSync(join(tmpdir(), "taizhang-consolidate-"));
  try {
    const script = await bundleChild("consolidateChild", "bench-consolidate");
    if (!options.json)
      console.log(
        "\nconsolidate — many offices' workbooks into one (one process per run)\n" +
          `load average before: ${loadavg()
            .map((l) => l.toFixed(2))
            .join(" ")}\n` +
          "files × rows   seconds  files/s  rows/s    peak RSS MB  peak heap MB  output MB",
      );
    for (const shape of runs) {
      const files = shape.offices * shape.parts;
      const rows = shape.rows;
      const dir = join(work, `${shape.offices}x${shape.parts}x${rows}`);
      writeFiles(dir, shape);
      const figure = run(script, dir);
      rmSync(dir, { recursive: true, force: true });
      const perSecond = files / figure.seconds;
      if (options.json)
        console.log(
          JSON.stringify({
            bench: "consolidate",
            filesGiven: files,
            offices: shape.offices,
            rowsPerFile: rows,
            ...figure,
            filesPerSecond: perSecond,
          }),
        );
      else
        console.log(
          `${`${files} × ${rows}`.padEnd(14)} ${figure.seconds.toFixed(2).padStart(7)}  ${perSecond.toFixed(0).padStart(7)}  ${(figure.rows / figure.seconds).toFixed(0).padStart(8)}  ${figure.peakMB.toFixed(0).padStart(11)}  ${figure.heapPeakMB.toFixed(0).padStart(12)}  ${figure.outMB.toFixed(1).padStart(9)}` +
            (files === 100 && rows === 500
              ? `   goal ≤ ${GOAL_SECONDS} s: ${figure.seconds <= GOAL_SECONDS ? "met" : "missed"}`
              : shape.parts > 1
                ? `   ${shape.offices} offices × ${shape.parts} files each`
                : ""),
        );
      if (!options.json) console.log(phaseLines(figure.phases));
    }
    if (!options.json)
      console.log(
        `load average after: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
