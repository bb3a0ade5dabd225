// 合并报送 in the task pane: the offices' files the user picked, read one at a time in the pane's
// worker, consolidated by the app layer's workflow (src/app/consolidate) into the open workbook
// through the Excel host — whose write holds the one-writer lock and the ownership marks, so
// only the add-in's own sheets are written and a second run replaces them.
import type { ConsolidateOutcome, WorkbookSource } from "../app/consolidate";
import type { AppContext } from "../app/context";
import type { WorkbookHost } from "../app/host";
import { checkCancelled, isCancelled, type RunOptions } from "../app/progress";
import type { SummaryChoice } from "../app/summary";
import type { FileSheets } from "../xlsx/readFileSheets";
import type { FileWork } from "./worker/protocol";

/** A file the user picked: what a DOM File offers (and what a test can make without one). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidationRequest {
  /** The offices' workbooks. */
  files: readonly PickedFile[];
  /** The office registry (薄弱院名册): to list the offices that sent nothing. */
  registry: readonly PickedFile[];
  /** Last period's files: to find one sent again. */
  previous: readonly PickedFile[];
  choice: SummaryChoice;
}

/** Where one of the offices' files has got to. */
export type FileState =
  | { state: "reading" }
  | { state: "read"; sheets: number }
  | { state: "unreadable"; problem: { zh: string; en: string } };

export interface ConsolidationOptions extends RunOptions {
  /** Told as each of `files` (by its index) is begun and read. */
  onFile?(index: number, state: FileState): void;
}

export interface ConsolidationOutcome extends ConsolidateOutcome {
  /** What the write says the user should know (an adopted sheet kept beside the new one). */
  notes: { zh: string; en: string }[];
}

export interface PaneConsolidation {
  consolidate(
    request: ConsolidationRequest,
    options?: ConsolidationOptions,
  ): Promise<ConsolidationOutcome>;
  /** Shows a written sheet: activates it and selects its first cell. */
  showSheet(sheet: string): Promise<void>;
}

/**
 * Why a file the pane could not get the bytes of (or whose reading failed) is skipped. The
 * browser's own words are English and technical: the user gets what to do instead.
 */
const UNREADABLE = {
  zh: "无法读取该文件：可能已被移动、删除或正被其他程序占用。请确认文件后重新选择。",
  en: "The file could not be read: it may have been moved, deleted or be open in another program. Check it and choose it again.",
};

/**
 * The pane's consolidation on `host` (the open workbook). `work` reads a file's bytes (the pane's
 * worker). A file that cannot be read is listed with its reason and the others go on; cancelling
 * stops before the next file, and before anything is written.
 */
export function createPaneConsolidation(
  host: WorkbookHost,
  context: AppContext,
  work: FileWork,
): PaneConsolidation {
  return {
    async consolidate(request, options = {}) {
      const { signal } = options;
      const read = async (file: PickedFile): Promise<FileSheets> => {
        checkCancelled(signal);
        try {
          const bytes = await file.arrayBuffer();
          checkCancelled(signal);
          return await work.readFile(bytes, file.name, signal);
        } catch (error) {
          if (isCancelled(error) || signal?.aborted) throw error;
          return { sheets: [], problem: UNREADABLE };
        }
      };
      const sources = (files: readonly PickedFile[], told: boolean): WorkbookSource[] =>
        files.map((file, index) => ({
          name: file.name,
          async read() {
            // The pane's bar says "reading"; the panel lists each file's own state.
            options.onProgress?.({ stage: "read" });
            if (told) options.onFile?.(index, { state: "reading" });
            const result = await read(file);
            if (told)
              options.onFile?.(
                index,
                result.problem
                  ? { state: "unreadable", problem: result.problem }
                  : { state: "read", sheets: result.sheets.length },
              );
            return result;
          },
        }));
      let notes: { zh: string; en: string }[] = [];
      // The host as the workflow sees it: the last chance to cancel comes before the write, and
      // the write's notes (the workflow does not pass them on) are kept for the user.
      const writing: WorkbookHost = {
        ...host,
        async write(writeRequest) {
          checkCancelled(signal);
          options.onProgress?.({ stage: "write" });
          const written = await host.write(writeRequest);
          notes = written.notes.map((n) => ({ zh: n.zh, en: n.en }));
          return written;
        },
      };
      // The workflow and the ledger reader load with the first consolidation, not with the pane.
      const { consolidate } = await import("../app/consolidate");
      const outcome = await consolidate(writing, context, {
        files: sources(request.files, true),
        registry: sources(request.registry, false),
        previous: sources(request.previous, false),
        choice: request.choice,
      });
      return { ...outcome, notes };
    },

    showSheet: (sheet) => host.selectCell(sheet, 1, null),
  };
}
