// Requests and request bytes per Excel operation (read the ledger, apply flags, generate the
// summary, re-check after an edit) for 1k, 10k and 100k rows, through Microsoft's Excel library
// against the fake host. A re-check's figures are those of the second edit: the first re-check
// after the pane starts watching reads the ledger whole ("recheck-1st"), later ones only the
// edited rows ("recheck").
// The figures users feel are round trips: they must stay flat as rows grow, except for one
// request per ~4 MB block where the payload demands it.
import { flagScheme, columnFlagScheme } from "../src/core/flags";
import { flagsWrite } from "../src/app/flags";
import { writePlan } from "../src/excel/writePlan";
import { readWorkbook } from "../src/excel/readWorkbook";
import type { SheetInput } from "../src/core/model";
import { inlineCoreWork } from "../src/app/coreWork";
import { createLedgerOperations } from "../src/app/operations";
import { createExcelHost } from "../src/excel/excelHost";
import { seedOf, testHost, type TestHost } from "../test/excel/_lib/host";
import { problemSheet, readProblem } from "../test/excel/_lib/ledgers";
import { summaryPlans } from "../test/excel/_lib/summary";

type Operation = "read" | "flags" | "summary" | "recheck-1st" | "recheck";
interface Figure {
  bench: "excel";
  operation: Operation;
  rows: number;
  requests: number | null;
  bytes: number | null;
  /** Bytes of the host's answers: what a read costs (Excel on the web refuses > 5 MB). */
  responseBytes: number | null;
  error?: string;
}

const SIZES = [1_000, 10_000, 100_000];
const SHEET = "问题整改";

/**
 * A person edits one cell of the bound, watched ledger, twice: the figures of each re-check
 * (requests from the delivered edit to the re-checked rows).
 */
async function rechecks(
  host: TestHost,
): Promise<{ requests: number; bytes: number; responseBytes: number }[]> {
  const excelHost = createExcelHost({
    excel: host.fx.Excel,
    supports: host.supports,
    editDelayMs: 0,
  });
  const context = { lang: "zh" as const, today: () => "2021-06-30", year: 2021 };
  const ops = createLedgerOperations(excelHost, context, inlineCoreWork(context));
  await ops.bind(SHEET, { kind: "problem" });
  let done: () => void = () => undefined;
  const stop = await ops.watchEdits(() => done());
  const figures = [];
  for (const cell of ["G5", "G7"]) {
    host.fx.requests.reset();
    const rechecked = new Promise<void>((resolve) => (done = resolve));
    host.fx.userEdit(SHEET, cell, [["已完成"]]);
    await rechecked;
    const { count, bytes, responseBytes } = host.fx.requests;
    figures.push({ requests: count, bytes, responseBytes });
  }
  await stop();
  return figures;
}

/** Both re-checks' figures from one workbook: the first (whole) and the second (rows). */
async function measureRechecks(rows: number): Promise<Figure[]> {
  const host = await testHost({ sheets: [seedOf(problemSheet(rows))] });
  try {
    const [first, later] = await rechecks(host);
    if (!first || !later) throw new Error("no re-check");
    return [
      { bench: "excel", operation: "recheck-1st", rows, ...first },
      { bench: "excel", operation: "recheck", rows, ...later },
    ];
  } finally {
    // The log holds every answer (a whole read of 100k rows is ~17 MB): let it go now.
    host.fx.requests.reset();
  }
}

async function measure(operation: Operation, rows: number): Promise<Figure> {
  const host = await testHost({ sheets: [seedOf(problemSheet(rows))] });
  try {
    await host.run(async (ctx) => {
      if (operation === "read") return readWorkbook(ctx, [SHEET], host.supports);
      if (operation === "flags") {
        const scheme = columnFlagScheme(flagScheme("flags"));
        const write = flagsWrite(SHEET, scheme, { asOf: "2021-06-30" }, readProblem);
        return writePlan(ctx, write, { supports: host.supports });
      }
      const write = {
        sheets: [SHEET],
        build: (reads: readonly { input: SheetInput }[]) => ({
          plan: summaryPlans(reads.map((r) => r.input)),
        }),
      };
      return writePlan(ctx, write, { supports: host.supports });
    });
    return {
      bench: "excel",
      operation,
      rows,
      requests: host.fx.requests.count,
      bytes: host.fx.requests.bytes,
      responseBytes: host.fx.requests.responseBytes,
    };
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    const message =
      (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)) + cause;
    return {
      bench: "excel",
      operation,
      rows,
      requests: null,
      bytes: null,
      responseBytes: null,
      error: message.slice(0, 160),
    };
  } finally {
    host.fx.requests.reset();
  }
}

const OPERATIONS = ["read", "flags", "summary", "recheck"] as const;

export default async function (opts: { json: boolean }): Promise<void> {
  const figures: Figure[] = [];
  const only = process.env.EXCEL_BENCH_ONLY?.split(",");
  for (const operation of OPERATIONS.filter((o) => !only || only.includes(o))) {
    for (const rows of SIZES)
      if (operation === "recheck") figures.push(...(await measureRechecks(rows)));
      else figures.push(await measure(operation, rows));
  }
  if (opts.json) {
    for (const f of figures) console.log(JSON.stringify(f));
    return;
  }
  console.log(
    "Excel host: requests and request bytes per operation (fake host, Microsoft's library)",
  );
  console.log("operation   rows      requests  request bytes  response bytes");
  for (const f of figures) {
    const requests = f.requests === null ? "—" : String(f.requests);
    const bytes =
      f.bytes === null ? `failed: ${f.error ?? ""}` : f.bytes.toLocaleString("en-US").padEnd(14);
    const response = f.responseBytes === null ? "" : f.responseBytes.toLocaleString("en-US");
    console.log(
      `${f.operation.padEnd(11)} ${String(f.rows).padEnd(9)} ${requests.padEnd(9)} ${bytes} ${response}`,
    );
  }
}
