import type { CoreWork } from "../../app/coreWork";
import type { Lang } from "../../core/model";
import type { FileSheets } from "../../xlsx/readFileSheets";

/** Reading a file the user picked (合并报送): its bytes in, its sheets or its problem out. */
export interface FileWork {
  /** The bytes move to the worker (they are transferred, not copied): do not use them after. */
  readFile(bytes: ArrayBuffer, name: string, signal?: AbortSignal): Promise<FileSheets>;
}

/** Everything the pane's worker does: the core's share of each workflow, and reading files. */
export type PaneWork = CoreWork & FileWork;

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
