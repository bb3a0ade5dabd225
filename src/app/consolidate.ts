// 汇总各院报送的台账 (`taizhang consolidate`, later the browser page): many offices' workbooks
// into one — 报送情况, one merged sheet per ledger kind with 来源 columns, 重复编号, and one
// 台账汇总 over everything whose figures cite the file, sheet and row they came from.
//
// Memory: one file is read at a time; its grid is fingerprinted, read as ledgers and dropped
// before the next is opened. What is kept is the ledgers' rows, which the merged sheets and the
// summary are made of, without the reader's error lists.
import { TaizhangError } from "../core/errors";
import {
  consolidatePlan,
  contentFingerprint,
  type ConsolidatedFile,
  type PreviousFile,
  type Repeat,
  type Submission,
} from "../core/consolidate";
import type { SheetInput } from "../core/model";
import { mergePlans } from "../core/plan";
import type { ReadLedgerResult } from "../core/read";
import type { AppContext } from "./context";
import type { WorkbookHost } from "./host";
import { readWorkbook, registryNames } from "./readLedgers";
import { summaryWork, type SummaryChoice, type SummaryFigures } from "./summary";

/** A workbook handed in: its name, and how to read its sheets when its turn comes. */
export interface WorkbookSource {
  name: string;
  /** The sheets, or why the file cannot be read (in both languages). */
  read(): Promise<{ sheets: SheetInput[]; problem?: { zh: string; en: string } }>;
}

export interface ConsolidateRequest {
  files: readonly WorkbookSource[];
  /** The office registry (薄弱院名册) the offices are checked against. */
  registry?: readonly WorkbookSource[];
  /** The previous period's files: known by their fingerprints only. */
  previous?: readonly WorkbookSource[];
  choice: SummaryChoice;
  /** Told after each file of `files` is read. */
  onFile?: (done: number, total: number, name: string) => void;
}

export interface ConsolidateOutcome {
  submission: Submission;
  repeats: Repeat[];
  merged: { kind: string; title: string; sheet: string; rows: number }[];
  figures: SummaryFigures;
  /** Sheets written, in tab order. */
  sheets: string[];
}

/** What the merged sheets and the summary need of a ledger: its rows, not its error list. */
function slim(ledger: ReadLedgerResult): ReadLedgerResult {
  return { ...ledger, errors: [], skippedRows: [], truncated: ledger.errors.length > 0 };
}

async function registryOf(
  sources: readonly WorkbookSource[],
  context: AppContext,
): Promise<string[]> {
  const names: string[] = [];
  for (const source of sources) {
    const { sheets, problem } = await source.read();
    if (problem) throw new TaizhangError("readFailed", source.name);
    const found = registryNames(
      readWorkbook(
        sheets.map((input) => ({ input })),
        context,
      ).results,
    );
    if (!found || found.length === 0) throw new TaizhangError("noLedgerData", source.name);
    names.push(...found);
  }
  return names;
}

/** Reads every file in turn, then writes the consolidated sheets into `host`. */
export async function consolidate(
  host: WorkbookHost,
  context: AppContext,
  request: ConsolidateRequest,
): Promise<ConsolidateOutcome> {
  const registry =
    request.registry && request.registry.length > 0
      ? await registryOf(request.registry, context)
      : null;
  const files: ConsolidatedFile[] = [];
  let done = 0;
  for (const source of request.files) {
    const { sheets, problem } = await source.read();
    if (problem) files.push({ file: source.name, fingerprint: null, ledgers: [], problem });
    else {
      const read = readWorkbook(
        sheets.map((input) => ({ input: { ...input, file: source.name } })),
        context,
        registry === null ? {} : { registry: [...registry] },
      );
      files.push({
        file: source.name,
        fingerprint: contentFingerprint(sheets),
        ledgers: read.results.map(slim),
      });
    }
    request.onFile?.(++done, request.files.length, source.name);
  }
  const previous: PreviousFile[] = [];
  for (const source of request.previous ?? []) {
    const { sheets, problem } = await source.read();
    if (!problem) previous.push({ file: source.name, fingerprint: contentFingerprint(sheets) });
  }

  const ledgers = files.flatMap((f) => f.ledgers);
  if (!ledgers.some((l) => l.rows.length > 0))
    throw new TaizhangError("noLedgerData", request.files.map((f) => f.name).join("”“"));
  const consolidated = consolidatePlan({ files, registry, previous, lang: context.lang });
  const summary = summaryWork(ledgers, request.choice, context.lang);
  const written = await host.write({
    sheets: [],
    build: () => ({ plan: mergePlans(summary.plan, consolidated.plan) }),
  });
  const state = await host.state();
  const ours = new Set(Object.values(written.sheetNames));
  return {
    submission: consolidated.submission,
    repeats: consolidated.repeats,
    merged: consolidated.merged.map((m) => ({
      ...m,
      sheet: written.sheetNames[`merged:${m.kind}`] ?? m.sheet,
    })),
    figures: summary.figures,
    sheets: state.sheets.map((s) => s.name).filter((n) => ours.has(n)),
  };
}
