// The browser page (web.html) in Chromium against dist/: a workbook opened through the file
// input is recognised, checked, flagged and summarised in the page's worker, and downloaded; the
// download read back has the user's cells as they were, the flag column and the summary (with
// its charts), and nothing left the serving origin.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/xlsx";
import { PROBLEM, REGISTRY, exceljsWorkbook } from "../xlsx/_lib/fixture";
import { assertBuilt, distDir } from "./_lib/dist";
import { sharedBrowser, type PageSession } from "./_lib/pageSession";
import { serveStatic, type StaticServer } from "./_lib/staticServer";

let server: StaticServer;
let session: PageSession | undefined;
const browser = sharedBrowser();
let input: Uint8Array;
let inputPath: string;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(distDir);
  input = await exceljsWorkbook();
  inputPath = join(mkdtempSync(join(tmpdir(), "taizhang-web-")), "阿坝州台账.xlsx");
  writeFileSync(inputPath, input);
});
afterAll(async () => {
  await browser.close();
  await server?.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe("the browser page", () => {
  it("takes a workbook from the file input to a download with flags and a summary", async () => {
    session = await browser.open({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    expect(await page.title()).toBe("台账助手（浏览器版）");
    await page.locator('input[type="file"]').setInputFiles(inputPath);

    // 1. Recognised: the ledger and the registry by their headers, the notes sheet as none.
    const card = page.locator('[data-file="阿坝州台账.xlsx"]');
    await card.getByText("识别出2张台账。").waitFor();
    const kindOf = (sheet: string) => card.locator(`tr[data-sheet="${sheet}"] select`);
    expect(await kindOf(PROBLEM).inputValue()).toBe("problem");
    expect(await kindOf(REGISTRY).inputValue()).toBe("office");
    expect(await kindOf("说明").inputValue()).toBe("none");
    // The work is the page's worker's, not the page's own thread.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      expect.stringMatching(/^\/web\/taizhang-files\.[0-9a-f]{16}\.js$/),
    ]);

    // 2. Checked: the count and the first problems with sheet!cell and message.
    await card.getByRole("button", { name: "校验" }).click();
    const validation = card.getByTestId("validation");
    await validation.getByText(/^发现3个问题（已校验2张表/).waitFor();
    const issues = await validation.locator("li").allTextContents();
    expect(issues).toHaveLength(3);
    expect(issues.some((t) => t.startsWith(`${PROBLEM}!B8`) && t.includes("某某县院"))).toBe(true);

    // 3. Flags, red-yellow-green lights as of a chosen date.
    await card.getByLabel("督办亮灯：红灯、黄灯、绿灯（按完成时限）").check();
    await card.locator('input[type="date"]').fill("2021-06-30");
    await card.getByRole("button", { name: "添加标识" }).click();
    await card.getByText(`已为“${PROBLEM}”添加标识列。`).waitFor();

    // 4. Summary with slips, and the problem list.
    await card.getByRole("button", { name: "生成汇总" }).click();
    await card.getByText("已生成工作表：“台账汇总”、“工作提示单”、“台账问题清单”。").waitFor();

    // 5. The download, read back.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: /^下载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("阿坝州台账（台账助手）.xlsx");
    const out = new Uint8Array(readFileSync(await download.path()));
    const before = await readWorkbook(input);
    const after = await readWorkbook(out);
    expect(after.map((s) => s.name)).toEqual([
      PROBLEM,
      REGISTRY,
      "说明",
      "台账汇总",
      "工作提示单",
      "台账问题清单",
    ]);
    const values = (sheets: typeof before, name: string, width: number) =>
      sheets.find((s) => s.name === name)!.values.map((r) => r.slice(0, width));
    expect(values(after, PROBLEM, 10)).toEqual(values(before, PROBLEM, 10));
    expect(values(after, REGISTRY, 4)).toEqual(values(before, REGISTRY, 4));
    expect(values(after, "说明", 2)).toEqual(values(before, "说明", 2));
    expect(after[0]?.values[2]?.slice(10)).toContain("【台账助手】督办亮灯");
    const summary = after.find((s) => s.name === "台账汇总")!;
    expect(summary.values[0]?.[0]).toBe("台账工作汇总（截至2021年6月30日）");
    // The summary's charts are native chart parts in the file.
    const charts = Object.keys(unzipSync(out)).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(0);

    expect(session.foreignRequests(server.origin)).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("says why a file is no workbook, and fits an 800 px window", async () => {
    session = await browser.open({ viewport: { width: 800, height: 700 } });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    await page.locator('input[type="file"]').setInputFiles({
      name: "扫描件.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\u0000\u0001\u0002binary"),
    });
    await page
      .getByRole("alert")
      .getByText("扫描件.pdf：不是 Excel 工作簿（.xlsx）或 CSV 文本文件。")
      .waitFor();
    await page.locator('input[type="file"]').setInputFiles(inputPath);
    await page.getByText("识别出2张台账。").waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("2 ledgers recognised.").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(session.pageErrors).toEqual([]);
  });

  it("takes a CSV file dropped on the page to an .xlsx with its text kept as text", async () => {
    session = await browser.open({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const { page } = session;
    await page.goto(`${server.origin}/web.html`);
    const csv = [
      "问题编号,院名称,问题描述,整改措施,完成时限,进展状态",
      "P1,阿坝县院,办案质量不高,开展评查,2021年3月31日,已完成",
      "P2,小金县院,=1+1,组织培训,2021-08-31,正在推进",
    ].join("\r\n");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "问题整改.csv", { type: "text/csv" }));
      const zone = document.querySelector('[data-testid="drop"]');
      zone?.dispatchEvent(
        new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, csv);
    const card = page.locator('[data-file="问题整改.csv"]');
    await card.getByText("文本文件已转为工作簿，工作表“问题整改”。").waitFor();
    await card.getByText("识别出1张台账。").waitFor();
    expect(await card.locator('tr[data-sheet="问题整改"] select').inputValue()).toBe("problem");
    await card.getByRole("button", { name: "校验" }).click();
    await card.getByTestId("validation").waitFor();
    await card.getByRole("button", { name: "添加标识" }).click();
    await card.getByText("已为“问题整改”添加标识列。").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: /^下载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("问题整改（台账助手）.xlsx");
    const [sheet] = await readWorkbook(new Uint8Array(readFileSync(await download.path())));
    expect(sheet?.name).toBe("问题整改");
    expect(sheet?.values.map((r) => r.slice(0, 6))).toEqual(
      csv.split("\r\n").map((line) => line.split(",")),
    );
    expect(sheet?.values[0]).toContain("【台账助手】挂图作战");
    expect(session.pageErrors).toEqual([]);
  });
});
