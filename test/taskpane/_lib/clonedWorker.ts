// A stand-in for the pane's worker that behaves like one across the thread boundary: every
// request and answer is copied with structuredClone (bytes named for transfer are moved: the
// page's copy is left empty), answers arrive later, and what coreWorker.ts does with a request
// (src/taskpane/worker/answer.ts) is what it does. It can be told to crash, as a worker out of
// memory does: an error event instead of an answer, or while it sits idle between calls.
import type { AppContext } from "../../../src/app/context";
import { answerRequest } from "../../../src/taskpane/worker/answer";
import { inlinePaneWork } from "../../../src/taskpane/worker/paneWork";
import type { PaneWork, WorkRequest, WorkResponse } from "../../../src/taskpane/worker/protocol";
import { workerCoreWork } from "../../../src/taskpane/worker/workerCoreWork";

export interface CrashPlan {
  /** Crash instead of answering the request this is true of (`n`: requests so far, from 1). */
  onRequest?(request: WorkRequest, n: number): boolean;
  /** Crash, idle, right after the `n`th answer has reached the page. */
  afterAnswer?: number;
}

export class ClonedWorker {
  onmessage: ((event: MessageEvent<WorkResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  crashed = false;
  /** The methods asked, in order. */
  readonly methods: string[] = [];
  private work: PaneWork | undefined;
  private answers = 0;

  constructor(
    private readonly today: string,
    private readonly crash: CrashPlan = {},
  ) {}

  postMessage(request: WorkRequest, transfer: Transferable[] = []) {
    // A worker stopped or crashed hears nothing more.
    if (this.terminated || this.crashed) return;
    const copy = structuredClone(request, { transfer });
    this.methods.push(copy.method);
    if (this.crash.onRequest?.(copy, this.methods.length)) return this.fail();
    this.work ??= inlinePaneWork({
      lang: copy.context.lang,
      today: () => this.today,
      ...(copy.context.year === undefined ? {} : { year: copy.context.year }),
    });
    void answerRequest(this.work, copy).then((response) => {
      const data = structuredClone(response);
      setTimeout(() => {
        if (this.terminated || this.crashed) return;
        this.onmessage?.({ data } as MessageEvent<WorkResponse>);
        if (++this.answers === this.crash.afterAnswer) this.fail();
      }, 1);
    });
  }

  terminate() {
    this.terminated = true;
  }

  private fail() {
    this.crashed = true;
    setTimeout(
      () =>
        this.onerror?.({
          message: "Uncaught RangeError: Array buffer allocation failed",
          preventDefault() {},
        } as ErrorEvent),
      1,
    );
  }
}

/**
 * The pane's work in ClonedWorkers (a new one after each cancel or crash), each kept to look at;
 * `crashes[i]` is the plan of the i-th worker started. The page is never used.
 */
export function inClonedWorkers(context: AppContext, crashes: CrashPlan[] = []) {
  const workers: ClonedWorker[] = [];
  const work = workerCoreWork(
    context,
    () => {
      const w = new ClonedWorker(context.today(), crashes[workers.length]);
      workers.push(w);
      return w as unknown as Worker;
    },
    async () => {
      throw new Error("the pane's work ran on the page: the worker should have");
    },
  );
  return { work, workers };
}
