// The built pane walked through as a clerk would, at 350 px in Chinese and English, light and
// dark, on an empty workbook, a sheet that is no ledger, an unsaved choice, a mapping to
// correct and a 20,000-row ledger to cancel. Each test leaves screenshots in .tmp/screenshots.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { messyWorkbook, PROBLEM_SHEET, problemSeed, registrySeed } from "../app/_lib/messyLedger";
import { useFakeExcelPages } from "./_lib/fakeExcelPage";
import type { PageSession } from "./_lib/pageSession";
import { PANE, screenshot } from "./_lib/screenshots";

const pages = useFakeExcelPages();

interface PageWorkbook {
  sheets: { name: string }[];
  settings: { get(key: string): unknown };
  findSheet(
    name: string,
  ): { peek(r: number, c: number): { value: unknown } | undefined } | undefined;
}
type PageWindow = { taizhangFakeExcel: { host: { workbook: PageWorkbook } } };

const sheetNames = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as PageWindow).taizhangFakeExcel.host.workbook.sheets.map((s) => s.name),
  );
const cell = (page: Page, sheet: string, r: number, c: number) =>
  page.evaluate(
    ([s, row, column]) =>
      (window as unknown as PageWindow).taizhangFakeExcel.host.workbook
        .findSheet(s as string)
        ?.peek(row as number, column as number)?.value ?? null,
    [sheet, r, c] as const,
  );
const stored = (page: Page) =>
  page.evaluate(() => {
    const raw = (window as unknown as PageWindow).taizhangFakeExcel.host.workbook.settings.get(
      "taizhang",
    );
    return JSON.parse(typeof raw === "string" ? raw : "{}") as {
      ledgers?: { sheet: string; columns?: unknown[] }[];
    };
  });

function expectClean(s: PageSession) {
  expect(s.foreignRequests(pages.origin())).toEqual([]);
  expect(s.cspViolations).toEqual([]);
  expect(s.pageErrors).toEqual([]);
}

const NOTES = {
  name: "填表说明",
  cells: [["填表说明"], ["1. 每月5日前报送。"], ["2. 日期写作2021年3月5日。"]],
};

describe("a pane a clerk can trust", () => {
  it("on an empty workbook: says what to do, refuses to check or summarise nothing, offers a template", async () => {
    const s = await pages.open({ workbook: { sheets: [{ name: "Sheet1" }] } }, PANE.narrow);
    const { page } = s;
    await page.getByRole("region", { name: "三步开始" }).waitFor();
    await screenshot(page, "empty-workbook-zh-light-350");
    await page.getByRole("button", { name: "识别" }).click();
    await page.getByText(/^未识别为台账/).waitFor();
    expect(await page.getByRole("button", { name: "登记为台账" }).isDisabled()).toBe(true);

    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验台账" }).click();
    const refused = await page.getByRole("alert").textContent();
    expect(refused).toMatch(/^未找到台账数据：工作表“Sheet1”/);
    // Not a green “未发现问题” for nothing.
    expect(await page.getByText(/未发现问题/).count()).toBe(0);

    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "生成汇总" }).click();
    await page
      .getByRole("tabpanel")
      .getByRole("alert")
      .filter({ hasText: "未找到台账数据" })
      .waitFor();
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
    await screenshot(page, "empty-workbook-summary-refused-zh-light-350");

    // The first-run view's template button leads to 模板; the new sheet is then the one chosen.
    await page.getByRole("tab", { name: "台账识别" }).click();
    await page.getByRole("button", { name: "插入台账模板" }).click();
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText("已新建工作表“问题整改台账”。").waitFor();
    expect(await sheetNames(page)).toEqual(["Sheet1", "问题整改台账"]);
    await page.getByRole("tab", { name: "台账识别" }).click();
    expect(await page.getByLabel("工作表").inputValue()).toBe("问题整改台账");
    expectClean(s);
  });

  it("uses the sheet chosen in 台账识别 before it is registered, and says which", async () => {
    // Excel shows 填表说明 (no ledger); the clerk chose the problem ledger in the pane.
    const s = await pages.open(
      { workbook: { sheets: [NOTES, problemSeed, registrySeed], active: 0 } },
      PANE.narrow,
    );
    const { page } = s;
    await page.getByRole("button", { name: "识别" }).click();
    await page.getByText(/^未识别为台账/).waitFor();
    await screenshot(page, "non-ledger-sheet-zh-light-350");
    await page.getByLabel("工作表").selectOption(PROBLEM_SHEET);

    await page.getByRole("tab", { name: "校验" }).click();
    await page
      .getByText(`将使用工作表“${PROBLEM_SHEET}”（尚未登记，可在“台账识别”中更换）。`)
      .waitFor();
    await page.getByRole("button", { name: "校验台账" }).click();
    const summary = page.getByTestId("validation-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe("发现2个问题（已校验1张表、4行数据）。");
    // Problems are a warning, each said once in clerk words with what to type instead.
    expect(await page.locator("[data-intent=warning]").count()).toBeGreaterThan(0);
    const issues = page
      .getByRole("region", { name: "问题列表（点击定位到单元格）" })
      .getByRole("button");
    expect(await issues.allTextContents()).toEqual([
      "第7行“整改情况”：已填写“完成时间”，但状态为“未启动”，请核对。",
      "第8行“整改时限”：“2021年13月5日”无法识别为日期，请填写如 2021年3月31日。",
    ]);
    await screenshot(page, "validate-issues-zh-light-350");

    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "生成汇总" }).click();
    await page.getByText("已生成“台账汇总”、“工作提示单”。").waitFor();
    const narrative = await page.getByRole("textbox", { name: "工作简报" }).inputValue();
    expect(narrative).toMatch(/细化推进措施4条。.*。$/);
    // The 工作简报 box takes the pane's width.
    const widths = await page.evaluate(() => {
      const box = document.querySelector("textarea")!.getBoundingClientRect().width;
      return { box, pane: document.querySelector("main")!.getBoundingClientRect().width };
    });
    expect(widths.box).toBeGreaterThan(widths.pane - 40);
    // Output sheets in Chinese throughout: the slips' states as the ledger writes them.
    const slips = [2, 3, 4, 5, 6, 7, 8, 9].map((r) => cell(page, "工作提示单", r, 4));
    const states = (await Promise.all(slips)).filter((v) => typeof v === "string" && v !== "");
    expect(states.every((v) => !/^[a-z]/i.test(String(v)))).toBe(true);
    await screenshot(page, "summary-zh-light-350");
    expectClean(s);
  });

  it("lets the clerk correct a column, registers it so, and keeps the figure it showed", async () => {
    const s = await pages.open({ workbook: messyWorkbook }, PANE.narrow);
    const { page } = s;
    await page.getByRole("button", { name: "识别" }).click();
    const certainty = page.getByTestId("certainty");
    await certainty.waitFor();
    const before = await certainty.textContent();
    expect(before).toMatch(/^识别把握：(高|中)（\d+%）$/);
    // 整改时限 here holds planned dates the clerk does not want read as the deadline.
    await page.getByLabel("G 整改时限").selectOption("");
    await page
      .getByLabel("G 整改时限")
      .locator("xpath=ancestor::li")
      .getByText("已指定", { exact: true })
      .waitFor();
    expect(await certainty.textContent()).toBe(before);
    await screenshot(page, "mapping-corrected-zh-light-350");
    await page.getByRole("button", { name: "登记为台账" }).click();
    await page.getByText("已将工作表“问题整改台账”登记为“问题整改台账”。").waitFor();
    expect(await certainty.textContent()).toBe(before);
    expect((await stored(page)).ledgers?.[0]?.columns).toEqual([
      { column: 6, label: "整改时限", field: null },
    ]);
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验台账" }).click();
    await page.getByTestId("validation-summary").waitFor();
    expect(await page.getByText(/2021年13月5日/).count()).toBe(0);
    expectClean(s);
  });

  it("follows Office's dark theme, in Chinese and in English", async () => {
    for (const [lang, tag] of [
      ["zh", "zh-CN"],
      ["en", "en-US"],
    ] as const) {
      const s = await pages.open(
        { workbook: messyWorkbook, theme: "dark", displayLanguage: tag },
        PANE.narrow,
      );
      const { page } = s;
      await page.locator("[data-ready]").waitFor();
      const colours = await page.evaluate(() => ({
        html: document.documentElement.dataset["theme"],
        main: getComputedStyle(document.querySelector("main")!).backgroundColor,
        text: getComputedStyle(document.querySelector("h1")!).color,
      }));
      expect(colours.html).toBe("dark");
      expect(colours.main).toBe("rgb(41, 41, 41)");
      expect(colours.text).toBe("rgb(255, 255, 255)");
      await page.getByRole("button", { name: lang === "zh" ? "识别" : "Recognise" }).click();
      await page.getByTestId("certainty").waitFor();
      await screenshot(page, `recognised-${lang}-dark-350`);
      await page.getByRole("tab", { name: lang === "zh" ? "标识" : "Flags" }).click();
      await page
        .getByRole("region", { name: lang === "zh" ? "标识说明" : "What the flags mean" })
        .waitFor();
      await screenshot(page, `flags-legend-${lang}-dark-350`);
      expectClean(s);
      await s.close();
    }
  });

  it("fits English at 350 px: six tabs in one row, no full-width punctuation, counts that agree", async () => {
    const s = await pages.open({ workbook: messyWorkbook, displayLanguage: "en-US" }, PANE.narrow);
    const { page } = s;
    await page.locator("[data-ready]").waitFor();
    const tops = await page
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops).toHaveLength(6);
    expect(new Set(tops).size).toBe(1);
    await screenshot(page, "first-run-en-light-350");
    await page.getByRole("button", { name: "Recognise" }).click();
    await page.getByText("Header on row 3; 4 data rows.").waitFor();
    await screenshot(page, "recognised-en-light-350");
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check ledgers" }).click();
    await page.getByText("2 problems found (1 sheet, 4 rows checked).").waitFor();
    await screenshot(page, "validate-issues-en-light-350");
    await page.getByRole("tab", { name: "Summary" }).click();
    await page.getByRole("button", { name: "Generate summary" }).click();
    await page.getByText(/^Wrote “/).waitFor();
    await screenshot(page, "summary-en-light-350");
    const shown = await page.locator("main").innerText();
    // The ledger's own Chinese (sheet names, headings, cells) stays; the pane's English has no
    // full-width colon or semicolon after its words, and no “1 sheets”.
    expect(shown).not.toMatch(/[A-Za-z)”][：；]/);
    expect(shown).not.toMatch(/\b1 (sheets|rows|problems)\b/);
    expectClean(s);
  });

  it("shows a 20,000-row check by stage with counts, keeps the others waiting, and cancels", async () => {
    const s = await pages.open(
      { workbook: { sheets: [NOTES] }, bigLedger: { name: "全省问题整改台账", rows: 20_000 } },
      PANE.narrow,
    );
    const { page } = s;
    // The worker's code is held back until the test lets it through: the check is then running
    // for as long as the test needs to look at it (a real 20,000-row check takes a second or two).
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route("**/taizhang-core.*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole("tab", { name: "校验" }).click();
    await page
      .getByText("将使用工作表“全省问题整改台账”（尚未登记，可在“台账识别”中更换）。")
      .waitFor();
    const activity = page.getByTestId("activity");
    // Cancelled while it runs: nothing is written, the pane is free again.
    await page.getByRole("button", { name: "校验台账" }).click();
    await activity.getByText("正在校验：校验20,002行…").waitFor();
    await activity.getByRole("button", { name: "取消" }).click();
    await page.getByText("已取消，工作簿未做任何更改。").waitFor();
    await activity.waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: "校验台账" }).isDisabled()).toBe(false);

    // Again: named stages with counts, and another action waits rather than starting.
    await page.getByRole("button", { name: "校验台账" }).click();
    await activity.getByText("正在校验：校验20,002行…").waitFor();
    await page.getByRole("tab", { name: "台账识别" }).click();
    expect(await page.getByRole("button", { name: "识别" }).isDisabled()).toBe(true);
    expect(await activity.textContent()).toContain("正在校验：校验20,002行…");
    await screenshot(page, "progress-others-waiting-zh-light-350");
    await page.getByRole("tab", { name: "校验" }).click();
    // Let it run to the end: the whole ledger checked off the page's thread.
    release();
    await page.getByTestId("validation-summary").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("validation-summary").textContent()).toMatch(
      /（已校验1张表、20,000行数据）。$/,
    );
    expect(
      await page.getByRole("button", { name: /^显示更多（已显示100条，共1,000条）$/ }).count(),
    ).toBe(1);
    await screenshot(page, "validated-20000-rows-zh-light-350");
    expectClean(s);
  });
});
