// Rollup of 100k problem-ledger rows by office × status with distinct counts: Taizhang's rollup
// against arquero doing the same on the same data, in one process. Each side gets the data in
// its own natural shape (Ledger rows for Taizhang, columns for arquero), built before timing.
// Taizhang's status is the as-of status (it reads the deadline, done date and 销号 columns per
// row) and every figure keeps its row references; arquero groups the raw status column.
import * as aq from "arquero";
import type { Ledger, LedgerField, LedgerRow, NormalizedCell } from "../src/core/model/ledger";
import { rollup } from "../src/core/rollup";
import type { BenchOptions } from "./run";

const ROWS = 100_000;
const OFFICES = 120;
const STATUSES = ["done", "inProgress", "notStarted", "closed"] as const;
const AS_OF = "2021-06-30";
const REPEATS = 15;

interface Columns {
  office: string[];
  status: string[];
  problemId: string[];
  person: string[];
  deadline: string[];
}

function makeColumns(): Columns {
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const columns: Columns = { office: [], status: [], problemId: [], person: [], deadline: [] };
  for (let i = 0; i < ROWS; i++) {
    const office = Math.floor(random() * OFFICES);
    columns.office.push(`第${office}号院`);
    columns.status.push(STATUSES[Math.floor(random() * STATUSES.length)] as string);
    columns.problemId.push(`P${office}-${Math.floor(random() * 300)}`);
    columns.person.push(`责任人${Math.floor(random() * 40)}`);
    columns.deadline.push(`2021-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`);
  }
  return columns;
}

function makeLedger(columns: Columns): Ledger {
  const field = (name: string, role: LedgerField["role"]): LedgerField => ({
    name,
    title: name,
    role,
    type: "string",
  });
  const cell = (value: string): NormalizedCell => ({ text: value, raw: value, value });
  const rows: LedgerRow[] = columns.office.map((office, i) => ({
    rowNumber: i + 3,
    cells: {
      office: cell(office),
      status: cell(columns.status[i] as string),
      problemId: cell(columns.problemId[i] as string),
      person: cell(columns.person[i] as string),
      deadline: cell(columns.deadline[i] as string),
    },
  }));
  return {
    kind: "problem",
    sheet: "bench",
    fields: [
      field("office", "office"),
      field("status", "status"),
      field("problemId", "problemId"),
      field("person", "responsiblePerson"),
      field("deadline", "deadline"),
    ],
    rows,
  };
}

/**
 * Runs both implementations in alternation (warm-up, then `repeats` timed rounds) so that load
 * from other processes falls on both alike; reports each one's median.
 */
function timeBoth(
  runs: Record<string, () => number>,
  repeats: number,
): Record<string, { ms: number; groups: number }> {
  const names = Object.keys(runs);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const groups: Record<string, number> = {};
  for (let round = -3; round < repeats; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const start = performance.now();
      groups[name] = (runs[name] as () => number)();
      if (round >= 0) samples[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = [...(samples[name] ?? [])].sort((a, b) => a - b);
      return [name, { ms: sorted[Math.floor(sorted.length / 2)] ?? 0, groups: groups[name] ?? 0 }];
    }),
  );
}

export default async function rollupBench(options: BenchOptions): Promise<void> {
  const columns = makeColumns();
  const ledger = makeLedger(columns);
  const frame = aq.table({
    office: columns.office,
    status: columns.status,
    problemId: columns.problemId,
    person: columns.person,
  });

  const timed = timeBoth(
    {
      taizhang: () =>
        rollup(
          [ledger],
          {
            groupBy: ["office", "status"],
            measures: {
              rows: { fn: "count" },
              problems: { fn: "distinctCount", role: "problemId" },
              persons: { fn: "distinctCount", role: "responsiblePerson" },
            },
          },
          { asOf: AS_OF },
        ).groups.length,
      arquero: () =>
        frame
          .groupby("office", "status")
          .rollup({
            rows: aq.op.count(),
            problems: aq.op.distinct("problemId"),
            persons: aq.op.distinct("person"),
          })
          .numRows(),
    },
    REPEATS,
  );
  const taizhang = timed.taizhang ?? { ms: 0, groups: 0 };
  const arquero = timed.arquero ?? { ms: 0, groups: 0 };
  if (taizhang.groups !== arquero.groups)
    throw new Error(`group counts differ: taizhang ${taizhang.groups}, arquero ${arquero.groups}`);

  const results = [
    { impl: "taizhang", ms: taizhang.ms },
    { impl: "arquero", ms: arquero.ms },
  ].map((r) => ({ ...r, rowsPerSecond: Math.round((ROWS / r.ms) * 1000) }));
  if (options.json) {
    for (const r of results)
      console.log(
        JSON.stringify({
          bench: "rollup",
          impl: r.impl,
          rows: ROWS,
          rowsPerSecond: r.rowsPerSecond,
        }),
      );
    return;
  }
  console.log(
    `rollup: ${ROWS.toLocaleString("en-US")} rows by office × status (${taizhang.groups} groups), count + 2 distinct counts, median of ${REPEATS} alternating rounds`,
  );
  for (const r of results)
    console.log(
      `  ${r.impl.padEnd(9)} ${r.ms.toFixed(1).padStart(8)} ms  ${r.rowsPerSecond.toLocaleString("en-US").padStart(12)} rows/s`,
    );
  const ratio = (results[0]?.rowsPerSecond ?? 0) / (results[1]?.rowsPerSecond ?? 1);
  console.log(`  taizhang / arquero: ${ratio.toFixed(2)}×`);
}
