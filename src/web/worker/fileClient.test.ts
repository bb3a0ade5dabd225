// The page's protocol with its worker, the worker stood in for by the same sessions behind a
// structured clone (what postMessage does): a workbook goes in as bytes and comes out flagged and
// summarised, progress arrives while it works, refusals and unreadable files come back as errors.
import { describe, expect, it } from "vitest";
import type { Progress } from "../../app/progress";
import { TaizhangError } from "../../core/errors";
import { readWorkbook } from "../../xlsx";
import { packageProblems } from "../../../test/xlsx/_lib/packageCheck";
import { PROBLEM, REGISTRY, exceljsWorkbook } from "../../../test/xlsx/_lib/fixture";
import type { Validation } from "../../app/validation";
import type { UserColumn } from "../../core/read";
import { InProcessWorker, readerOf, recordedClient } from "../../../test/web/_lib/inProcessWorker";
import {
  A_HEADER,
  A_ROWS,
  B_HEADER,
  B_ROWS,
  officeWorkbook,
  registryWorkbook,
} from "../../../test/xlsx/_lib/offices";
import { FileError, WorkerStopped, fileClient } from "./fileClient";
import type { SheetChoice } from "./protocol";
import { createFileSessions } from "./fileSessions";

describe("the browser page's file worker", () => {
  it("takes a workbook through recognise, validate, flags and summary, and gives its bytes back", async () => {
    const worker = new InProcessWorker();
    const client = fileClient(
      () => worker as unknown as Worker,
      async () => createFileSessions(),
    );
    const input = await exceljsWorkbook();
    const file = await client.open("台账.xlsx", readerOf(input), "zh");
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

    const saved = await file.save();
    expect(packageProblems(saved)).toEqual([]);
    const out = await readWorkbook(saved);
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
    const failure = await client.open("x.pdf", readerOf(pdf), "zh").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FileError);
    expect((failure as FileError).text?.zh).toBe("不是 Excel 工作簿（.xlsx）或 CSV 文本文件。");
  });

  it("raises a refusal of the app layer as the same TaizhangError", async () => {
    const client = fileClient(
      () => new InProcessWorker() as unknown as Worker,
      async () => createFileSessions(),
    );
    const csv = new TextEncoder().encode("甲,乙\n1,2\n");
    const file = await client.open("杂项.csv", readerOf(csv), "zh");
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
    const file = await client.open("台账.xlsx", readerOf(await exceljsWorkbook()), "en");
    expect((await file.call("recognise", [REGISTRY, {}])).kind).toBe("office");
    expect(onPage).toBe(1);
  });

  it("checks, flags and summarises with the columns the user corrected", async () => {
    const { client } = recordedClient();
    const input = await exceljsWorkbook();
    const asOf = "2021-06-30";
    const run = async (columns: UserColumn[]) => {
      const file = await client.open("台账.xlsx", readerOf(input), "zh");
      const recognised = await file.call("recognise", [PROBLEM, { kind: "problem", columns }]);
      await file.call("bind", [PROBLEM, { kind: "problem", columns }]);
      const validation = await file.call("validate", [{}]);
      await file.call("applyFlags", [{ scheme: "lights", dueSoonDays: 7, asOf }]);
      const summary = await file.call("summarize", [
        { scheme: "lights", dueSoonDays: 7, asOf, slips: false },
      ]);
      const sheet = (await readWorkbook(await file.save())).find((s) => s.name === PROBLEM)!;
      return { recognised, validation, summary, sheet };
    };
    // 联系电话 (J) said to be the deadline: the phone numbers are read as deadlines.
    const corrected = await run([{ column: 9, label: "联系电话", field: "deadline" }]);
    const asRead = await run([]);
    expect(corrected.recognised.binding?.mapping.deadline).toBe(9);
    expect(asRead.recognised.binding?.mapping.deadline).toBe(6);
    const inColumn = (v: Validation, letter: string) =>
      v.issues.filter((i) => i.position.startsWith(letter) && i.sheet === PROBLEM);
    expect(inColumn(corrected.validation, "J").length).toBeGreaterThan(0);
    expect(inColumn(asRead.validation, "J")).toEqual([]);
    // The flags read the deadlines from the column the user named: the text dates of 整改时限
    // got a normalised date column for the lights; the phone numbers, none to normalise, did not.
    const NORMALISED = "【台账助手】完成时限（日期）";
    expect(asRead.sheet.values[2]).toContain(NORMALISED);
    expect(corrected.sheet.values[2]).not.toContain(NORMALISED);
    expect(corrected.sheet.values[2]).toContain("【台账助手】督办亮灯");
    // The summary counts overdue items by those deadlines: two past 2021-06-30 as read
    // (2021/05/31 推进中, 2021-04-30 未启动), none when the deadlines are phone numbers.
    const overdue = (s: typeof asRead) =>
      s.summary.figures.headline.find((h) => h.label === "超期未完成")?.value;
    expect(overdue(asRead)).toBe("2");
    expect(overdue(corrected)).toBe("0");
  });

  it("cancels by ending the worker, and opens the file again in the next one", async () => {
    const { client, workers } = recordedClient();
    const restarts: string[] = [];
    client.onRestart((why) => restarts.push(why));
    const file = await client.open("台账.xlsx", readerOf(await exceljsWorkbook()), "zh");
    await file.call("bind", [PROBLEM, { kind: "problem" }]);
    workers[0]!.hold.add("validate");
    const checking = file.call("validate", [{}]);
    await new Promise((r) => setTimeout(r, 10));
    client.cancel();
    workers[0]!.hold.clear();
    const failure = await checking.catch((e: unknown) => e);
    expect((failure as TaizhangError).key).toBe("cancelled");
    expect(workers[0]!.terminated).toBe(true);
    expect(restarts).toEqual(["cancelled"]);

    // The file is still there: the next call opens it in a new worker, as it was when opened.
    const again = await file.call("recognise", [PROBLEM, {}]);
    expect(again.kind).toBe("problem");
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests).toEqual(["open", "recognise"]);
    // What the ended worker did is gone: the binding made before the cancel is not there.
    const checked = await file.call("validate", [{}]);
    expect(checked.ledgers.filter((l) => l.bound)).toEqual([]);
  });

  it("cancels a file being opened, and keeps the others", async () => {
    const { client, workers } = recordedClient();
    const input = await exceljsWorkbook();
    const first = await client.open("甲.xlsx", readerOf(input), "zh");
    workers[0]!.hold.add("open");
    const second = client.open("乙.xlsx", readerOf(input), "zh");
    await new Promise((r) => setTimeout(r, 10));
    client.cancel();
    workers[0]!.hold.clear();
    expect(((await second.catch((e: unknown) => e)) as TaizhangError).key).toBe("cancelled");
    expect((await first.call("recognise", [REGISTRY, {}])).kind).toBe("office");
    // And the cancelled one opens when asked again.
    const reopened = await client.open("乙.xlsx", readerOf(input), "zh");
    expect(reopened.opened.sheets).toContain(PROBLEM);
  });

  it("says in Chinese when the worker stops of itself, and goes on in a new one", async () => {
    const { client, workers } = recordedClient();
    const restarts: string[] = [];
    client.onRestart((why) => restarts.push(why));
    const file = await client.open("台账.xlsx", readerOf(await exceljsWorkbook()), "zh");
    workers[0]!.hold.add("recognise");
    const reading = file.call("recognise", [PROBLEM, {}]);
    await new Promise((r) => setTimeout(r, 10));
    workers[0]!.crash();
    workers[0]!.hold.clear();
    const failure = await reading.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkerStopped);
    expect((failure as WorkerStopped).text?.zh).toContain("已打开的文件都还在，可以重试");
    expect(restarts).toEqual(["stopped"]);
    expect((await file.call("recognise", [PROBLEM, {}])).kind).toBe("problem");
    expect(workers).toHaveLength(2);
  });

  it("consolidates several offices' files into a new workbook", async () => {
    const { client } = recordedClient();
    const input = await exceljsWorkbook();
    const progress: Progress[] = [];
    const { outcome, bytes } = await client.consolidate(
      {
        files: [
          { name: "阿坝县院.xlsx", read: readerOf(input) },
          { name: "甘洛县院.csv", read: readerOf(new TextEncoder().encode("甲,乙\n1,2\n")) },
        ],
        choice: { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30", slips: true },
      },
      "zh",
      (p) => progress.push(p),
    );
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(outcome.submission.files.map((f) => f.file)).toEqual(["阿坝县院.xlsx", "甘洛县院.csv"]);
    const out = await readWorkbook(bytes);
    expect(out.map((s) => s.name)).toEqual(expect.arrayContaining(["报送情况", "台账汇总"]));
    expect(outcome.sheets).toEqual(out.map((s) => s.name));
    expect(packageProblems(bytes)).toEqual([]);
    const merged = outcome.merged.find((m) => m.kind === "problem")!;
    const sheet = out.find((s) => s.name === merged.sheet)!;
    expect(sheet.values.some((row) => row.includes("阿坝县院.xlsx"))).toBe(true);
  });

  it("cancels consolidation, and consolidates again afterwards", async () => {
    const { client, workers, hold } = recordedClient();
    const input = await exceljsWorkbook();
    const files = [
      { name: "甲.xlsx", read: readerOf(input) },
      { name: "乙.xlsx", read: readerOf(input) },
    ];
    const choice = { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30", slips: true } as const;
    hold.add("consolidate");
    const first = client.consolidate({ files, choice }, "zh");
    await new Promise((r) => setTimeout(r, 10));
    expect(workers[0]!.requests).toEqual(["consolidate"]);
    client.cancel();
    hold.clear();
    expect(workers[0]!.terminated).toBe(true);
    expect(((await first.catch((e: unknown) => e)) as TaizhangError).key).toBe("cancelled");
    const second = await client.consolidate({ files, choice }, "zh");
    expect(second.outcome.submission.files).toHaveLength(2);
  });

  it("lists the registry's offices that sent nothing, and flags a file sent again from last period", async () => {
    const { client, workers } = recordedClient();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const b = await officeWorkbook(B_HEADER, B_ROWS);
    const registry = await registryWorkbook([
      "阿坝县人民检察院",
      "甘洛县人民检察院",
      "玛多县人民检察院",
    ]);
    const { outcome, bytes } = await client.consolidate(
      {
        files: [
          { name: "阿坝.xlsx", read: readerOf(a) },
          { name: "甘洛.xlsx", read: readerOf(b) },
        ],
        registry: [{ name: "名册.xlsx", read: readerOf(registry) }],
        previous: [{ name: "甘洛-5月.xlsx", read: readerOf(b) }],
        choice: { scheme: "lights", dueSoonDays: 10, asOf: "2021-06-30", slips: false },
      },
      "zh",
    );
    expect(workers[0]!.requests).toEqual(["consolidate"]);
    expect(outcome.submission.missing).toEqual(["玛多县人民检察院"]);
    const sent = outcome.submission.files.map((f) => [f.file, f.sameAsPrevious]);
    expect(sent).toEqual([
      ["阿坝.xlsx", []],
      ["甘洛.xlsx", ["甘洛-5月.xlsx"]],
    ]);

    // The download: a package Excel opens without repair, whose 报送情况 says the same.
    expect(packageProblems(bytes)).toEqual([]);
    const out = await readWorkbook(bytes);
    // No slips asked for: none written.
    expect(out.map((s) => s.name)).not.toContain("工作提示单");
    const submission = out.find((s) => s.name === "报送情况")!.values;
    expect(String(submission[0]?.[0])).toContain("名册中1个院未报送");
    const missingTitle = submission.findIndex((row) => String(row[0]).startsWith("未报送的院"));
    expect(missingTitle).toBeGreaterThan(0);
    expect(submission[missingTitle + 1]?.slice(0, 2)).toEqual([1, "玛多县人民检察院"]);
    const ganluo = submission.find((row) => row[1] === "甘洛.xlsx")!;
    expect(String(ganluo[5])).toContain("与上期“甘洛-5月.xlsx”内容完全相同");
    const aba = submission.find((row) => row[1] === "阿坝.xlsx")!;
    expect(aba[5]).toBe("正常");
  });

  it("reads a file with the columns the user corrected while it was open", async () => {
    const { client } = recordedClient();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    // 甘洛's 责任人 under a heading the reader does not know (经手).
    const header = B_HEADER.map((h) => (h === "责任领导" ? "经手" : h));
    const b = await officeWorkbook(header, B_ROWS);
    const merge = async (choices?: SheetChoice[]) => {
      const { outcome, bytes } = await client.consolidate(
        {
          files: [
            { name: "阿坝.xlsx", read: readerOf(a) },
            { name: "甘洛.xlsx", read: readerOf(b), ...(choices ? { choices } : {}) },
          ],
          choice: { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30", slips: false },
        },
        "zh",
      );
      const merged = outcome.merged.find((m) => m.kind === "problem")!;
      const sheet = (await readWorkbook(bytes)).find((s) => s.name === merged.sheet)!.values;
      const head = sheet[1]!;
      const person = head.indexOf("责任人");
      // Each file's rows: 来源文件 and what stands under 责任人.
      return sheet.slice(2).map((row) => [row[0], row[4], person < 0 ? null : row[person]]);
    };
    // As read: 经手 is no field, so 甘洛's people are nowhere under 责任人.
    const asRead = await merge();
    expect(asRead.filter((r) => r[0] === "甘洛.xlsx").map((r) => r[2] ?? null)).toEqual([
      null,
      null,
    ]);
    // Corrected on the page (G 经手 → 责任人): aligned under 责任人 with 阿坝's.
    const column = header.indexOf("经手");
    const corrected = await merge([
      {
        sheet: "问题整改台账",
        kind: "problem",
        columns: [{ column, label: "经手", field: "responsiblePerson" }],
      },
    ]);
    expect(corrected).toEqual([
      ["阿坝.xlsx", "WT-001", "张三"],
      ["阿坝.xlsx", "WT-002", "李四"],
      ["甘洛.xlsx", "WT-001", "王五"],
      ["甘洛.xlsx", "WT-010", "赵六"],
    ]);
  });

  it("leaves out of the consolidation a sheet the user said is no ledger", async () => {
    const { client } = recordedClient();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const b = await officeWorkbook(B_HEADER, B_ROWS);
    const { outcome } = await client.consolidate(
      {
        files: [
          { name: "阿坝.xlsx", read: readerOf(a) },
          {
            name: "甘洛.xlsx",
            read: readerOf(b),
            choices: [{ sheet: "问题整改台账", kind: null, columns: [] }],
          },
        ],
        choice: { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30", slips: false },
      },
      "zh",
    );
    expect(outcome.merged.map((m) => [m.kind, m.rows])).toEqual([["problem", 2]]);
  });

  it("refuses a registry it cannot read names from, naming it", async () => {
    const { client } = recordedClient();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const failure = await client
      .consolidate(
        {
          files: [{ name: "阿坝.xlsx", read: readerOf(a) }],
          registry: [
            { name: "名册.csv", read: readerOf(new TextEncoder().encode("甲,乙\n1,2\n")) },
          ],
          choice: { scheme: "flags", dueSoonDays: 7, asOf: "2021-06-30", slips: true },
        },
        "zh",
      )
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TaizhangError);
    expect((failure as TaizhangError).key).toBe("registryEmpty");
    expect((failure as TaizhangError).detail).toBe("名册.csv");
  });
});
