// 合并报送 in the task pane: the offices' files the user picked, read and consolidated one at a
// time in the pane's worker by the app layer's workflow (src/app/consolidate: the ledgers, the
// fingerprints, the plans), then written into the open workbook through the Excel host — whose
// write holds the one-writer lock and the ownership marks, so only the add-in's own sheets are
// written and a second run replaces them. The page itself only writes.
import type { FileTaken } from "../app/consolidate";
import { writeConsolidation, type ConsolidateOutcome } from "../app/consolidateWrite";
import type { AppContext } from "../app/context";
import type { WorkbookHost } from "../app/host";
import { checkCancelled, type RunOptions } from "../app/progress";
import { TaizhangError } from "../core/errors";
import type { SummaryChoice } from "../app/summary";
import type { ConsolidationWorkMethods, GatherRole } from "./worker/protocol";
import { UNREADABLE } from "./worker/unreadable";

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

/** Marked on the page's performance timeline when the write begins. */
export const WRITE_MARK = "taizhang:consolidate-write";

/** A crash of the worker while it read `name`, saying which file it was reading. */
function stoppedReading(error: unknown, name: string): unknown {
  if (!(error instanceof TaizhangError) || error.key !== "workStopped") return error;
  return new TaizhangError("workStopped", error.detail, error, {
    zh: `停止时正在读取“${name}”。`,
    en: ` It stopped while reading “${name}”.`,
  });
}

/**
 * The pane's consolidation on `host` (the open workbook). `work` (the pane's worker) takes the
 * files in one at a time — each file's bytes moved to it, read, its ledgers' rows kept — and
 * builds the plan and outcome; the page only writes them. A file that cannot be read is listed
 * with its reason and the others go on; cancelling stops before the next file (or drops the
 * file being read), and before anything is written. A worker that crashes takes the files
 * gathered so far with it: the run is refused (`workStopped`, naming the file being read) and
 * writes nothing; the next run starts a new worker.
 */
export function createPaneConsolidation(
  host: WorkbookHost,
  context: AppContext,
  work: ConsolidationWorkMethods,
): PaneConsolidation {
  let sessions = 0;
  return {
    async consolidate(request, options = {}) {
      const { signal } = options;
      checkCancelled(signal);
      const session = `${Date.now()}-${++sessions}`;
      await work.beginConsolidation(session);
      let over = false;
      try {
        // Every file is read in turn, the registry first and last period's files last; the bar
        // counts them all.
        const count = request.registry.length + request.files.length + request.previous.length;
        let number = 0;
        /** One file's bytes to the worker; none (with the reason) when the page cannot get them. */
        const gather = async (file: PickedFile, role: GatherRole): Promise<FileTaken> => {
          checkCancelled(signal);
          options.onProgress?.({
            stage: "read",
            file: { number: ++number, count, name: file.name },
          });
          const bytes = await file.arrayBuffer().catch(() => ({ problem: UNREADABLE }));
          checkCancelled(signal);
          return work
            .gatherFile(session, role, file.name, bytes, signal)
            .catch((error: unknown) => Promise.reject(stoppedReading(error, file.name)));
        };
        for (const file of request.registry) await gather(file, "registry");
        let rows = 0;
        for (const [index, file] of request.files.entries()) {
          options.onFile?.(index, { state: "reading" });
          const taken = await gather(file, "file");
          rows += taken.rows;
          options.onFile?.(
            index,
            taken.problem
              ? { state: "unreadable", problem: taken.problem }
              : { state: "read", sheets: taken.sheets },
          );
        }
        for (const file of request.previous) await gather(file, "previous");
        checkCancelled(signal);
        options.onProgress?.({ stage: "summarise", total: rows });
        const built = await work.consolidationWork(session, request.choice, signal);
        over = true;
        // The last chance to cancel comes before the write.
        checkCancelled(signal);
        options.onProgress?.({ stage: "write" });
        // Where reading and planning end (bench/paneConsolidate.bench.ts splits the page's long
        // tasks here).
        performance.mark(WRITE_MARK);
        const { outcome, notes } = await writeConsolidation(host, built);
        return { ...outcome, notes: notes.map((n) => ({ zh: n.zh, en: n.en })) };
      } finally {
        // Cancelled, refused or stopped: the worker (if it still runs) lets go of the rows.
        if (!over) void work.endConsolidation(session).catch(() => undefined);
      }
    },

    showSheet: (sheet) => host.selectCell(sheet, 1, null),
  };
}
