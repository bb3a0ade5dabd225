// `npm run bench [-- --json] [-- validate]`: the same problem ledger (100k rows × 15 columns,
// about 5% bad cells) checked by Taizhang's core, by ajv (a compiled JSON Schema applied to each
// row) and by tableschema-js (castRow on each row), in this one process. Each implementation gets
// the same string rows; ajv's time includes turning a row array into the object it validates.
// tableschema-js is too slow for 100k rows in a benchmark run, so it is timed on a sample and its
// rows/s extrapolated; the output says so.
import Ajv from "ajv";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { readLedger, validateSheet } from "../src/core/read";
import type { Cell } from "../src/core/model/cell";

const require = createRequire(import.meta.url);

const ROWS = 100_000;
const TABLESCHEMA_SAMPLE = 5_000;
const BAD_SHARE = 0.05;
/** Timed rounds (the median is reported); machines running other work are noisy. */
const REPEATS = 7;

const FIELDS = [
  "problemId",
  "office",
  "category",
  "problem",
  "cause",
  "measure",
  "responsibleUnit",
  "responsiblePerson",
  "startDate",
  "deadline",
  "status",
  "doneDate",
  "closed",
  "evidence",
  "note",
] as const;
const TITLES = [
  "问题编号",
  "院名称",
  "问题类别",
  "问题描述",
  "原因分析",
  "整改措施",
  "责任部门",
  "责任人",
  "开始时间",
  "完成时限",
  "进展状态",
  "完成时间",
  "是否销号",
  "佐证材料",
  "备注",
];
const OFFICES = [
  "阿坝县",
  "甘洛县",
  "响水县",
  "丰县",
  "长汀县",
  "红原县",
  "若尔盖县",
  "壤塘县",
  "金川县",
  "小金县",
].map((p) => `${p}人民检察院`);
const STATUSES = ["已完成", "正在推进", "未完成", "已销号"];
const CATEGORIES = ["政治", "业务", "队伍", "纪律作风", "检务保障", "信息化"];
const REQUIRED = new Set(["office", "problem", "measure", "status"]);
const DATES = new Set(["startDate", "deadline", "doneDate"]);

/** Deterministic PRNG (mulberry32): the same data on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(rand: () => number, year: number): string {
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function badValue(field: string, rand: () => number): string {
  if (DATES.has(field)) return rand() < 0.5 ? "某天" : "2021-02-30";
  if (field === "status") return "很好";
  if (field === "closed") return "也许";
  return REQUIRED.has(field) ? "" : "x";
}

function makeRows(): { rows: string[][]; bad: number } {
  const rand = random(20210630);
  const rows: string[][] = [];
  let bad = 0;
  for (let i = 0; i < ROWS; i++) {
    const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    const start = isoDay(rand, 2021);
    const done = status === "已完成" || status === "已销号";
    const row = [
      `P${1 + Math.floor(i / 3)}`,
      OFFICES[i % OFFICES.length]!,
      CATEGORIES[i % CATEGORIES.length]!,
      `问题${i}`,
      `原因${i}`,
      `措施${i}`,
      "政治部",
      `干警${i % 97}`,
      start,
      "2021-12-31",
      status,
      done ? "2021-12-01" : "",
      status === "已销号" ? "是" : "否",
      done ? "材料" : "",
      "",
    ];
    for (let c = 0; c < row.length; c++) {
      const field = FIELDS[c]!;
      // Bad cells only where every implementation checks something (types, enums, required).
      if (
        (DATES.has(field) || REQUIRED.has(field) || field === "closed") &&
        rand() < BAD_SHARE * 2
      ) {
        row[c] = badValue(field, rand);
        bad += 1;
      }
    }
    rows.push(row);
  }
  return { rows, bad };
}

interface Timing {
  /** Median wall-clock seconds of the timed runs. */
  seconds: number;
  /** Median CPU seconds (user + system) of the timed runs: steadier on a busy machine. */
  cpuSeconds: number;
  errors: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs the implementations in turn, round after round (after one untimed warm-up round), so a
 * burst of load from other processes falls on all of them alike; reports medians.
 */
function timeInterleaved(runs: Array<() => number>, rounds: number): Timing[] {
  const errors = runs.map((run) => run());
  const wall: number[][] = runs.map(() => []);
  const cpu: number[][] = runs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    runs.forEach((run, i) => {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      errors[i] = run();
      wall[i]!.push((performance.now() - start) / 1000);
      const used = process.cpuUsage(startCpu);
      cpu[i]!.push((used.user + used.system) / 1e6);
    });
  }
  return runs.map((_run, i) => ({
    seconds: median(wall[i]!),
    cpuSeconds: median(cpu[i]!),
    errors: errors[i]!,
  }));
}

/** validateSheet: the same reading and checks as readLedger, without keeping normalised rows. */
function runTaizhang(rows: string[][]): number {
  const values: Cell[][] = [TITLES, ...rows];
  return Object.values(
    validateSheet({ name: "bench", values }, { kind: "problem" }).errorCounts,
  ).reduce((a, b) => a + (b ?? 0), 0);
}

function ajvValidator() {
  const date = { type: "string", pattern: "^(\\d{4}-\\d{2}-\\d{2})?$" };
  const properties: Record<string, object> = {};
  for (const field of FIELDS) properties[field] = DATES.has(field) ? date : { type: "string" };
  properties.status = { type: "string", enum: STATUSES };
  properties.closed = { type: "string", enum: ["是", "否", ""] };
  for (const field of REQUIRED)
    if (field !== "status") properties[field] = { type: "string", minLength: 1 };
  const ajv = new Ajv({ allErrors: true });
  return ajv.compile({ type: "object", properties, required: [...REQUIRED] });
}

/** readLedger: also keeps every row's normalised cells (what rollups consume); shown for reference. */
function runTaizhangRead(rows: string[][]): number {
  const values: Cell[][] = [TITLES, ...rows];
  return readLedger({ name: "bench", values }, { kind: "problem" }).rowCount;
}

function runAjv(rows: string[][], validate: ReturnType<typeof ajvValidator>): number {
  let errors = 0;
  for (const row of rows) {
    const record: Record<string, string> = {};
    for (let c = 0; c < FIELDS.length; c++) record[FIELDS[c]!] = row[c]!;
    if (!validate(record)) errors += validate.errors?.length ?? 0;
  }
  return errors;
}

async function tableschemaSchema() {
  const { Schema } = require("tableschema") as {
    Schema: { load(d: object): Promise<{ castRow(row: string[]): unknown }> };
  };
  const fields = FIELDS.map((name) => {
    const field: Record<string, unknown> = { name, type: DATES.has(name) ? "date" : "string" };
    if (REQUIRED.has(name)) field.constraints = { required: true };
    if (name === "status") field.constraints = { required: true, enum: STATUSES };
    if (name === "closed")
      Object.assign(field, { type: "boolean", trueValues: ["是"], falseValues: ["否"] });
    return field;
  });
  return Schema.load({ fields, missingValues: [""] });
}

function runTableschema(rows: string[][], schema: { castRow(row: string[]): unknown }): number {
  let errors = 0;
  for (const row of rows) {
    try {
      schema.castRow(row);
    } catch (error) {
      errors += (error as { errors?: unknown[] }).errors?.length || 1;
    }
  }
  return errors;
}

export default async function (opts: { json: boolean }): Promise<void> {
  const { rows, bad } = makeRows();
  const validate = ajvValidator();
  const tableschema = await tableschemaSchema();
  const sample = rows.slice(0, TABLESCHEMA_SAMPLE);
  const [taizhang, ajvTiming, read] = timeInterleaved(
    [() => runTaizhang(rows), () => runAjv(rows, validate), () => runTaizhangRead(rows)],
    REPEATS,
  );
  const [tableschemaTiming] = timeInterleaved([() => runTableschema(sample, tableschema)], 1);
  const results = [
    { impl: "taizhang", rows: ROWS, ...taizhang! },
    { impl: "ajv", rows: ROWS, ...ajvTiming! },
    { impl: "tableschema", rows: TABLESCHEMA_SAMPLE, ...tableschemaTiming! },
  ].map((r) => ({
    ...r,
    rowsPerSecond: Math.round(r.rows / r.seconds),
    cpuRowsPerSecond: Math.round(r.rows / r.cpuSeconds),
  }));
  const ours = results[0]!;

  if (opts.json) {
    for (const r of results) {
      const line: Record<string, unknown> = {
        bench: "validate",
        impl: r.impl,
        rows: r.rows,
        rowsPerSecond: r.rowsPerSecond,
        cpuRowsPerSecond: r.cpuRowsPerSecond,
      };
      if (r.impl === "tableschema") line.sampled = true;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    return;
  }
  process.stdout.write(
    `validate: problem ledger ${ROWS} rows × ${FIELDS.length} columns, ${bad} bad cells (${((bad / (ROWS * FIELDS.length)) * 100).toFixed(1)}%)\n`,
  );
  for (const r of results) {
    const ratio =
      r.impl === "taizhang"
        ? ""
        : `  taizhang is ${(ours.rowsPerSecond / r.rowsPerSecond).toFixed(2)}× (CPU time: ${(ours.cpuRowsPerSecond / r.cpuRowsPerSecond).toFixed(2)}×)`;
    const note = r.impl === "tableschema" ? ` (timed on the first ${TABLESCHEMA_SAMPLE} rows)` : "";
    process.stdout.write(
      `  ${r.impl.padEnd(12)} ${String(r.rowsPerSecond).padStart(9)} rows/s (${String(r.cpuRowsPerSecond).padStart(9)} per CPU-second)  ${String(r.errors).padStart(6)} errors in ${r.rows} rows${note}${ratio}\n`,
    );
  }
  process.stdout.write(
    `  (taizhang readLedger, keeping the normalised rows: ${Math.round(ROWS / read!.seconds)} rows/s)\n`,
  );
  process.stdout.write(
    `  goal: ≥ 1.5× ajv and ≥ 30× tableschema; medians of ${REPEATS} interleaved rounds after a warm-up round\n`,
  );
}
