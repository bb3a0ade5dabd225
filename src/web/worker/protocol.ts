import type { ConsolidateOutcome } from "../../app/consolidate";
import type { FlagsChoice } from "../../app/flags";
import type { LedgerOperations, RecognitionChoice, TargetChoice } from "../../app/operations";
import type { SummaryChoice } from "../../app/summary";
import type { Issue } from "../../app/validation";
import type { Progress } from "../../app/progress";
import type { Lang } from "../../core/model";
import type { SheetChoice } from "../../app/consolidate";

/**
 * The operations the page asks of a file: LedgerOperations' own methods with their arguments,
 * every one given (so the RunOptions the worker adds land in their place); progress comes back
 * as messages.
 */
export interface FileCalls {
  listSheets: [];
  recognise: [sheet: string, choice: RecognitionChoice];
  bind: [sheet: string, choice: RecognitionChoice];
  unbind: [sheet: string];
  validate: [target: TargetChoice];
  writeIssueReport: [issues: readonly Issue[]];
  applyFlags: [choice: FlagsChoice & TargetChoice];
  summarize: [choice: SummaryChoice & TargetChoice];
}

export type FileMethod = keyof FileCalls & keyof LedgerOperations;

/** A file handed in whole: its name and bytes (which move to the worker). */
export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
  /** What the user corrected in the file while it was open: read so when consolidated. */
  choices?: SheetChoice[];
}

export type { SheetChoice };

/**
 * What the page sends: open a file (its bytes move to the worker), call, save or close it; or
 * consolidate several offices' files into a new workbook (no session: `file` is 0), checked
 * against an office registry (院名册) and last period's files when given.
 */
export type FileRequest =
  | { id: number; file: number; method: "open"; name: string; bytes: ArrayBuffer; lang: Lang }
  | {
      id: number;
      file: 0;
      method: "consolidate";
      files: FileBytes[];
      /** 院名册: offices in it that sent nothing are listed. Empty: none given. */
      registry: FileBytes[];
      /** Last period's files: an office's file sent again unchanged is flagged. */
      previous: FileBytes[];
      choice: SummaryChoice;
      lang: Lang;
    }
  | { id: number; file: number; method: "save" }
  | { id: number; file: number; method: "close" }
  | { id: number; file: number; method: FileMethod; args: unknown[] };

/** A refusal crosses as its message key and detail, and is raised again on the page's side. */
export interface FileFailure {
  key?: string;
  detail?: string;
  message: string;
  /** Why a file could not be read, as the reader says it in both languages. */
  text?: { zh: string; en: string };
}

/** What the worker answers: progress while it works, then one result or failure per request. */
export type FileResponse =
  | { id: number; progress: Progress }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: FileFailure };

/** What opening a file gives: how it was read, and its sheets. */
export interface FileOpened {
  /** "text" for a CSV or tab-separated file, given a workbook of one sheet. */
  source: "xlsx" | "text";
  sheets: string[];
}

/** What consolidating gives: the outcome the command line reports, and the new workbook. */
export interface Consolidated {
  outcome: ConsolidateOutcome;
  bytes: Uint8Array;
}
