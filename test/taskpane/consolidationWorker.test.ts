// 合并报送 from the task pane with the gathering in the pane's worker (a stand-in that copies
// every message as a real worker does): the same workbook as when the page does it all; the plan
// crosses as plain data; cancelling, a file that cannot be read, and a worker that crashes midway
// (nothing written, a clear message, the next run works); progress file by file.
import { describe, expect, it } from "vitest";
import { gatherConsolidation } from "../../src/app/consolidate";
import type { Progress } from "../../src/app/progress";
import { TaizhangError } from "../../src/core/errors";
import type { PickedFile } from "../../src/taskpane/consolidation";
import { stageText } from "../../src/taskpane/components/ActivityBar";
import { strings } from "../../src/taskpane/i18n";
import { readFileSheets } from "../../src/xlsx/readFileSheets";
import { createFakeExcel, snapshotWorkbook, type FakeExcel } from "../fakeExcel";
import { inClonedWorkers, type CrashPlan } from "./_lib/clonedWorker";
import { CHOICE, USER_SHEETS, context, offices, paneOn, untouched } from "./_lib/paneConsolidation";

/**
 * The workbook as the pane left it: the user's sheets and the add-in's, cells, formats and the
 * ownership marks — each write's own id in the marks (its `r`, and its tail in the anchor)
 * replaced by one placeholder, since two writes never share it.
 */
function snapshot(fx: FakeExcel): unknown {
  let json = JSON.stringify(snapshotWorkbook(fx.workbook));
  const ids = new Set([...json.matchAll(/\\"r\\":\\"([a-z0-9]+)\\"/g)].map((m) => m[1]!));
  expect(ids.size).toBeGreaterThan(0);
  for (const id of ids) json = json.replaceAll(id, "RUN").replaceAll(`~${id.slice(-6)}`, "~RUN");
  return JSON.parse(json);
}

async function inWorker(crashes: CrashPlan[] = []) {
  const fx = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
  const { work, workers } = inClonedWorkers(context, crashes);
  return { fx, workers, ...(await paneOn(fx, work)) };
}

/** The sheets the user had, and nothing else: nothing was written. */
const nothingWritten = (fx: FakeExcel) =>
  expect(fx.workbook.liveSheets().map((s) => s.name)).toEqual(["我的工作", "报送情况"]);

/** True of the nth request for `method` (from 1). */
const nth = (method: string, n: number) => {
  let seen = 0;
  return (request: { method: string }) => request.method === method && ++seen === n;
};

describe("合并报送 in the pane's worker", () => {
  it("writes the same workbook, and tells the same outcome, as the page doing it all", async () => {
    const request = { ...(await offices()), choice: CHOICE };
    const direct = await createFakeExcel({ workbook: { sheets: USER_SHEETS } });
    const expected = await (await paneOn(direct)).consolidation.consolidate(request);

    const { fx, workers, consolidation } = await inWorker();
    const outcome = await consolidation.consolidate(request);
    expect(outcome).toEqual(expected);
    expect(snapshot(fx)).toEqual(snapshot(direct));
    // 阿坝（重发） is a copy of 阿坝: its two rows are counted once.
    expect(outcome.merged[0]?.rows).toBe(4);
    // The registry first, the offices' files, last period's; then the plan: all in one worker.
    expect(workers).toHaveLength(1);
    expect(workers[0]?.methods).toEqual([
      "beginConsolidation",
      ...Array<string>(1 + 4 + 1).fill("gatherFile"),
      "consolidationWork",
    ]);
    untouched(fx);
  });

  it("builds plain data: the plan and outcome come through structuredClone unchanged", async () => {
    const { files, registry, previous } = await offices();
    const gathering = gatherConsolidation(context);
    const read = async (f: PickedFile) =>
      readFileSheets(new Uint8Array(await f.arrayBuffer()), f.name);
    for (const f of registry) gathering.registry(f.name, await read(f));
    for (const f of files) gathering.file(f.name, await read(f));
    for (const f of previous) gathering.previous(f.name, await read(f));
    const work = gathering.work(CHOICE);
    // Strict: a class instance, a function or a property set to undefined would not survive.
    expect(structuredClone(work)).toStrictEqual(work);
    expect(work.plan.sheets.length).toBeGreaterThan(3);
  });

  it("stops between files when cancelled: nothing written, the worker lets go of the rows", async () => {
    const { fx, workers, consolidation } = await inWorker();
    const controller = new AbortController();
    const failure = await consolidation
      .consolidate(
        { ...(await offices()), choice: CHOICE },
        {
          signal: controller.signal,
          onFile: (i, s) => i === 1 && s.state === "read" && controller.abort(),
        },
      )
      .catch((e: unknown) => e);
    expect((failure as TaizhangError).key).toBe("cancelled");
    nothingWritten(fx);
    await new Promise((r) => setTimeout(r, 20));
    expect(workers[0]?.methods.slice(-2)).toEqual(["gatherFile", "endConsolidation"]);
    expect(workers[0]?.methods).not.toContain("consolidationWork");
    untouched(fx);
  });

  it("names and skips a file that cannot be read, and one the page could not get", async () => {
    const { fx, consolidation } = await inWorker();
    const { files, registry } = await offices();
    const gone: PickedFile = {
      name: "若尔盖.xlsx",
      arrayBuffer: () => Promise.reject(new DOMException("gone", "NotReadableError")),
    };
    const outcome = await consolidation.consolidate({
      files: [files[0]!, gone, files[3]!],
      registry,
      previous: [],
      choice: CHOICE,
    });
    expect(outcome.submission.files.map((f) => [f.file, f.problem?.zh ?? null])).toEqual([
      ["阿坝.xlsx", null],
      [
        "若尔盖.xlsx",
        "无法读取该文件：可能已被移动、删除或正被其他程序占用。请确认文件后重新选择。",
      ],
      ["玛多.xlsx", expect.stringMatching(/\S/)],
    ]);
    expect(outcome.merged[0]?.rows).toBe(2);
    // The registry was read in the worker: the offices whose files failed are missing.
    expect(outcome.submission.missing).toEqual(["甘洛县人民检察院", "玛多县人民检察院"]);
    untouched(fx);
  });

  it("refuses a registry it cannot read, naming it, and writes nothing", async () => {
    const { fx, consolidation } = await inWorker();
    const { files, registry } = await offices();
    const [roster] = registry;
    const cut: PickedFile = {
      name: roster!.name,
      arrayBuffer: async () => (await roster!.arrayBuffer()).slice(0, 100),
    };
    const failure = await consolidation
      .consolidate({ files, registry: [cut], previous: [], choice: CHOICE })
      .catch((e: unknown) => e);
    expect(failure).toEqual(new TaizhangError("readFailed", "名册.xlsx"));
    nothingWritten(fx);
    untouched(fx);
  });

  it.each([
    ["while it reads a file", { onRequest: nth("gatherFile", 3) }, "甘洛.xlsx"],
    ["idle between two files", { afterAnswer: 3 }, "甘洛.xlsx"],
    ["while it builds the plan", { onRequest: nth("consolidationWork", 1) }, null],
  ] as const)(
    "refuses clearly and writes nothing when the worker crashes %s; the next run works",
    async (_when, crash, reading) => {
      const { fx, workers, consolidation } = await inWorker([crash]);
      const request = { ...(await offices()), choice: CHOICE };
      const failure = await consolidation.consolidate(request).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(TaizhangError);
      const stopped = failure as TaizhangError;
      expect(stopped.key).toBe("workStopped");
      expect(stopped.zh).toMatch(/^后台处理意外停止.*工作簿未做任何更改/);
      if (reading) {
        expect(stopped.zh).toContain(`停止时正在读取“${reading}”`);
        expect(stopped.en).toContain(`while reading “${reading}”`);
      } else expect(stopped.zh).not.toContain("停止时正在读取");
      // No internal words: Latin letters only in the file's name.
      expect(stopped.zh.replace(/“[^”]*”/g, "")).not.toMatch(/[A-Za-z]/);
      nothingWritten(fx);

      const again = await consolidation.consolidate(request);
      expect(again.merged[0]?.rows).toBe(4);
      expect(workers).toHaveLength(2);
      expect(workers[0]?.crashed).toBe(true);
      untouched(fx);
    },
  );

  it("tells progress file by file, the registry and last period's files counted", async () => {
    const { consolidation } = await inWorker();
    const seen: Progress[] = [];
    await consolidation.consolidate(
      { ...(await offices()), choice: CHOICE },
      { onProgress: (p) => seen.push(p) },
    );
    expect(seen.map((p) => p.stage)).toEqual([
      ...Array<string>(6).fill("read"),
      "summarise",
      "write",
    ]);
    expect(
      seen.slice(0, 6).map((p) => p.file && [p.file.number, p.file.count, p.file.name]),
    ).toEqual([
      [1, 6, "名册.xlsx"],
      [2, 6, "阿坝.xlsx"],
      [3, 6, "甘洛.xlsx"],
      [4, 6, "阿坝（重发）.xlsx"],
      [5, 6, "玛多.xlsx"],
      [6, 6, "甘洛-5月.xlsx"],
    ]);
    // The rows summarised: 阿坝's and 甘洛's, not those of 阿坝's copy.
    expect(seen[6]?.total).toBe(4);
    const third = seen[2]!;
    expect(stageText(third, strings.zh, "zh")).toBe("读取第3/6个文件“甘洛.xlsx”");
    expect(stageText(third, strings.en, "en")).toBe("Reading file 3 of 6, “甘洛.xlsx”");
  });
});
