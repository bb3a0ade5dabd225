import type { ConsolidationWork, FileTaken } from "../../app/consolidate";
import type { CoreWork } from "../../app/coreWork";
import type { SummaryChoice } from "../../app/summary";
import type { Lang } from "../../core/model";

/** What a picked file is to 合并报送. */
export type GatherRole = "registry" | "file" | "previous";

/**
 * 合并报送 in the worker, one file a call: the page hands over one file's bytes at a time (or
 * why it has none), the worker keeps only the ledgers' rows between calls, and at the end
 * answers the plan to write. A consolidation is named by the page (`session`) so that a worker
 * started afresh meanwhile (cancelled work, a crash) refuses rather than merging half the files.
 */
export interface ConsolidationWorkMethods {
  beginConsolidation(session: string): Promise<void>;
  /**
   * Reads the file and takes it in; `bytes` move to the worker (transferred, not copied: do not
   * use them after). A file that cannot be read is taken in with its problem, to be named.
   */
  gatherFile(
    session: string,
    role: GatherRole,
    name: string,
    bytes: ArrayBuffer | { problem: { zh: string; en: string } },
    signal?: AbortSignal,
  ): Promise<FileTaken>;
  /** The plan and outcome over the files taken; the session is over. */
  consolidationWork(
    session: string,
    choice: SummaryChoice,
    signal?: AbortSignal,
  ): Promise<ConsolidationWork>;
  /** Forgets a session that will not finish (the user cancelled). */
  endConsolidation(session: string): Promise<void>;
}

/** Everything the pane's worker does: the core's share of each workflow, and 合并报送's reading. */
export type PaneWork = CoreWork & ConsolidationWorkMethods;

/** The methods, as the worker answers them. */
export type WorkMethod = keyof PaneWork;

/** What the page sends the worker: one call of a PaneWork method, with the pane's context. */
export interface WorkRequest {
  id: number;
  method: WorkMethod;
  args: unknown[];
  context: { lang: Lang; year?: number };
}

/** A refusal crosses as its message key and detail, and is raised again on the page's side. */
export interface WorkFailure {
  key?: string;
  detail?: string;
  message: string;
}

export type WorkResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkFailure };
