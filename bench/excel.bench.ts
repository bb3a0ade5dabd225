// Requests and request bytes per Excel operation (read the ledger, apply flags, generate the
// summary) for 1k, 10k and 100k rows, through Microsoft's Excel library against the fake host.
// The figures users feel are round trips: they must stay flat as rows grow, except for one
// request per ~4 MB block where the payload demands it.
import { flagScheme, columnFlagScheme } from "../src/core/flags";
import { flagsWrite } from "../src/app/flags";
import { writePlan } from "../src/excel/writePlan";
import { readWorkbook } from "../src/excel/readWorkbook";
import type { SheetInput } from "../src/core/model";
import { seedOf, testHost } from "../test/excel/_lib/host";
import { problemSheet, readProblem } from "../test/excel/_lib/ledgers";
import { summaryPlans } from "../test/excel/_lib/summary";

type Operation = "read" | "flags" | "summary";
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
  }
}

export default async function (opts: { json: boolean }): Promise<void> {
  const figures: Figure[] = [];
  for (const operation of ["read", "flags", "summary"] as const) {
    for (const rows of SIZES) figures.push(await measure(operation, rows));
  }
  if (opts.json) {
    for (const f of figures) console.log(JSON.stringify(f));
    return;
  }
  console.log(
    "Excel host: requests and request bytes per operation (fake host, Microsoft's library)",
  );
  console.log("operation  rows      requests  request bytes  response bytes");
  for (const f of figures) {
    const requests = f.requests === null ? "—" : String(f.requests);
    const bytes =
      f.bytes === null ? `failed: ${f.error ?? ""}` : f.bytes.toLocaleString("en-US").padEnd(14);
    const response = f.responseBytes === null ? "" : f.responseBytes.toLocaleString("en-US");
    console.log(
      `${f.operation.padEnd(10)} ${String(f.rows).padEnd(9)} ${requests.padEnd(9)} ${bytes} ${response}`,
    );
  }
}
