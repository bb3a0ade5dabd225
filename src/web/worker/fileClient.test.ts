// The page's protocol with its worker, the worker stood in for by the same sessions behind a
// structured clone (what postMessage does): a workbook goes in as bytes and comes out flagged and
// summarised, progress arrives while it works, refusals and unreadable files come back as errors.
import { describe, expect, it } from "vitest";
import type { Progress } from "../../app/progress";
import { TaizhangError } from "../../core/errors";
import { readWorkbook } from "../../xlsx";
import { PROBLEM, REGISTRY, exceljsWorkbook } from "../../../test/xlsx/_lib/fixture";
import { FileError, fileClient } from "./fileClient";
import { createFileSessions } from "./fileSessions";
import type { FileRequest, FileResponse } from "./protocol";

/** A Worker that answers as fileWorker.ts does, each message cloned as a worker's would be. */
class InProcessWorker {
  onmessage: ((event: MessageEvent<FileResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: string[] = [];
  private sessions = createFileSessions(() => "2021-07-01");

  postMessage(request: FileRequest) {
    this.requests.push(request.method);
    const copy = structuredClone(request);
    void this.sessions.handle(copy, (response) =>
      setTimeout(() => this.onmessage?.({ data: structuredClone(response) } as MessageEvent), 0),
    );
  }

  terminate() {}
}

const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe("the browser page's file worker", () => {
  it("takes a workbook through recognise, validate, flags and summary, and gives its bytes back", async () => {
    const worker = new InProcessWorker();
    const client = fileClient(
      () => worker as unknown as Worker,
      async () => createFileSessions(),
    );
    const input = await exceljsWorkbook();
    const file = await client.open("台账.xlsx", bufferOf(input), "zh");
    expect(file.opened).toEqual({ source: "xlsx", sheets: [PROBLEM, REGISTRY, "说明"] });

    const recognised = await file.call("recognise", [PROBLEM, {}]);
    expect([recognised.kind, recognised.isLedger]).toEqual(["problem", true]);
    await file.call("bind", [PROBLEM, { kind: "problem" }]);
    await file.call("bind", [REGISTRY, { kind: "office" }]);
    const progress: Progress[] = [];
    const validation = await file.call("validate", [{}], (p) => progress.push(p));
    expect(validation.issues.length).toBeGreaterThan(0);
    expect(progress.map((p) => p.stage)).toContain("check");
    const asOf = "2021-06-30";
    const flags = await file.call("applyFlags", [{ scheme: "lights", dueSoonDays: 7, asOf }]);
    expect(flags.flagged).toEqual([PROBLEM]);
    const summary = await file.call("summarize", [
      { scheme: "lights", dueSoonDays: 7, asOf, slips: true },
    ]);
    expect(summary.sheets).toEqual(["台账汇总", "工作提示单"]);
    const report = await file.call("writeIssueReport", [validation.issues]);
    expect(report.sheets).toEqual(["台账问题清单"]);

    const out = await readWorkbook(await file.save());
    expect(out.map((s) => s.name)).toEqual([
      PROBLEM,
      REGISTRY,
      "说明",
      "台账汇总",
      "工作提示单",
      "台账问题清单",
    ]);
    expect(out[0]?.values[2]).toContain("【台账助手】督办亮灯");
    expect(worker.requests[0]).toBe("open");
  });

  it("says in both languages why a file is no workbook", async () => {
    const client = fileClient(
      () => new InProcessWorker() as unknown as Worker,
      async () => createFileSessions(),
    );
    const pdf = new TextEncoder().encode("%PDF-1.4\u0000\u0001\u0002\u0003binary");
    const failure = await client.open("x.pdf", bufferOf(pdf), "zh").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FileError);
    expect((failure as FileError).text?.zh).toBe("不是 Excel 工作簿（.xlsx）或 CSV 文本文件。");
  });

  it("raises a refusal of the app layer as the same TaizhangError", async () => {
    const client = fileClient(
      () => new InProcessWorker() as unknown as Worker,
      async () => createFileSessions(),
    );
    const csv = new TextEncoder().encode("甲,乙\n1,2\n");
    const file = await client.open("杂项.csv", bufferOf(csv), "zh");
    expect(file.opened).toEqual({ source: "text", sheets: ["杂项"] });
    const refused = await file.call("validate", [{}]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TaizhangError);
    expect((refused as TaizhangError).key).toBe("noLedgerData");
  });

  it("works on the page where no worker can start", async () => {
    let onPage = 0;
    const client = fileClient(
      () => {
        throw new Error("no workers here");
      },
      async () => {
        onPage++;
        return createFileSessions();
      },
    );
    const file = await client.open("台账.xlsx", bufferOf(await exceljsWorkbook()), "en");
    expect((await file.call("recognise", [REGISTRY, {}])).kind).toBe("office");
    expect(onPage).toBe(1);
  });
});
