import type { CoreWork } from "../../app/coreWork";
import type { Lang } from "../../core/model";

/** The core work's methods, as the worker answers them. */
export type WorkMethod = keyof CoreWork;

/** What the page sends the worker: one call of a CoreWork method, with the pane's context. */
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
