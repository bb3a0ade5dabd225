// 合并报送 in the built task pane, in (fake) Excel and real Chromium: files chosen in the file
// input are read in the pane's worker, merged into the open workbook beside the user's sheets,
// and a file that cannot be read is named while the others are merged; a worker that crashes
// midway leaves the workbook as it was, says so in Chinese, and the next run works.
import { describe, expect, it } from "vitest";
import { messyWorkbook, PROBLEM_SHEET, REGISTRY_SHEET } from "../app/_lib/messyLedger";
import { officeWorkbook } from "../xlsx/_lib/offices";
import { useFakeExcelPages } from "./_lib/fakeExcelPage";
import { screenshot } from "./_lib/screenshots";

const pages = useFakeExcelPages();

interface PageWorkbook {
  sheets: { name: string }[];
  findSheet(
    name: string,
  ): { peek(r: number, c: number): { value: unknown } | undefined } | undefined;
}
type PageWindow = { taizhangFakeExcel: { host: { workbook: PageWorkbook } } };

const HEADER = ["问题编号", "院名称", "问题描述", "整改措施", "责任人", "完成时限", "进展状态"];

describe("合并报送 in the task pane", () => {
  it("reads the chosen files in the worker and merges them into the open workbook", async () => {
    const s = await pages.open({ workbook: messyWorkbook });
    const { page } = s;
    await page.getByRole("tab", { name: "合并报送" }).click();
    const xlsx = await officeWorkbook(HEADER, [
      ["WT-001", "阿坝县院", "办案质量不高", "开展案件评查", "张三", "2021-03-31", "已完成"],
    ]);
    const csv = [HEADER.join(","), "WT-009,甘洛县院,制度不健全,完善制度,王五,2021-12-31,推进中"];
    await page
      .getByRole("group", { name: "各院报送的文件（.xlsx、.xlsm、.csv）" })
      .locator('input[type="file"]')
      .setInputFiles([
        { name: "阿坝.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(xlsx) },
        { name: "甘洛.csv", mimeType: "text/csv", buffer: Buffer.from(csv.join("\n")) },
        {
          name: "玛多.xlsx",
          mimeType: "application/octet-stream",
          buffer: Buffer.from(xlsx.slice(0, 200)),
        },
      ]);
    await page.getByRole("button", { name: "合并到当前工作簿" }).click();
    await page.getByText(/^已合并2个文件，生成“/).waitFor({ timeout: 30_000 });
    await page.getByText(/^玛多\.xlsx — 无法读取，已跳过：/).waitFor();
    await screenshot(page, "consolidated-zh");
    // The pane's worker did the reading (nothing else ran core work in this page).
    expect(page.workers().length).toBeGreaterThan(0);

    const written = await page.evaluate(() => {
      const wb = (window as unknown as PageWindow).taizhangFakeExcel.host.workbook;
      const merged = wb.findSheet("问题整改台账（合并）");
      return {
        sheets: wb.sheets.map((x) => x.name),
        rows: [2, 3].map((r) => [0, 4].map((c) => merged?.peek(r, c)?.value)),
      };
    });
    expect(written.sheets.slice(0, 2)).toEqual([PROBLEM_SHEET, REGISTRY_SHEET]);
    expect(written.sheets).toEqual(
      expect.arrayContaining(["报送情况", "问题整改台账（合并）", "台账汇总"]),
    );
    expect(written.rows).toEqual([
      ["阿坝.xlsx", "WT-001"],
      ["甘洛.csv", "WT-009"],
    ]);
    await page
      .getByRole("region", { name: "按台账合并" })
      .getByRole("button", { name: "问题整改台账（合并）" })
      .click();

    expect(s.foreignRequests(pages.origin())).toEqual([]);
    expect(s.cspViolations).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it("says so and writes nothing when the worker crashes midway; the next run works", async () => {
    const s = await pages.open({ workbook: messyWorkbook });
    const { page } = s;
    await page.getByRole("tab", { name: "合并报送" }).click();
    const files = [];
    for (let f = 0; f < 30; f++) {
      const rows = Array.from({ length: 300 }, (_, r) => [
        `F${f}-${r}`,
        `第${f + 1}县院`,
        "办案质量不高",
        "开展案件评查",
        "张三",
        "2021-12-31",
        "正在推进",
      ]);
      files.push({
        name: `第${f + 1}县院.xlsx`,
        mimeType: "application/octet-stream",
        buffer: Buffer.from(await officeWorkbook(HEADER, rows)),
      });
    }
    await page
      .getByRole("group", { name: "各院报送的文件（.xlsx、.xlsm、.csv）" })
      .locator('input[type="file"]')
      .setInputFiles(files);
    const sheetsBefore = await page.evaluate(() =>
      (window as unknown as PageWindow).taizhangFakeExcel.host.workbook.sheets.map((x) => x.name),
    );
    await page.getByRole("button", { name: "合并到当前工作簿" }).click();
    await page
      .getByTestId("activity")
      .getByText(/读取第\d+\/30个文件/)
      .waitFor({ timeout: 60_000 });
    // An error the worker does not catch, as when it runs out of memory.
    const worker = page.workers().find((w) => w.url().includes("core"));
    expect(worker).toBeDefined();
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error("simulated crash");
      }, 0);
    });
    await page.getByText(/^后台处理意外停止/).waitFor({ timeout: 30_000 });
    await screenshot(page, "consolidate-worker-stopped-zh");
    const sheetsAfter = await page.evaluate(() =>
      (window as unknown as PageWindow).taizhangFakeExcel.host.workbook.sheets.map((x) => x.name),
    );
    expect(sheetsAfter).toEqual(sheetsBefore);

    await page.getByRole("button", { name: "合并到当前工作簿" }).click();
    await page.getByText(/^已合并30个文件，生成“/).waitFor({ timeout: 120_000 });
    expect(s.foreignRequests(pages.origin())).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  }, 240_000);
});
