// `npm run bench [-- --json] [-- validate]`: the same problem ledger (100k rows × 15 columns,
// about 5% bad cells) checked by Taizhang's core, by ajv (a compiled JSON Schema applied to each
// row) and by tableschema-js (castRow on each row), in this one process.
//
// Fair by construction: every implementation runs the same checks on the same data —
//   types (dates that are real calendar days, status words, 是/否), required, enum (问题类别),
//   pattern (问题编号), maxLength (责任人), minimum/maximum (开始时间 within 2021), unique (整改措施),
//   the primary key (问题编号 + 整改措施) and the programme's five row rules (完成时间 before
//   开始时间, …).
// Taizhang reads a user descriptor saying exactly this (the shipped problem ledger plus those
// constraints). ajv cannot compare two fields or two rows, so its runner does the row rules,
// unique and primary key by hand after each `validate(record)`, with the same semantics (a value
// that failed its type takes part in no rule or key). ajv validates one record at a time, so its
// runner remembers keys row by row, in the fastest per-row table we have measured
// (bench/_lib/valueTable.ts, the core's own until it moved to checking whole key columns after
// the sweep). The run checks that both report the same number of errors, so neither side can
// quietly check less.
//
// Taizhang takes the sheet as a host hands it over: a 2-D array. ajv needs one object per row,
// so it is timed twice: building the records from the same 2-D array inside the timing (its real
// cost on sheet data), and with records built beforehand outside it. Taizhang's time includes
// what ajv does not do at all: finding the header, mapping columns, classifying rows (blank,
// 合计, footer), normalising text and office names.
// Taizhang is measured as it ships: src/core bundled by esbuild with the CLI's settings
// (scripts/build-cli.mjs; the add-in's webpack bundle is alike), just as ajv and tableschema run
// from their published builds. The same code run unbundled through tsx — which turns every
// imported function into a property getter — is printed beside it. ajv's runner takes its key
// tables from that same bundle.
// Only the compared implementations are interleaved; the reference figures (readLedger, the
// unbundled core) are timed apart so that their garbage is not collected inside compared runs.
// tableschema-js is too slow for 100k rows in a benchmark run: it is timed on a sample and its
// rows/s extrapolated; castRow checks types and constraints only (no unique, key or rules).
import Ajv from "ajv";
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { isIsoDate as IsIsoDate } from "../src/core/dates";
import { LEDGER_SCHEMAS, type TableSchemaDescriptor } from "../src/core/ledgers";
import type { Cell } from "../src/core/model/cell";
import * as unbundled from "../src/core/read";
import type { ValueTable as ValueTableClass } from "./_lib/valueTable";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Core {
  isIsoDate: typeof IsIsoDate;
  validateSheet: typeof unbundled.validateSheet;
  readLedger: typeof unbundled.readLedger;
  ValueTable: typeof ValueTableClass;
}

/** src/core bundled as scripts/build-cli.mjs bundles the CLI, loaded from a temporary file. */
async function bundledCore(): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-"));
  const outfile = join(dir, "core.mjs");
  try {
    await build({
      stdin: {
        contents: [
          'export { validateSheet, readLedger } from "./src/core/read";',
          'export { isIsoDate } from "./src/core/dates";',
          'export { ValueTable } from "./bench/_lib/valueTable";',
        ].join("\n"),
        resolveDir: root,
        loader: "ts",
      },
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "warning",
    });
    return (await import(pathToFileURL(outfile).href)) as Core;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROWS = 100_000;
const TABLESCHEMA_SAMPLE = 5_000;
const BAD_SHARE = 0.05;
/** Timed rounds (the median is reported); machines running other work are noisy. */
const REPEATS = 11;

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
export const TITLES = [
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
const STATUS_STATE: Record<string, string> = {
  已完成: "done",
  正在推进: "inProgress",
  未完成: "notStarted",
  已销号: "closed",
};
const STATUSES = Object.keys(STATUS_STATE);
const CATEGORIES = ["政治", "业务", "队伍", "纪律作风", "检务保障", "信息化"];
const REQUIRED = new Set(["office", "problem", "measure"]);
const DATES = new Set(["startDate", "deadline", "doneDate"]);
const PROBLEM_ID = "^P\\d+$";
const PERSON_MAX = 6;
const START_MIN = "2021-01-01";
const START_MAX = "2021-12-31";
/** Cells that may be made bad: each has a check in every implementation. */
const CHECKED: ReadonlySet<string> = new Set([
  ...DATES,
  ...REQUIRED,
  "closed",
  "status",
  "category",
  "problemId",
]);
/** Share of rows whose 整改措施 repeats the row above's: unique and primary-key errors. */
const DUPLICATE_SHARE = 0.005;

/** The shipped problem ledger plus one constraint of each kind: what every implementation checks. */
export function benchSchema(): TableSchemaDescriptor {
  const schema = structuredClone(LEDGER_SCHEMAS.problem);
  const constraints: Record<string, object> = {
    problemId: { pattern: PROBLEM_ID },
    category: { enum: CATEGORIES },
    measure: { required: true, unique: true },
    responsiblePerson: { maxLength: PERSON_MAX },
    startDate: { minimum: START_MIN, maximum: START_MAX },
  };
  for (const field of schema.fields) {
    const extra = constraints[field.name];
    if (extra) field.constraints = { ...field.constraints, ...extra };
  }
  schema.primaryKey = ["problemId", "measure"];
  schema.name = "bench-problem";
  return schema;
}

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
  if (field === "startDate") return ["某天", "2021-02-30", "2020-05-01"][Math.floor(rand() * 3)]!;
  if (DATES.has(field)) return rand() < 0.5 ? "某天" : "2021-02-30";
  if (field === "status") return "很好";
  if (field === "closed") return "也许";
  if (field === "category") return "其他";
  if (field === "problemId") return "第1个";
  return "";
}

export function makeRows(): { rows: string[][]; bad: number } {
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
      i > 0 && rand() < DUPLICATE_SHARE ? rows[i - 1]![5]! : `措施${i}`,
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
      // Bad cells only in checked columns, as often as makes BAD_SHARE of all cells.
      if (CHECKED.has(field) && rand() < (BAD_SHARE * FIELDS.length) / CHECKED.size) {
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

function errorTotal(counts: Partial<Record<string, number>>): number {
  return Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
}

/** validateSheet: the same reading and checks as readLedger, without keeping normalised rows. */
function runTaizhang(
  core: Pick<Core, "validateSheet">,
  values: Cell[][],
  schema: TableSchemaDescriptor,
): number {
  return errorTotal(core.validateSheet({ name: "bench", values }, { schema }).errorCounts);
}

/** readLedger: also keeps every row's normalised cells (what rollups consume); shown for reference. */
function runTaizhangRead(core: Core, values: Cell[][], schema: TableSchemaDescriptor): number {
  return core.readLedger({ name: "bench", values }, { schema }).rowCount;
}

/**
 * ajv checks dates with the same calendar check the core uses, so neither side wins on it: taken
 * from the same bundle, so that ajv's runner calls it directly (a function imported through tsx
 * is reached through a property getter on every call).
 */
let isIsoDate: typeof IsIsoDate = () => {
  throw new Error("the bundled core is not loaded yet");
};

function ajvValidator() {
  const ajv = new Ajv({ allErrors: true });
  // A date is a real calendar day (2021-02-30 is not), as Taizhang reads it; "" is no date.
  ajv.addFormat("date", { type: "string", validate: (v: string) => v === "" || isIsoDate(v) });
  // minimum/maximum on dates, compared only when the text is a date (a non-date already failed
  // its format), as Table Schema applies constraints to values that were read.
  ajv.addKeyword({
    keyword: "dateRange",
    type: "string",
    schemaType: "array",
    compile:
      ([min, max]: [string, string]) =>
      (v: string) =>
        !isIsoDate(v) || (v >= min && v <= max),
  });
  const date = { type: "string", format: "date" };
  const properties: Record<string, object> = {};
  for (const field of FIELDS) properties[field] = DATES.has(field) ? date : { type: "string" };
  for (const field of REQUIRED) properties[field] = { type: "string", minLength: 1 };
  properties.problemId = { type: "string", pattern: PROBLEM_ID };
  properties.category = { type: "string", enum: CATEGORIES };
  properties.responsiblePerson = { type: "string", maxLength: PERSON_MAX };
  properties.startDate = { ...date, dateRange: [START_MIN, START_MAX] };
  properties.status = { type: "string", enum: [...STATUSES, ""] };
  properties.closed = { type: "string", enum: ["是", "否", ""] };
  return ajv.compile({ type: "object", properties, required: [...FIELDS] });
}

type Validate = ReturnType<typeof ajvValidator>;

/**
 * What JSON Schema cannot say, by hand: the five row rules, unique 整改措施 and the primary key.
 * The key includes 整改措施, so it is looked up under the 整改措施's own entry (a second table,
 * keyed by that entry and 问题编号): one lookup a row fewer than a table per key field — the
 * per-row form of what Taizhang does (a key that includes a unique column is checked among that
 * column's repeats).
 */
type ValueTable = ValueTableClass;

function rowChecks(
  record: Record<string, string>,
  measures: ValueTable,
  keys: ValueTable,
  rowNumber: number,
): number {
  let errors = 0;
  const start = isIsoDate(record.startDate!) ? record.startDate! : null;
  const deadline = isIsoDate(record.deadline!) ? record.deadline! : null;
  const done = isIsoDate(record.doneDate!) ? record.doneDate! : null;
  const state = STATUS_STATE[record.status!];
  if (start !== null && done !== null && done < start) errors++;
  if (start !== null && deadline !== null && deadline < start) errors++;
  if ((state === "done" || state === "closed") && done === null) errors++;
  if (state === "notStarted" && done !== null) errors++;
  if (record.closed === "是" && (state === "notStarted" || state === "inProgress")) errors++;
  const measure = record.measure!;
  if (measure !== "") {
    const entry = measures.entryOf(0, measure, rowNumber);
    if (!measures.wasNew) errors++;
    const id = record.problemId!;
    if (id !== "") {
      keys.entryOf(entry, id, rowNumber);
      if (!keys.wasNew) errors++;
    }
  }
  return errors;
}

function toRecord(row: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let c = 0; c < FIELDS.length; c++) record[FIELDS[c]!] = row[c]!;
  return record;
}

/** ajv on the sheet's 2-D array: each row becomes the object ajv validates, inside the timing. */
function runAjv(core: Core, rows: string[][], validate: Validate): number {
  let errors = 0;
  const measures = new core.ValueTable(rows.length);
  const keys = new core.ValueTable(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const record = toRecord(rows[r]!);
    if (!validate(record)) errors += validate.errors?.length ?? 0;
    errors += rowChecks(record, measures, keys, r + 2);
  }
  for (const table of [measures, keys]) table.release();
  return errors;
}

/** ajv on records built beforehand (not timed): validation alone. */
function runAjvPrebuilt(
  core: Core,
  records: Array<Record<string, string>>,
  validate: Validate,
): number {
  let errors = 0;
  const measures = new core.ValueTable(records.length);
  const keys = new core.ValueTable(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    if (!validate(record)) errors += validate.errors?.length ?? 0;
    errors += rowChecks(record, measures, keys, r + 2);
  }
  for (const table of [measures, keys]) table.release();
  return errors;
}

async function tableschemaSchema() {
  const { Schema } = require("tableschema") as {
    Schema: { load(d: object): Promise<{ castRow(row: string[]): unknown }> };
  };
  const fields = FIELDS.map((name) => {
    const field: Record<string, unknown> = { name, type: DATES.has(name) ? "date" : "string" };
    if (REQUIRED.has(name)) field.constraints = { required: true };
    if (name === "status") field.constraints = { enum: STATUSES };
    if (name === "category") field.constraints = { enum: CATEGORIES };
    if (name === "problemId") field.constraints = { pattern: PROBLEM_ID.slice(1, -1) };
    if (name === "responsiblePerson") field.constraints = { maxLength: PERSON_MAX };
    if (name === "startDate") field.constraints = { minimum: START_MIN, maximum: START_MAX };
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

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

export default async function (opts: { json: boolean }): Promise<void> {
  const core = await bundledCore();
  isIsoDate = core.isIsoDate;
  const { rows, bad } = makeRows();
  const values: Cell[][] = [TITLES, ...rows];
  const schema = benchSchema();
  const validate = ajvValidator();
  const records = rows.map(toRecord);
  const tableschema = await tableschemaSchema();
  const sample = rows.slice(0, TABLESCHEMA_SAMPLE);
  const loadBefore = load();
  const [taizhang, ajvTiming, ajvPrebuilt] = timeInterleaved(
    [
      () => runTaizhang(core, values, schema),
      () => runAjv(core, rows, validate),
      () => runAjvPrebuilt(core, records, validate),
    ],
    REPEATS,
  );
  // The figures shown for reference are timed apart: readLedger keeps 100k rows of objects, and
  // collecting them must not fall into the compared runs.
  const [read, viaTsx] = timeInterleaved(
    [() => runTaizhangRead(core, values, schema), () => runTaizhang(unbundled, values, schema)],
    3,
  );
  const [tableschemaTiming] = timeInterleaved([() => runTableschema(sample, tableschema)], 5);
  const loadAfter = load();
  const results = [
    { impl: "taizhang", label: "taizhang", rows: ROWS, ...taizhang! },
    { impl: "ajv", label: "ajv", rows: ROWS, conversionTimed: true, ...ajvTiming! },
    {
      impl: "ajv-no-conversion",
      label: "ajv (records prebuilt)",
      rows: ROWS,
      conversionTimed: false,
      ...ajvPrebuilt!,
    },
    { impl: "tableschema", label: "tableschema", rows: TABLESCHEMA_SAMPLE, ...tableschemaTiming! },
  ].map((r) => ({
    ...r,
    rowsPerSecond: Math.round(r.rows / r.seconds),
    cpuRowsPerSecond: Math.round(r.rows / r.cpuSeconds),
  }));
  const ours = results[0]!;
  const sameErrors = taizhang!.errors === ajvTiming!.errors;

  if (opts.json) {
    for (const r of results) {
      const line: Record<string, unknown> = {
        bench: "validate",
        impl: r.impl,
        rows: r.rows,
        rowsPerSecond: r.rowsPerSecond,
        cpuRowsPerSecond: r.cpuRowsPerSecond,
        errors: r.errors,
        loadavg: loadAfter,
      };
      if ("conversionTimed" in r) line.conversionTimed = r.conversionTimed;
      if (r.impl === "tableschema") line.sampled = true;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    return;
  }
  process.stdout.write(
    `validate: problem ledger ${ROWS} rows × ${FIELDS.length} columns, ${bad} bad cells (${((bad / (ROWS * FIELDS.length)) * 100).toFixed(1)}%) + ~${DUPLICATE_SHARE * 100}% repeated 整改措施\n` +
      `  checks in every implementation: types, required, enum, pattern, maxLength, minimum/maximum, unique, primary key, 5 row rules (tableschema: types and constraints only)\n`,
  );
  for (const r of results) {
    const ratio =
      r.impl === "taizhang"
        ? ""
        : `  taizhang is ${(ours.rowsPerSecond / r.rowsPerSecond).toFixed(2)}× (CPU time: ${(ours.cpuRowsPerSecond / r.cpuRowsPerSecond).toFixed(2)}×)`;
    const note = r.impl === "tableschema" ? ` (timed on the first ${TABLESCHEMA_SAMPLE} rows)` : "";
    process.stdout.write(
      `  ${r.label.padEnd(24)} ${String(r.rowsPerSecond).padStart(9)} rows/s (${String(r.cpuRowsPerSecond).padStart(9)} per CPU-second)  ${String(r.errors).padStart(6)} errors in ${r.rows} rows${note}${ratio}\n`,
    );
  }
  process.stdout.write(
    `  ${sameErrors ? "taizhang and ajv report the same number of errors" : `WARNING: taizhang reports ${taizhang!.errors} errors, ajv ${ajvTiming!.errors}: the checks differ`}\n` +
      `  ajv's rows/s include building each row's object from the 2-D array; "records prebuilt" builds them before the timing\n` +
      `  (taizhang readLedger, keeping the normalised rows: ${Math.round(ROWS / read!.seconds)} rows/s; validateSheet unbundled through tsx: ${Math.round(ROWS / viaTsx!.seconds)} rows/s = ${(ajvTiming!.seconds / viaTsx!.seconds).toFixed(2)}× ajv)\n` +
      `  goal: ≥ 1.5× ajv and ≥ 30× tableschema; medians of ${REPEATS} interleaved rounds after a warm-up round; load average ${loadBefore} before, ${loadAfter} after\n`,
  );
}
