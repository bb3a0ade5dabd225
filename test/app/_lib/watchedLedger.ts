// A bound ledger the pane watches, with what a test of re-checks needs to see: the sheet the core
// was given at each re-check, how the host was asked (whole reads, row reads), and a whole read
// of the sheet as it is now to compare with.
import { inlineCoreWork, type CoreWork } from "../../../src/app/coreWork";
import type { WorkbookHost } from "../../../src/app/host";
import { createLedgerOperations, type LedgerOperations } from "../../../src/app/operations";
import type { RowsRechecked } from "../../../src/app/validation";
import type { SheetInput } from "../../../src/core/model";
import { createExcelHost } from "../../../src/excel/excelHost";
import {
  createFakeExcel,
  type ExcelApiVersion,
  type FakeExcel,
  type WorkbookSeed,
} from "../../fakeExcel";

export interface Watched {
  fx: FakeExcel;
  ops: LedgerOperations;
  host: WorkbookHost;
  /** The sheet as the core got it, per re-check, and the rows named. */
  rechecked: { input: SheetInput; rows: readonly number[] }[];
  updates: RowsRechecked[];
  /** How the re-checks read: whole sheets, or given rows. */
  reads: { whole: number; rows: number };
  /** The sheet as a whole read gives it now (not counted in `reads`). */
  fresh(): Promise<SheetInput>;
  /** Waits until the re-checks started so far have finished and no more are coming. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function watchedLedger(options: {
  workbook: WorkbookSeed;
  sheet: string;
  kind: string;
  apiVersion?: ExcelApiVersion;
  editDelayMs?: number;
}): Promise<Watched> {
  const fx = await createFakeExcel({
    workbook: options.workbook,
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
  });
  const excelHost = createExcelHost({
    excel: fx.Excel,
    supports: (v) => fx.Office.context.requirements.isSetSupported("ExcelApi", v),
    editDelayMs: options.editDelayMs ?? 5,
  });
  const reads = { whole: 0, rows: 0 };
  let counting = false;
  const host: WorkbookHost = {
    ...excelHost,
    readSheets: (names, o) => {
      if (counting) reads.whole++;
      return excelHost.readSheets(names, o);
    },
    readRows: (sheet, rows) => {
      if (counting) reads.rows++;
      return excelHost.readRows(sheet, rows);
    },
  };
  const context = { lang: "zh" as const, today: () => "2021-06-30", year: 2021 };
  const inline = inlineCoreWork(context);
  const rechecked: Watched["rechecked"] = [];
  let running = 0;
  const work: CoreWork = {
    ...inline,
    async recheck(source, rows) {
      running++;
      try {
        rechecked.push({ input: source.input, rows });
        return await inline.recheck(source, rows);
      } finally {
        running--;
      }
    },
  };
  const ops = createLedgerOperations(host, context, work);
  await ops.bind(options.sheet, { kind: options.kind });
  const updates: RowsRechecked[] = [];
  counting = true;
  const stop = await ops.watchEdits((u) => updates.push(u));
  return {
    fx,
    ops,
    host,
    rechecked,
    updates,
    reads,
    fresh: async () => {
      const [input] = await excelHost.readSheets([options.sheet]);
      if (!input) throw new Error("no sheet");
      return input;
    },
    async settle() {
      // The edit delay, the re-check's requests, and any re-check queued behind it.
      let quiet = 0;
      let seen = -1;
      while (quiet < 3) {
        await wait(25);
        const now = rechecked.length;
        quiet = running === 0 && now === seen ? quiet + 1 : 0;
        seen = now;
      }
    },
    stop,
  };
}

/** What the core reads of a sheet: values, number formats, merged areas (in a fixed order). */
export function asRead(input: SheetInput) {
  const key = (m: { row: number; column: number }) => m.row * 100_000 + m.column;
  return {
    values: input.values,
    numberFormats: input.numberFormats,
    merges: [...(input.merges ?? [])].sort((a, b) => key(a) - key(b)),
  };
}
