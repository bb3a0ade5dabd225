// The browser page (web.html) in Chromium against dist/, beyond the one-file path of
// web.test.ts: a column corrected by hand that the check, the lights and the summary follow;
// reading cancelled, a worker that fails and a step cancelled, none of which loses a file or a
// correction; two offices' files consolidated (cancelled once), against a registry and last
// period's files, and the workbook read back.
//
// To cancel at a known moment the worker's script is held back (as paneTrust.test.ts does): a
// new worker then waits, with its requests queued, for as long as the test needs.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { webStrings } from "../../src/web/strings";
import { readWorkbook } from "../../src/xlsx";
import { PROBLEM, exceljsWorkbook } from "../xlsx/_lib/fixture";
import { registryWorkbook } from "../xlsx/_lib/offices";
import { assertBuilt, distDir } from "./_lib/dist";
import { sharedBrowser, type PageSession } from "./_lib/pageSession";
import { screenshot } from "./_lib/screenshots";
import { serveStatic, type StaticServer } from "./_lib/staticServer";

let server: StaticServer;
let session: PageSession | undefined;
const browser = sharedBrowser();
let xlsxPath: string;
let csvPath: string;

const XLSX_NAME = "阿坝州台账.xlsx";
const CSV_NAME = "甘洛县院.csv";
const REGISTRY_NAME = "院名册.xlsx";
const PREVIOUS_NAME = "甘洛县院-5月.csv";
let registryPath: string;
let previousPath: string;
const CSV = [
  "问题编号,院名称,问题描述,整改措施,完成时限,进展状态",
  "G1,甘洛县院,案件质量评查不到位,开展交叉评查,2021年3月31日,已完成",
  "G2,甘洛县院,队伍力量薄弱,招录干警,2021-08-31,正在推进",
].join("\r\n");

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(distDir);
  const dir = mkdtempSync(join(tmpdir(), "taizhang-web-"));
  xlsxPath = join(dir, XLSX_NAME);
  writeFileSync(xlsxPath, await exceljsWorkbook());
  csvPath = join(dir, CSV_NAME);
  writeFileSync(csvPath, CSV);
  registryPath = join(dir, REGISTRY_NAME);
  writeFileSync(registryPath, await registryWorkbook(["甘洛县人民检察院", "玛多县人民检察院"]));
  previousPath = join(dir, PREVIOUS_NAME);
  writeFileSync(previousPath, CSV);
});
afterAll(async () => {
  await browser.close();
  await server?.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Holds every load of the worker's script until the returned function is called. */
async function holdWorker(page: Page): Promise<() => Promise<void>> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const pattern = "**/taizhang-files.*.js";
  await page.context().route(pattern, async (route) => {
    await held;
    // Unrouting may have let it through already.
    await route.continue().catch(() => undefined);
  });
  return async () => {
    release();
    await page.context().unroute(pattern);
  };
}

async function download(page: Page, button: ReturnType<Page["getByRole"]>) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

describe("the browser page, corrected, cancelled and consolidated", () => {
  it("keeps files and corrections through a cancel and a failed worker, and consolidates", async () => {
    session = await browser.open({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);

    // Reading two files, cancelled: both stay on the page and are read again on request.
    let release = await holdWorker(page);
    await page.locator('input[type="file"]').setInputFiles([xlsxPath, csvPath]);
    await page.getByText(`正在读取“${XLSX_NAME}”…`).waitFor();
    await page.getByRole("button", { name: "取消读取" }).click();
    await page.getByText(`“${XLSX_NAME}”未读取（已取消）。`, { exact: false }).waitFor();
    await page.getByText(`“${CSV_NAME}”未读取（已取消）。`, { exact: false }).waitFor();
    await release();
    for (let i = 0; i < 2; i++)
      await page.getByRole("button", { name: "重新读取" }).first().click();
    const card = page.locator(`[data-file="${XLSX_NAME}"]`);
    await card.getByText("识别出2张台账。").waitFor();
    await page.locator(`[data-file="${CSV_NAME}"]`).getByText("识别出1张台账。").waitFor();

    // A column corrected: 联系电话 (J) holds the deadlines, the user says.
    await card.getByRole("button", { name: `更正栏目 ${PROBLEM}` }).click();
    const fields = card.locator(`tr[data-fields="${PROBLEM}"]`);
    await fields.getByText("每一栏对应的栏目").waitFor();
    await fields.getByLabel("J 联系电话").selectOption("deadline");
    await fields.getByText("已指定", { exact: true }).waitFor();
    expect(await card.getByRole("button", { name: `收起栏目 ${PROBLEM}` }).textContent()).toBe(
      "收起栏目（已更正1栏）",
    );

    // The check reads the phone numbers as deadlines; the lights and the summary follow them:
    // none of the items is overdue by a phone number (as read, two are).
    await card.getByRole("button", { name: "校验" }).click();
    const issues = await card.getByTestId("validation").locator("li").allTextContents();
    expect(issues.some((t) => t.startsWith(`${PROBLEM}!J`))).toBe(true);
    await card.getByLabel("督办亮灯：红灯、黄灯、绿灯（按完成时限）").check();
    await card.locator('input[type="date"]').fill("2021-06-30");
    await card.getByRole("button", { name: "添加标识" }).click();
    await card.getByText(`已为“${PROBLEM}”添加标识列。`).waitFor();
    await card.getByRole("button", { name: "生成汇总" }).click();
    await card.getByText(/超期未完成 0/).waitFor();

    // The worker fails (an error it does not catch): said in Chinese, files kept, retry offered.
    release = await holdWorker(page);
    await page.workers()[0]!.evaluate(() =>
      setTimeout(() => {
        throw new Error("simulated failure");
      }, 0),
    );
    await card.getByText(/^后台处理意外停止/).waitFor();
    await screenshot(page, "web-worker-stopped-zh-1280");
    // Retried in a new worker (held back), then cancelled: still nothing lost.
    await card.getByRole("button", { name: "重试" }).click();
    await card.getByRole("progressbar").waitFor();
    await card.getByRole("button", { name: "取消" }).click();
    await card.getByText(/^已取消。文件仍然打开/).waitFor();
    await release();
    await card.getByRole("button", { name: "重做" }).click();
    await card.getByText(/超期未完成 0/).waitFor();
    expect(await card.locator(`tr[data-sheet="${PROBLEM}"] select`).inputValue()).toBe("problem");

    // The download has the lights on the corrected deadlines (no normalised 整改时限 column).
    const result = await download(page, card.getByRole("button", { name: /^下载/ }));
    expect(result.name).toBe("阿坝州台账（台账助手）.xlsx");
    const sheets = await readWorkbook(result.bytes);
    const header = sheets.find((s) => s.name === PROBLEM)!.values[2]!;
    expect(header).toContain("【台账助手】督办亮灯");
    expect(header).not.toContain("【台账助手】完成时限（日期）");
    expect(sheets.map((s) => s.name)).toContain("台账汇总");

    // Consolidation: cancelled once while it waits for its worker, then done.
    const merge = page.getByRole("region", { name: "合并各院台账" });
    release = await holdWorker(page);
    await merge.getByRole("button", { name: "合并各院台账（2个文件）" }).click();
    await merge.getByRole("progressbar").waitFor();
    await merge.getByRole("button", { name: "取消" }).click();
    await merge.getByText("已取消合并，没有生成文件。").waitFor();
    await release();
    // Then with a registry naming an office that sent nothing, and last period's file sent
    // again under another name; 督办亮灯 as of the 30th, no slips.
    await merge.locator('input[type="file"][aria-label="选择院名册"]').setInputFiles(registryPath);
    await merge
      .locator('input[type="file"][aria-label="选择上期文件"]')
      .setInputFiles(previousPath);
    await merge.getByText(REGISTRY_NAME).waitFor();
    await merge.getByLabel("督办亮灯：红灯、黄灯、绿灯（按完成时限）").check();
    await merge.getByLabel("同时生成工作提示单").uncheck();
    await merge.locator('input[type="date"]').fill("2021-06-30");
    await merge.getByRole("button", { name: "合并各院台账（2个文件）" }).click();
    await merge.getByText("已合并2个文件。").waitFor();
    await merge.getByText(/^名册中\d+个院未报送：.*玛多县人民检察院/).waitFor();
    await merge
      .getByText(`“${CSV_NAME}”与上期“${PREVIOUS_NAME}”内容完全相同，可能重复报送了上期文件。`)
      .waitFor();
    await screenshot(page, "web-consolidated-zh-1280");
    const merged = await download(page, merge.getByRole("button", { name: /^下载/ }));
    expect(merged.name).toBe("各院台账合并（台账助手）.xlsx");
    const out = await readWorkbook(merged.bytes);
    expect(out.map((s) => s.name)).toEqual(expect.arrayContaining(["报送情况", "台账汇总"]));
    expect(out.map((s) => s.name)).not.toContain("工作提示单");
    const submission = out
      .find((s) => s.name === "报送情况")!
      .values.flat()
      .map(String);
    expect(submission).toContain("玛多县人民检察院");
    expect(submission.some((t) => t.includes(`与上期“${PREVIOUS_NAME}”内容完全相同`))).toBe(true);
    const problems = out.find((s) => s.name.startsWith("问题整改") && s.name.includes("合并"))!;
    const sources = new Set(problems.values.slice(1).map((row) => row[0]));
    expect(sources).toContain(XLSX_NAME);
    expect(sources).toContain(CSV_NAME);
    const texts = problems.values.flat();
    expect(texts).toContain("案件质量评查不到位");
    expect(texts).toContain("办案质量不高");
    // The open files' worker went on working through the consolidation and its cancel.
    expect(await card.getByText(/超期未完成 0/).count()).toBe(1);

    expect(session.foreignRequests(server.origin)).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("fits an 800 px window with the columns open, and says it all in English", async () => {
    session = await browser.open({ viewport: { width: 800, height: 700 } });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.locator('input[type="file"]').setInputFiles([xlsxPath, csvPath]);
    const card = page.locator(`[data-file="${XLSX_NAME}"]`);
    await card.getByText("识别出2张台账。").waitFor();
    await card.getByRole("button", { name: `更正栏目 ${PROBLEM}` }).click();
    await card.getByText("每一栏对应的栏目").waitFor();
    await page.getByRole("region", { name: "合并各院台账" }).waitFor();
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBe(0);
    await screenshot(page, "web-columns-zh-800");

    await page.getByRole("button", { name: "English" }).click();
    await card.getByText("What each column holds").waitFor();
    await card.getByRole("button", { name: `Hide columns ${PROBLEM}` }).waitFor();
    await page.getByRole("button", { name: "Consolidate (2 files)" }).waitFor();
    // None of the page's own Chinese is left (the files' sheet names and headings are theirs).
    const shown = await page.evaluate(() => document.body.innerText);
    const fragments = Object.values(webStrings.zh)
      .flatMap((template) => template.split(/\{[a-z]+\}/))
      .filter((fragment) => fragment.length >= 4);
    expect(fragments.filter((fragment) => shown.includes(fragment))).toEqual([]);
    await screenshot(page, "web-columns-en-800");
    expect(await overflow()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
