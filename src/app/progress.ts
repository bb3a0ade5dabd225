import { TaizhangError } from "../core/errors";

/**
 * The stages a long operation goes through, as the pane names them: reading sheets (rows read so
 * far of the sheet's rows), recognising or checking rows, building the summary, writing. Counts
 * are rows; a stage without counts is shown by its name.
 */
export type Stage = "read" | "recognise" | "check" | "summarise" | "flag" | "write";

export interface Progress {
  stage: Stage;
  /** The sheet being worked on, when the stage is about one. */
  sheet?: string;
  done?: number;
  total?: number;
  /**
   * Where the operation works through files one at a time (合并报送): the one being read, as
   * "file `number` of `count`" (1-based).
   */
  file?: { number: number; count: number; name: string };
}

/** What a front end passes to a long operation: a way to stop it, and where to tell progress. */
export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** Throws the "cancelled" refusal when the user has cancelled: called between stages. */
export function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TaizhangError("cancelled");
}

/** True for the refusal `checkCancelled` throws. */
export function isCancelled(error: unknown): boolean {
  return error instanceof TaizhangError && error.key === "cancelled";
}

/** Progress and cancellation as a read sees them: each block reports rows, then checks. */
export function rowsListener(options: RunOptions) {
  return (sheet: string, done: number, total: number) => {
    options.onProgress?.({ stage: "read", sheet, done, total });
    checkCancelled(options.signal);
  };
}
