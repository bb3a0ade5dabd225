// The built task pane doing real work in (fake) Excel: a messy ledger sheet and its office
// registry are recognised and saved as ledgers, validated (an issue click selects the cell),
// and summarised; the summary sheet must exist in the page's fake workbook and no request may
// leave the serving origin.
import { describe, expect, it } from "vitest";
import { messyWorkbook, PROBLEM_SHEET, REGISTRY_SHEET } from "../app/_lib/messyLedger";
import type { FakeExcelPageConfig } from "./fakeOffice/entry";
import { useFakeExcelPages } from "./_lib/fakeExcelPage";

const pages = useFakeExcelPages();
const openInFakeExcel = (config?: FakeExcelPageConfig) => pages.open(config);

interface PageWorkbook {
  sheets: { name: string; id: string }[];
  selection: { sheetId: string; rect: unknown } | null;
  findSheet(
    name: string,
  ): { peek(r: number, c: number): { value: unknown } | undefined } | undefined;
}

/** The page's fake workbook, as the fake-office entry exposes it. */
type PageWindow = { taizhangFakeExcel: { host: { workbook: PageWorkbook } } };

describe("task pane at work in (fake) Excel", () => {
  it("recognises, binds, validates and summarises a messy ledger without leaving its origin", async () => {
    const s = await openInFakeExcel({ workbook: messyWorkbook });
    const { page } = s;

    // 台账识别: the active sheet is offered first.
    const sheetSelect = page.getByLabel("工作表");
    await page.getByText("尚未登记台账：校验、标识和汇总将使用上面选择的工作表。").waitFor();
    expect(await sheetSelect.inputValue()).toBe(PROBLEM_SHEET);
    await page.getByRole("button", { name: "识别" }).click();
    await page.getByText("识别为“问题整改台账”").waitFor();
    await page.getByText("表头在第3行，数据4行。").waitFor();
    expect(await page.getByLabel("J 联系电话").inputValue()).toBe("");
    await page.getByRole("button", { name: "登记为台账" }).click();
    await page.getByText("已将工作表“问题整改台账”登记为“问题整改台账”。").waitFor();
    await sheetSelect.selectOption(REGISTRY_SHEET);
    await page.getByRole("button", { name: "识别" }).click();
    await page.getByText("识别为“薄弱院名册”").waitFor();
    await page.getByRole("button", { name: "登记为台账" }).click();
    await page.getByText("已将工作表“薄弱院名册”登记为“薄弱院名册”。").waitFor();

    // 校验: the bound ledgers, the office names checked against the registry.
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验台账" }).click();
    await page.getByText("发现3个问题（已校验2张表、6行数据）。").waitFor();
    const issues = page
      .getByRole("region", { name: "问题列表（点击定位到单元格）" })
      .getByRole("button");
    expect(await issues.count()).toBe(3);
    const foreign = issues.filter({ hasText: "某某县院" });
    expect(await foreign.textContent()).toBe(
      "问题整改台账 · 第8行“院名称”：“某某县院”不在薄弱院名册中，请核对名称。",
    );
    await foreign.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const wb = (window as unknown as PageWindow).taizhangFakeExcel.host.workbook;
          const sheet = wb.sheets.find((x) => x.id === wb.selection?.sheetId);
          return [sheet?.name, wb.selection?.rect];
        }),
      )
      .toEqual([PROBLEM_SHEET, { top: 7, left: 1, bottom: 7, right: 1 }]);

    // 汇总: as of the workbook's date; the summary sheet is written into the workbook.
    await page.getByLabel("截至").fill("2021-06-30");
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "生成汇总" }).click();
    await page.getByText("已生成“台账汇总”、“工作提示单”。").waitFor();
    const narrative = await page.getByRole("textbox", { name: "工作简报" }).inputValue();
    expect(narrative).toMatch(/^截至2021年6月30日，/);
    const written = await page.evaluate(() => {
      const wb = (window as unknown as PageWindow).taizhangFakeExcel.host.workbook;
      return {
        sheets: wb.sheets.map((x) => x.name),
        title: wb.findSheet("台账汇总")?.peek(0, 0)?.value,
        narrative: wb.findSheet("台账汇总")?.peek(1, 0)?.value,
      };
    });
    expect(written).toEqual({
      sheets: [PROBLEM_SHEET, REGISTRY_SHEET, "台账汇总", "工作提示单"],
      title: "台账工作汇总（截至2021年6月30日）",
      narrative,
    });

    expect(s.foreignRequests(pages.origin())).toEqual([]);
    expect(s.cspViolations).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
