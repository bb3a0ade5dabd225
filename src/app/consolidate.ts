// 汇总各院报送的台账 (`taizhang consolidate`, later the browser page): many offices' workbooks
// into one — 报送情况, one merged sheet per ledger kind with 来源 columns, 重复编号, and one
// 台账汇总 over everything whose figures cite the file, sheet and row they came from.
//
// Memory: one file is read at a time; its grid is fingerprinted, read as ledgers and dropped
// before the next is opened. What is kept is the ledgers' rows, which the merged sheets and the
// summary are made of, without the reader's error lists.
import { TaizhangError } from "../core/errors";
import { GENERIC_KIND } from "../core/layout";
import {
  consolidatePlan,
  contentFingerprint,
  countedFiles,
  findRepeats,
  repeatsSheetName,
  type ConsolidatedFile,
  type PreviousFile,
} from "../core/consolidate";
import type { SheetInput } from "../core/model";
import { repeatedKeysCaveat } from "../core/summary";
import { mergePlans } from "../core/plan";
import type { ReadLedgerResult, UserColumn } from "../core/read";
import type { AppContext } from "./context";
import {
  writeConsolidation,
  type ConsolidateOutcome,
  type ConsolidationWork,
} from "./consolidateWrite";
import type { WorkbookHost } from "./host";
import { readWorkbook, registryNames, type LedgerSource } from "./readLedgers";
import { summaryWork, type SummaryChoice } from "./summary";

export type { ConsolidateOutcome, ConsolidationWork };

/** A workbook handed in: its name, and how to read its sheets when its turn comes. */
export interface WorkbookSource {
  name: string;
  /** The sheets (with what the user said about them), or why the file cannot be read. */
  read(): Promise<FileRead>;
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

/**
 * What the merged sheets, 报送情况, 重复编号 and the summary need of a ledger: its rows, fields,
 * descriptor (shared, not copied) and error counts — not its error list nor how its columns were
 * found (mapping, unmapped columns, header rows, sections, where the office came from), which are
 * a few kilobytes per file that a thousand files would otherwise keep to the end.
 */
function slim(ledger: ReadLedgerResult): ReadLedgerResult {
  const { officeFrom: _officeFrom, sections: _sections, region: _region, ...kept } = ledger;
  return {
    ...kept,
    errors: [],
    skippedRows: [],
    mapping: [],
    unmappedColumns: [],
    headerRows: [],
    checkedReferences: [],
    truncated: ledger.errors.length > 0,
  };
}

/**
 * A sheet the user corrected before consolidating (the browser page's cards): the kind chosen
 * (null: the user said it is no ledger) and the columns assigned a field (or none) by hand.
 */
export interface SheetChoice {
  sheet: string;
  kind: string | null;
  columns: UserColumn[];
}

/** What a read file gives the consolidation: its sheets, or why it cannot be read. */
export interface FileRead {
  sheets: SheetInput[];
  problem?: { zh: string; en: string };
  /** Sheets read as the user corrected them; the file's fingerprint stays its content's. */
  choices?: readonly SheetChoice[];
}

/** How one office's file was taken in: its sheets and the ledgers' rows, or its problem. */
export interface FileTaken {
  sheets: number;
  rows: number;
  problem?: { zh: string; en: string };
}

/**
 * The files taken in one at a time (registry first, then the offices' files and last period's),
 * each file's grid read, fingerprinted and dropped before the next; `work` builds what to write.
 */
export interface ConsolidationGathering {
  /** The registry's office names; refuses a registry that cannot be read or lists none. */
  registry(name: string, read: FileRead): void;
  file(name: string, read: FileRead): FileTaken;
  previous(name: string, read: FileRead): void;
  /**
   * The plan and outcome over everything taken; refuses when no file held a ledger's rows.
   * `onStage` is told as each part is built ("summary", then "plan": the consolidated sheets).
   */
  work(choice: SummaryChoice, onStage?: (stage: "plan" | "summary") => void): ConsolidationWork;
}

export function gatherConsolidation(context: AppContext): ConsolidationGathering {
  let registry: string[] | null = null;
  const files: ConsolidatedFile[] = [];
  const previous: PreviousFile[] = [];
  /** Each content fingerprint's first file: a later file with the same content is a copy. */
  const firstWith = new Map<string, string>();
  return {
    registry(name, { sheets, problem }) {
      if (problem) throw new TaizhangError("readFailed", name);
      const found = registryNames(
        readWorkbook(
          sheets.map((input) => ({ input })),
          context,
        ).results,
      );
      if (!found || found.length === 0) throw new TaizhangError("registryEmpty", name);
      registry = [...(registry ?? []), ...found];
    },
    file(name, { sheets, problem, choices = [] }) {
      if (problem) {
        files.push({ file: name, fingerprint: null, ledgers: [], problem });
        return { sheets: 0, rows: 0, problem };
      }
      const chosen = new Map(choices.map((c) => [c.sheet, c]));
      const sources: LedgerSource[] = [];
      for (const input of sheets) {
        const choice = chosen.get(input.name);
        if (choice?.kind === null) continue;
        sources.push({
          input: { ...input, file: name },
          ...(choice === undefined ? {} : { kind: choice.kind, columns: choice.columns }),
        });
      }
      const read = readWorkbook(
        sources,
        context,
        registry === null ? {} : { registry: [...registry] },
      );
      const fingerprint = contentFingerprint(sheets);
      const copyOf = firstWith.get(fingerprint);
      if (copyOf !== undefined) {
        // The same report sent twice: counted once, in the file that came first.
        const ledgers = read.results.map((l) => ({ ...slim(l), rows: [] }));
        files.push({ file: name, fingerprint, ledgers, copyOf });
        return { sheets: sheets.length, rows: 0 };
      }
      firstWith.set(fingerprint, name);
      const ledgers = read.results.map(slim);
      files.push({ file: name, fingerprint, ledgers });
      return { sheets: sheets.length, rows: ledgers.reduce((n, l) => n + l.rows.length, 0) };
    },
    previous(name, { sheets, problem }) {
      if (!problem) previous.push({ file: name, fingerprint: contentFingerprint(sheets) });
    },
    work(choice, onStage) {
      const ledgers = countedFiles(files).flatMap((f) => f.ledgers);
      if (!ledgers.some((l) => l.kind !== GENERIC_KIND && l.rows.length > 0))
        throw new TaizhangError("noLedgerInFiles", files.map((f) => f.file).join("”“"));
      // Keys two files share first: the summary says its figures may count those items twice.
      const repeats = findRepeats(countedFiles(files));
      const caveats =
        repeats.length === 0
          ? []
          : [repeatedKeysCaveat(repeats.length, repeatsSheetName(context.lang), repeats[0]!.kind)];
      // The summary before the merged sheets: its scans and their garbage are the peak, and the
      // merged sheets' values are not yet built beside them.
      const summary = summaryWork(ledgers, choice, context.lang, caveats);
      onStage?.("summary");
      const consolidated = consolidatePlan({
        files,
        registry,
        previous,
        lang: context.lang,
        repeats,
      });
      onStage?.("plan");
      return {
        plan: mergePlans(summary.plan, consolidated.plan),
        outcome: {
          submission: consolidated.submission,
          repeats: consolidated.repeats,
          merged: consolidated.merged,
          figures: summary.figures,
        },
      };
    },
  };
}

/** Reads every file in turn and builds what to write: the heavy part, with no host. */
export async function consolidationWork(
  context: AppContext,
  request: ConsolidateRequest,
): Promise<ConsolidationWork> {
  const gathering = gatherConsolidation(context);
  for (const source of request.registry ?? []) gathering.registry(source.name, await source.read());
  let done = 0;
  for (const source of request.files) {
    gathering.file(source.name, await source.read());
    request.onFile?.(++done, request.files.length, source.name);
  }
  for (const source of request.previous ?? []) gathering.previous(source.name, await source.read());
  return gathering.work(request.choice);
}

/** Reads every file in turn, then writes the consolidated sheets into `host`. */
export async function consolidate(
  host: WorkbookHost,
  context: AppContext,
  request: ConsolidateRequest,
): Promise<ConsolidateOutcome> {
  const work = await consolidationWork(context, request);
  return (await writeConsolidation(host, work)).outcome;
}
