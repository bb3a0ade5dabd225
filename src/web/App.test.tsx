// @vitest-environment jsdom
// The browser page as a component, on the real sessions behind an in-process worker: a column
// corrected in the card reaches the binding and the check; a step cancelled, or a worker that
// fails, keeps the file and the correction and does the lost steps again on request; two files
// consolidated into a workbook that reads back.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readWorkbook } from "../xlsx";
import { PROBLEM, exceljsWorkbook } from "../../test/xlsx/_lib/fixture";
import { recordedClient } from "../../test/web/_lib/inProcessWorker";
import {
  A_HEADER,
  A_ROWS,
  B_HEADER,
  B_ROWS,
  officeWorkbook,
  registryWorkbook,
} from "../../test/xlsx/_lib/offices";
import { App } from "./App";

afterEach(cleanup);

/** The downloads the page offers, as the bytes of their blobs. */
let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  let last: Blob | null = null;
  URL.createObjectURL = (blob: Blob) => {
    last = blob;
    return "blob:test";
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) downloads.push({ name: this.download, blob: last });
  });
});

async function renderPage() {
  const files = recordedClient();
  const merges = recordedClient();
  render(
    <FluentProvider theme={webLightTheme}>
      <App client={files.client} merger={merges.client} initialLang="zh" />
    </FluentProvider>,
  );
  const input = screen.getByLabelText("选择文件", { selector: "input" });
  const open = async (...chosen: File[]) => fireEvent.change(input, { target: { files: chosen } });
  const xlsx = new File([(await exceljsWorkbook()) as BlobPart], "阿坝州台账.xlsx");
  return { files, merges, open, xlsx };
}

const cardOf = (name: string) =>
  document.querySelector<HTMLElement>(`[data-file="${name}"]`) ?? undefined;

async function recognised(name: string, count: string) {
  await waitFor(() => expect(cardOf(name)).toBeDefined(), { timeout: 10_000 });
  const card = within(cardOf(name)!);
  await card.findByText(`识别出${count}张台账。`, {}, { timeout: 10_000 });
  return card;
}

describe("the browser page", () => {
  it("binds and checks a sheet with the column the user corrected", async () => {
    const { files, open, xlsx } = await renderPage();
    await open(xlsx);
    const card = await recognised("阿坝州台账.xlsx", "2");
    fireEvent.click(card.getByRole("button", { name: `更正栏目 ${PROBLEM}` }));
    fireEvent.change(card.getByLabelText("J 联系电话"), { target: { value: "deadline" } });
    await card.findByText("已指定");
    expect(card.getByRole("button", { name: `收起栏目 ${PROBLEM}` }).textContent).toBe(
      "收起栏目（已更正1栏）",
    );
    fireEvent.click(card.getByRole("button", { name: "校验" }));
    const validation = await card.findByTestId("validation", {}, { timeout: 10_000 });
    const items = within(validation)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.some((t) => t.startsWith(`${PROBLEM}!J`))).toBe(true);
    // The worker was asked to bind the sheet with the column as the user set it.
    const worker = files.workers.at(-1)!;
    expect(worker.calls.find((c) => c.method === "bind" && c.args[0] === PROBLEM)?.args[1]).toEqual(
      { kind: "problem", columns: [{ column: 9, label: "联系电话", field: "deadline" }] },
    );
  });

  it("cancels a step, keeps the file and its correction, and does the lost steps again", async () => {
    const { files, open, xlsx } = await renderPage();
    await open(xlsx);
    const card = await recognised("阿坝州台账.xlsx", "2");
    fireEvent.click(card.getByRole("button", { name: `更正栏目 ${PROBLEM}` }));
    fireEvent.change(card.getByLabelText("J 联系电话"), { target: { value: "deadline" } });
    await card.findByText("已指定");
    fireEvent.click(card.getByRole("button", { name: "校验" }));
    await card.findByTestId("validation", {}, { timeout: 10_000 });

    files.workers[0]!.hold.add("applyFlags");
    fireEvent.click(card.getByRole("button", { name: "添加标识" }));
    fireEvent.click(await card.findByRole("button", { name: "取消" }));
    files.hold.clear();
    await card.findByText(/^已取消。文件仍然打开/);
    expect(files.workers[0]!.terminated).toBe(true);
    expect(card.queryByTestId("validation")).toBeNull();

    fireEvent.click(card.getByRole("button", { name: "重做" }));
    await card.findByTestId("validation", {}, { timeout: 10_000 });
    // Done again in a new worker: the file opened from the page's File, bound as corrected.
    const again = files.workers[1]!;
    expect(again.requests[0]).toBe("open");
    expect(again.calls.find((c) => c.method === "bind" && c.args[0] === PROBLEM)?.args[1]).toEqual({
      kind: "problem",
      columns: [{ column: 9, label: "联系电话", field: "deadline" }],
    });
    // The cancelled step was not the lost one: it waits for the user.
    expect(again.requests).not.toContain("applyFlags");
  });

  it("says in Chinese that the worker failed, and retries the failed step", async () => {
    const { files, open, xlsx } = await renderPage();
    await open(xlsx);
    const card = await recognised("阿坝州台账.xlsx", "2");
    files.workers[0]!.hold.add("validate");
    fireEvent.click(card.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(files.workers[0]!.requests).toContain("validate"));
    files.workers[0]!.crash();
    files.hold.clear();
    await card.findByText(/^后台处理意外停止（可能是文件太大、内存不足）/);
    fireEvent.click(card.getByRole("button", { name: "重试" }));
    await card.findByTestId("validation", {}, { timeout: 10_000 });
    expect(files.workers[1]!.requests).toContain("validate");
  });

  it("keeps a file whose reading was cancelled, and reads it again", async () => {
    const { files, open, xlsx } = await renderPage();
    await open(xlsx);
    await recognised("阿坝州台账.xlsx", "2");
    files.workers[0]!.hold.add("open");
    await open(new File(["问题编号,问题描述,整改措施\nG1,问题,措施\n"], "甘洛县院.csv"));
    fireEvent.click(await screen.findByRole("button", { name: "取消读取" }));
    files.hold.clear();
    await screen.findByText("“甘洛县院.csv”未读取（已取消）。文件仍在页面上，可以重新读取。");
    fireEvent.click(screen.getByRole("button", { name: "重新读取" }));
    await recognised("甘洛县院.csv", "1");
  });

  it("consolidates the open files into a workbook to download, and cancels", async () => {
    const { merges, open, xlsx } = await renderPage();
    const csv = new File(
      [
        "问题编号,院名称,问题描述,整改措施,完成时限,进展状态\nG1,甘洛县院,队伍力量薄弱,招录干警,2021-08-31,正在推进\n",
      ],
      "甘洛县院.csv",
    );
    await open(xlsx, csv);
    await recognised("甘洛县院.csv", "1");
    const panel = within(screen.getByRole("region", { name: "合并各院台账" }));

    const merge = () =>
      fireEvent.click(panel.getByRole("button", { name: "合并各院台账（2个文件）" }));
    // The first time, the worker holds it back: cancelled while it runs.
    merges.hold.add("consolidate");
    merge();
    await waitFor(() => expect(merges.workers[0]?.requests).toEqual(["consolidate"]));
    fireEvent.click(panel.getByRole("button", { name: "取消" }));
    await panel.findByText("已取消合并，没有生成文件。");
    expect(merges.workers[0]!.terminated).toBe(true);
    merges.hold.clear();

    merge();
    await panel.findByText("已合并2个文件。", {}, { timeout: 10_000 });
    fireEvent.click(panel.getByRole("button", { name: "下载“各院台账合并（台账助手）.xlsx”" }));
    expect(downloads.map((d) => d.name)).toEqual(["各院台账合并（台账助手）.xlsx"]);
    const out = await readWorkbook(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    const merged = out.find((s) => s.name.includes("合并") && s.name.startsWith("问题整改"))!;
    const sources = new Set(merged.values.slice(1).map((row) => row[0]));
    expect(sources).toContain("阿坝州台账.xlsx");
    expect(sources).toContain("甘洛县院.csv");
  });

  it("tells a report sent twice once, by the copy, which is counted once", async () => {
    const { open } = await renderPage();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const b = await officeWorkbook(B_HEADER, B_ROWS);
    await open(
      new File([a as BlobPart], "阿坝.xlsx"),
      new File([b as BlobPart], "甘洛.xlsx"),
      new File([a as BlobPart], "阿坝（重发）.xlsx"),
    );
    await recognised("阿坝（重发）.xlsx", "1");
    const panel = within(screen.getByRole("region", { name: "合并各院台账" }));
    fireEvent.click(panel.getByRole("button", { name: "合并各院台账（3个文件）" }));
    await panel.findByText("已合并3个文件。", {}, { timeout: 10_000 });
    panel.getByText("“阿坝（重发）.xlsx”与“阿坝.xlsx”内容完全相同，只计入一次。");
    expect(panel.queryByText(/^“阿坝\.xlsx”与/)).toBeNull();
  });

  it("hands the registry, last period's files and the choices to the consolidation worker", async () => {
    const { merges, open } = await renderPage();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const b = await officeWorkbook(B_HEADER, B_ROWS);
    const names = ["阿坝县人民检察院", "甘洛县人民检察院", "玛多县人民检察院"];
    await open(new File([a as BlobPart], "阿坝.xlsx"), new File([b as BlobPart], "甘洛.xlsx"));
    await recognised("甘洛.xlsx", "1");
    const panel = within(screen.getByRole("region", { name: "合并各院台账" }));

    const registryInput = panel.getByLabelText("选择院名册", { selector: "input" });
    fireEvent.change(registryInput, {
      target: { files: [new File([(await registryWorkbook(names)) as BlobPart], "名册.xlsx")] },
    });
    const previousInput = panel.getByLabelText("选择上期文件", { selector: "input" });
    fireEvent.change(previousInput, {
      target: { files: [new File([b as BlobPart], "甘洛-5月.xlsx")] },
    });
    expect(panel.getByRole("group", { name: /^院名册/ }).textContent).toContain("名册.xlsx");
    expect(panel.getByRole("group", { name: /^上期文件/ }).textContent).toContain("甘洛-5月.xlsx");
    fireEvent.click(panel.getByRole("radio", { name: /^督办亮灯/ }));
    fireEvent.click(panel.getByRole("checkbox", { name: "同时生成工作提示单" }));
    // 临期天数 shows for the yellow light even without slips.
    fireEvent.change(panel.getByLabelText("临期天数"), { target: { value: "10" } });
    fireEvent.change(panel.getByLabelText("截至日期"), { target: { value: "2021-06-30" } });

    fireEvent.click(panel.getByRole("button", { name: "合并各院台账（2个文件）" }));
    await panel.findByText("已合并2个文件。", {}, { timeout: 10_000 });
    expect(merges.workers[0]!.consolidations).toEqual([
      {
        files: ["阿坝.xlsx", "甘洛.xlsx"],
        registry: ["名册.xlsx"],
        previous: ["甘洛-5月.xlsx"],
        choice: { scheme: "lights", dueSoonDays: 10, asOf: "2021-06-30", slips: false },
      },
    ]);
    panel.getByText("名册中1个院未报送：玛多县人民检察院。");
    panel.getByText("“甘洛.xlsx”与上期“甘洛-5月.xlsx”内容完全相同，可能重复报送了上期文件。");

    // Cleared, the registry is no longer sent, and the result says none was given.
    fireEvent.click(panel.getByRole("button", { name: "清除 选择院名册" }));
    fireEvent.click(panel.getByRole("button", { name: "合并各院台账（2个文件）" }));
    await panel.findByText("未提供院名册，无法判断哪些院未报送。", {}, { timeout: 10_000 });
    expect(merges.workers[0]!.consolidations[1]?.registry).toEqual([]);
  });
  it("consolidates a file with the column the user corrected in its card", async () => {
    const { merges, open } = await renderPage();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    // 甘洛's 责任人 under a heading the reader does not know.
    const b = await officeWorkbook(
      B_HEADER.map((h) => (h === "责任领导" ? "经手" : h)),
      B_ROWS,
    );
    await open(new File([a as BlobPart], "阿坝.xlsx"), new File([b as BlobPart], "甘洛.xlsx"));
    const card = await recognised("甘洛.xlsx", "1");
    fireEvent.click(card.getByRole("button", { name: "更正栏目 问题整改台账" }));
    fireEvent.change(card.getByLabelText("G 经手"), { target: { value: "responsiblePerson" } });
    await card.findByText("已指定");

    const panel = within(screen.getByRole("region", { name: "合并各院台账" }));
    fireEvent.click(panel.getByRole("button", { name: "合并各院台账（2个文件）" }));
    await panel.findByText("已合并2个文件。", {}, { timeout: 10_000 });
    expect(merges.workers[0]!.consolidations[0]?.files).toEqual(["阿坝.xlsx", "甘洛.xlsx"]);
    fireEvent.click(panel.getByRole("button", { name: "下载“各院台账合并（台账助手）.xlsx”" }));
    const out = await readWorkbook(new Uint8Array(await downloads[0]!.blob.arrayBuffer()));
    const merged = out.find((s) => s.name.startsWith("问题整改") && s.name.includes("合并"))!;
    const person = merged.values[1]!.indexOf("责任人");
    expect(person).toBeGreaterThan(0);
    expect(merged.values.slice(2).map((row) => [row[0], row[person]])).toEqual([
      ["阿坝.xlsx", "张三"],
      ["阿坝.xlsx", "李四"],
      ["甘洛.xlsx", "王五"],
      ["甘洛.xlsx", "赵六"],
    ]);
  });

  it("takes last period's files from a folder: workbooks and CSV in it, not lock files or others", async () => {
    const { merges, open } = await renderPage();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const b = await officeWorkbook(B_HEADER, B_ROWS);
    await open(new File([a as BlobPart], "阿坝.xlsx"), new File([b as BlobPart], "甘洛.xlsx"));
    await recognised("甘洛.xlsx", "1");
    const panel = within(screen.getByRole("region", { name: "合并各院台账" }));
    const folder = panel.getByLabelText("选择上期文件夹", { selector: "input" });
    expect(folder.hasAttribute("webkitdirectory")).toBe(true);
    fireEvent.change(folder, {
      target: {
        files: [
          new File([b as BlobPart], "甘洛-5月.xlsx"),
          new File(["锁"], "~$甘洛-5月.xlsx"),
          new File(["说明"], "说明.docx"),
          new File(["问题编号,院名称\nX1,玛多县院\n"], "玛多-5月.CSV"),
        ],
      },
    });
    const group = panel.getByRole("group", { name: /^上期文件/ });
    const listed = within(group)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(listed).toEqual(["甘洛-5月.xlsx", "玛多-5月.CSV"]);

    fireEvent.click(panel.getByRole("button", { name: "合并各院台账（2个文件）" }));
    await panel.findByText("已合并2个文件。", {}, { timeout: 10_000 });
    expect(merges.workers[0]!.consolidations[0]?.previous).toEqual([
      "甘洛-5月.xlsx",
      "玛多-5月.CSV",
    ]);
    panel.getByText("“甘洛.xlsx”与上期“甘洛-5月.xlsx”内容完全相同，可能重复报送了上期文件。");
  });

  it("says at the picker when a pick holds no spreadsheet, naming the folder, and how many were skipped", async () => {
    const { open } = await renderPage();
    const a = await officeWorkbook(A_HEADER, A_ROWS);
    const b = await officeWorkbook(B_HEADER, B_ROWS);
    await open(new File([a as BlobPart], "阿坝.xlsx"), new File([b as BlobPart], "甘洛.xlsx"));
    await recognised("甘洛.xlsx", "1");
    const panel = within(screen.getByRole("region", { name: "合并各院台账" }));
    const previous = within(panel.getByRole("group", { name: /^上期文件/ }));
    /** A file as a folder pick gives it: its path under the folder chosen. */
    const inFolder = (file: File, path: string) =>
      Object.defineProperty(file, "webkitRelativePath", { value: path });

    // A folder of no spreadsheet: said, naming it; the lock file is not counted as skipped.
    fireEvent.change(panel.getByLabelText("选择上期文件夹", { selector: "input" }), {
      target: {
        files: [
          inFolder(new File(["说明"], "说明.docx"), "五月报送/说明.docx"),
          inFolder(new File(["锁"], "~$甘洛-5月.xlsx"), "五月报送/~$甘洛-5月.xlsx"),
        ],
      },
    });
    expect(previous.getByRole("alert").textContent).toBe(
      "所选文件夹“五月报送”中没有可读取的 .xlsx 或 .csv 文件。已跳过1个不是表格的文件。",
    );
    previous.getByText("未选择");

    // An empty folder: the browser gives no file, so no name.
    fireEvent.change(panel.getByLabelText("选择上期文件夹", { selector: "input" }), {
      target: { files: [] },
    });
    expect(previous.getByRole("alert").textContent).toBe(
      "所选文件夹中没有可读取的 .xlsx 或 .csv 文件。",
    );

    // Files of which some are spreadsheets: those taken, the others counted.
    fireEvent.change(panel.getByLabelText("选择上期文件", { selector: "input" }), {
      target: {
        files: [
          new File([b as BlobPart], "甘洛-5月.xlsx"),
          new File(["%PDF"], "通知.pdf"),
          new File(["图"], "照片.jpg"),
        ],
      },
    });
    expect(previous.queryByRole("alert")).toBeNull();
    expect(previous.getByRole("status").textContent).toBe("已跳过2个不是表格的文件。");
    expect(previous.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "甘洛-5月.xlsx",
    ]);

    // The registry picked as a file that is no spreadsheet: said; nothing is chosen.
    const registry = within(panel.getByRole("group", { name: /^院名册/ }));
    fireEvent.change(panel.getByLabelText("选择院名册", { selector: "input" }), {
      target: { files: [new File(["%PDF"], "名册.pdf")] },
    });
    expect(registry.getByRole("alert").textContent).toBe(
      "所选文件中没有可读取的 .xlsx 或 .csv 文件。已跳过1个不是表格的文件。",
    );
    registry.getByText("未选择");

    // In English, as the page switches.
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(registry.getByRole("alert").textContent).toBe(
      "None of the files chosen is an .xlsx or .csv file that can be read. Skipped 1 file of a type that cannot be read.",
    );
  });

  it("says once at the file input when a pick holds only files that are no spreadsheet", async () => {
    // What such files begin with (binary, so no file is read as text).
    const PDF = new Uint8Array([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0, 0xe2, 0xe3,
    ]);
    const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    const { open, xlsx } = await renderPage();
    const drop = within(screen.getByTestId("drop"));
    await open(
      new File([PDF], "通知.pdf"),
      new File([JPEG], "照片.jpg"),
      new File(["锁"], "~$阿坝州台账.xlsx"),
      new File([PDF], "说明.docx"),
    );
    // The lock file is not counted; every file still gets its card with its own reason.
    expect(drop.getByRole("alert").textContent).toBe("所选的3个文件都不是 .xlsx 或 .csv 表格。");
    for (const name of ["通知.pdf", "照片.jpg", "说明.docx"])
      await screen.findByText(
        `${name}：不是 Excel 工作簿（.xlsx）或 CSV 文本文件。`,
        {},
        { timeout: 10_000 },
      );

    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(drop.getByRole("alert").textContent).toBe(
      "None of the 3 files chosen is an .xlsx or .csv spreadsheet.",
    );
    fireEvent.click(screen.getByRole("button", { name: "中文" }));

    // Dropped on the page: the same.
    fireEvent.drop(screen.getByTestId("drop"), {
      dataTransfer: { files: [new File([JPEG], "扫描.jpg")] },
    });
    expect(drop.getByRole("alert").textContent).toBe("所选的文件不是 .xlsx 或 .csv 表格。");

    // A pick with a spreadsheet in it says nothing of the others at the input.
    await open(xlsx, new File([PDF], "附件.pdf"));
    expect(drop.queryByRole("alert")).toBeNull();
    await recognised("阿坝州台账.xlsx", "2");
  });
});
