import { describe, expect, it } from "vitest";
import { TaizhangError } from "../../core/errors";
import type { SheetInput } from "../../core/model";
import type { WorkRequest, WorkResponse } from "./protocol";
import { inlinePaneWork } from "./paneWork";
import { workerCoreWork } from "./workerCoreWork";

const context = { lang: "zh" as const, today: () => "2021-06-30", year: 2021 };
const SHEET: SheetInput = {
  name: "问题整改台账",
  values: [
    ["问题编号", "院名称", "问题描述", "整改措施", "完成时限", "进展状态"],
    ["P1", "阿坝县院", "办案质量不高", "开展评查", "2021年3月31日", "已完成"],
  ],
};

/**
 * A stand-in for the browser's Worker that answers like coreWorker.ts (the core work in a
 * "thread" of its own: replies arrive later), counting what it is asked and whether it was
 * terminated.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  hold = false;
  received: WorkRequest[] = [];
  transferred: Transferable[] = [];
  private work = inlinePaneWork(context);

  postMessage(request: WorkRequest, transfer: Transferable[] = []) {
    this.received.push(request);
    this.transferred.push(...transfer);
    if (this.hold) return;
    const call = this.work[request.method] as (...a: unknown[]) => Promise<unknown>;
    void call.apply(this.work, request.args).then(
      (value) => this.reply({ id: request.id, ok: true, value }),
      (error: TaizhangError) =>
        this.reply({
          id: request.id,
          ok: false,
          error: { key: error.key, detail: error.detail, message: error.message },
        }),
    );
  }

  terminate() {
    this.terminated = true;
  }

  private reply(data: WorkResponse) {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<WorkResponse>);
    }, 1);
  }
}

/** The work in FakeWorkers, each one kept to look at. */
function inWorkers() {
  const workers: FakeWorker[] = [];
  const work = workerCoreWork(
    context,
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    async () => inlinePaneWork(context),
  );
  return { work, workers };
}

describe("core work in a worker", () => {
  it("answers as the core does in the page, with the pane's language", async () => {
    const { work, workers } = inWorkers();
    const r = await work.recognise({ input: SHEET });
    expect([r.kind, r.dataRows]).toEqual(["problem", 1]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received[0]?.context).toEqual({ lang: "zh", year: 2021 });
  });

  it("raises a refusal from the worker as the same TaizhangError", async () => {
    class Refusing extends FakeWorker {
      override postMessage(request: WorkRequest) {
        const data: WorkResponse = {
          id: request.id,
          ok: false,
          error: { key: "noLedgerData", detail: "Sheet1", message: "…" },
        };
        setTimeout(() => this.onmessage?.({ data } as MessageEvent<WorkResponse>), 1);
      }
    }
    const work = workerCoreWork(
      context,
      () => new Refusing() as unknown as Worker,
      async () => inlinePaneWork(context),
    );
    const refused = await work.validate([{ input: SHEET }], []).catch((e: unknown) => e);
    expect(refused).toEqual(new TaizhangError("noLedgerData", "Sheet1"));
    expect((refused as TaizhangError).zh).toMatch(/^未找到台账数据：工作表“Sheet1”/);
  });

  it("stops the worker when cancelled and starts a new one for the next call", async () => {
    const workers: FakeWorker[] = [];
    const work = workerCoreWork(
      context,
      () => {
        const w = new FakeWorker();
        w.hold = workers.length === 0;
        workers.push(w);
        return w as unknown as Worker;
      },
      async () => inlinePaneWork(context),
    );
    const controller = new AbortController();
    const running = work.validate([{ input: SHEET }], [], controller.signal);
    controller.abort();
    const failure = await running.catch((e: unknown) => e);
    expect((failure as TaizhangError).key).toBe("cancelled");
    expect(workers[0]?.terminated).toBe(true);
    const next = await work.validate([{ input: SHEET }], []);
    expect(next.facts).toEqual([{ sheet: "问题整改台账", kind: "problem", rows: 1 }]);
    expect(workers).toHaveLength(2);
  });

  it("runs on the page where no worker can start", async () => {
    let fallbacks = 0;
    const work = workerCoreWork(
      context,
      () => {
        throw new Error("workers are not allowed here");
      },
      async () => {
        fallbacks++;
        return inlinePaneWork(context);
      },
    );
    expect((await work.recognise({ input: SHEET })).kind).toBe("problem");
    expect((await work.recognise({ input: SHEET })).kind).toBe("problem");
    expect(fallbacks).toBe(1);
  });

  it("takes a picked file's bytes in the worker, moving them there, and names what it cannot read", async () => {
    const { work, workers } = inWorkers();
    await work.beginConsolidation("s1");
    const csv = new TextEncoder().encode("问题编号,院名称\nP1,阿坝县院\n").buffer as ArrayBuffer;
    const taken = await work.gatherFile("s1", "file", "阿坝县院.csv", csv);
    expect(taken).toEqual({ sheets: 1, rows: 1 });
    expect(workers[0]?.transferred).toEqual([csv]);
    const pdf = new TextEncoder().encode("%PDF-1.7\n\u0000\u0001\u0002binary")
      .buffer as ArrayBuffer;
    const refused = await work.gatherFile("s1", "file", "甘洛.xlsx", pdf);
    expect(refused.sheets).toBe(0);
    expect(refused.problem?.zh).toBeTruthy();
    expect(refused.problem?.zh).not.toBe(refused.problem?.en);
    const built = await work.consolidationWork("s1", {
      asOf: "2021-06-30",
      scheme: "flags",
      dueSoonDays: 7,
      slips: false,
    });
    expect(built.outcome.submission.files.map((f) => [f.file, f.problem === undefined])).toEqual([
      ["阿坝县院.csv", true],
      ["甘洛.xlsx", false],
    ]);
    expect(workers).toHaveLength(1);
  });

  it("refuses the calls under way with workStopped when a running worker crashes, and starts a new one next", async () => {
    class Crashing extends FakeWorker {
      crash = false;
      override postMessage(request: WorkRequest, transfer: Transferable[] = []) {
        if (!this.crash) return super.postMessage(request, transfer);
        this.received.push(request);
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
    const workers: Crashing[] = [];
    const work = workerCoreWork(
      context,
      () => {
        const w = new Crashing();
        workers.push(w);
        return w as unknown as Worker;
      },
      async () => {
        throw new Error("the page is not to be used: the worker had started");
      },
    );
    expect((await work.recognise({ input: SHEET })).kind).toBe("problem");
    workers[0]!.crash = true;
    const failure = await work.validate([{ input: SHEET }], []).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TaizhangError);
    expect((failure as TaizhangError).key).toBe("workStopped");
    expect((failure as TaizhangError).zh).toContain("工作簿未做任何更改");
    expect(workers[0]?.terminated).toBe(true);
    const next = await work.validate([{ input: SHEET }], []);
    expect(next.facts).toEqual([{ sheet: "问题整改台账", kind: "problem", rows: 1 }]);
    expect(workers).toHaveLength(2);
  });

  it("does on the page what a worker that never ran was given, and everything after", async () => {
    class Unloadable extends FakeWorker {
      override postMessage(request: WorkRequest) {
        this.received.push(request);
        setTimeout(
          () =>
            this.onerror?.({
              message: "Failed to load worker script",
              preventDefault() {},
            } as ErrorEvent),
          1,
        );
      }
    }
    const workers: Unloadable[] = [];
    let fallbacks = 0;
    const work = workerCoreWork(
      context,
      () => {
        const w = new Unloadable();
        workers.push(w);
        return w as unknown as Worker;
      },
      async () => {
        fallbacks++;
        return inlinePaneWork(context);
      },
    );
    expect((await work.recognise({ input: SHEET })).kind).toBe("problem");
    expect((await work.recognise({ input: SHEET })).dataRows).toBe(1);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toHaveLength(1);
    expect(fallbacks).toBe(1);
  });
});
