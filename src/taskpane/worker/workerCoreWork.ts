import type { AppContext } from "../../app/context";
import { TaizhangError, type MessageKey, MESSAGES } from "../../core/errors";
import type { PaneWork, WorkMethod, WorkRequest, WorkResponse } from "./protocol";

/** Where the work runs when no worker can be started: the page itself, loaded when first needed. */
type Fallback = () => Promise<PaneWork>;

function failureOf(error: { key?: string; detail?: string; message: string }): Error {
  if (error.key !== undefined && error.key in MESSAGES)
    return new TaizhangError(error.key as MessageKey, error.detail ?? "");
  return new Error(error.message);
}

/**
 * The core work run in a Web Worker. Cancelling terminates the worker (work that has begun is
 * not waited for) and the next call starts a new one; a re-check then compares the edited
 * ledger with nothing, until the next 校验. Where the worker cannot start (a webview without
 * workers, a script it refuses: it fails before it has answered anything), the work runs on the
 * page instead, the calls it had been given too. A worker that fails after it has answered
 * (an error it did not catch, out of memory) has crashed: the calls under way are refused with
 * `workStopped`, what it held (a 合并报送 half gathered) is gone, and the next call starts a
 * new worker.
 */
export function workerCoreWork(
  context: AppContext,
  createWorker: () => Worker,
  fallback: Fallback,
): PaneWork {
  let worker: Worker | null = null;
  let broken = false;
  let inline: Promise<PaneWork> | undefined;
  let next = 1;
  interface Pending {
    method: WorkMethod;
    args: unknown[];
    signal: AbortSignal | undefined;
    resolve(v: unknown): void;
    reject(e: unknown): void;
  }
  const pending = new Map<number, Pending>();
  const failAll = (error: unknown) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const start = (): Worker => {
    const w = createWorker();
    let answered = false;
    w.onmessage = (event: MessageEvent<WorkResponse>) => {
      answered = true;
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(failureOf(reply.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      if (worker !== w) return;
      stop();
      if (answered) return failAll(new TaizhangError("workStopped", event.message));
      // It never ran: the page does the work from now on, starting with what it was given.
      broken = true;
      const waiting = [...pending.values()];
      pending.clear();
      for (const p of waiting) onPage(p.method, [...p.args, p.signal]).then(p.resolve, p.reject);
    };
    return w;
  };
  const onPage = (method: WorkMethod, args: unknown[]) => {
    inline ??= fallback();
    return inline.then((work) => (work[method] as (...a: unknown[]) => Promise<unknown>)(...args));
  };

  const call = (
    method: WorkMethod,
    args: unknown[],
    signal?: AbortSignal,
    transfer: Transferable[] = [],
  ): Promise<unknown> => {
    if (signal?.aborted) return Promise.reject(new TaizhangError("cancelled"));
    if (!broken && !worker) {
      try {
        worker = start();
      } catch {
        broken = true;
      }
    }
    if (broken || !worker) return onPage(method, [...args, signal]);
    const id = next++;
    const request: WorkRequest = {
      id,
      method,
      args,
      context: {
        lang: context.lang,
        ...(context.year === undefined ? {} : { year: context.year }),
      },
    };
    const running = worker;
    return new Promise((resolve, reject) => {
      const cancel = () => {
        // Only this worker's work is dropped; the next call starts afresh.
        if (worker === running) stop();
        failAll(new TaizhangError("cancelled"));
      };
      const settled = () => signal?.removeEventListener("abort", cancel);
      pending.set(id, {
        method,
        args,
        signal,
        resolve: (value) => {
          settled();
          resolve(value);
        },
        reject: (error) => {
          settled();
          reject(error);
        },
      });
      signal?.addEventListener("abort", cancel, { once: true });
      running.postMessage(request, transfer);
    });
  };

  return {
    recognise: (source, signal) =>
      call("recognise", [source], signal) as ReturnType<PaneWork["recognise"]>,
    validate: (sources, bound, signal) =>
      call("validate", [sources, bound], signal) as ReturnType<PaneWork["validate"]>,
    recheck: (source, rows) => call("recheck", [source, rows]) as ReturnType<PaneWork["recheck"]>,
    flags: (source, scheme, options, signal) =>
      call("flags", [source, scheme, options], signal) as ReturnType<PaneWork["flags"]>,
    summary: (sources, choice, signal) =>
      call("summary", [sources, choice], signal) as ReturnType<PaneWork["summary"]>,
    beginConsolidation: (session) =>
      call("beginConsolidation", [session]) as ReturnType<PaneWork["beginConsolidation"]>,
    // One file's bytes at a time, moved rather than copied (a 20 MB workbook once); the worker
    // keeps only its ledgers' rows.
    gatherFile: (session, role, name, bytes, signal) =>
      call(
        "gatherFile",
        [session, role, name, bytes],
        signal,
        bytes instanceof ArrayBuffer ? [bytes] : [],
      ) as ReturnType<PaneWork["gatherFile"]>,
    consolidationWork: (session, choice, signal) =>
      call("consolidationWork", [session, choice], signal) as ReturnType<
        PaneWork["consolidationWork"]
      >,
    // A worker stopped by the cancel took the session with it: none is started just to end it.
    endConsolidation: (session) =>
      worker || broken
        ? (call("endConsolidation", [session]) as ReturnType<PaneWork["endConsolidation"]>)
        : Promise.resolve(),
  };
}
