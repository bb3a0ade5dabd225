// The ribbon's 校验 and 生成汇总 on a real (fake) workbook: the command handlers wired to the
// same host module as the task pane, with the dialog recorded.
import { describe, expect, it } from "vitest";
import { createCommandHandlers } from "../../src/commands/registry";
import type { CommandReport } from "../../src/commands/strings";
import { excelOperations } from "./_lib/excelOperations";
import { createFakeExcel } from "../fakeExcel";
import { messyWorkbook, PROBLEM_SHEET } from "./_lib/messyLedger";

async function ribbon(sheets = messyWorkbook) {
  const fx = await createFakeExcel({ workbook: sheets });
  const ops = excelOperations(fx);
  const shown: CommandReport[] = [];
  const failures: unknown[] = [];
  const handlers = createCommandHandlers({
    lang: "zh",
    operations: () => ops,
    today: () => "2021-06-30",
    showReport: async (report) => void shown.push(report),
    reportFailure: (error) => failures.push(error),
  });
  let completions = 0;
  const event = { completed: () => void completions++ };
  return { fx, handlers, shown, failures, event, completions: () => completions };
}

describe("ribbon commands on the workbook", () => {
  it("校验 checks the active sheet when nothing is bound and reports what it found", async () => {
    const r = await ribbon();
    await r.handlers.taizhangValidate?.(r.event);
    expect(r.shown).toEqual([
      {
        title: "校验完成，发现2个问题",
        body: `已校验1张表、4行数据（“${PROBLEM_SHEET}”2个）。其中格式错误1个；未开始却有完成时间1个。`,
        hint: "点击“台账”选项卡中的“打开台账助手”可查看详情。",
      },
    ]);
    expect([r.failures, r.completions()]).toEqual([[], 1]);
  });

  it("生成汇总 writes the summary and slips and shows the briefing", async () => {
    const r = await ribbon();
    await r.handlers.taizhangSummarize?.(r.event);
    expect(r.fx.workbook.sheets.map((s) => s.name)).toEqual([
      PROBLEM_SHEET,
      "薄弱院名册",
      "台账汇总",
      "工作提示单",
    ]);
    expect(r.shown[0]?.title).toBe("已生成“台账汇总”、“工作提示单”");
    expect(r.shown[0]?.body).toMatch(/^截至2021年6月30日，/);
    expect(r.fx.workbook.findSheet("台账汇总")?.peek(1, 0)?.value).toBe(r.shown[0]?.body);
    expect(r.completions()).toBe(1);
  });

  it("生成汇总 on an empty workbook says 未找到台账数据 and writes nothing", async () => {
    const r = await ribbon({ sheets: [{ name: "Sheet1" }] });
    const before = r.fx.snapshot();
    await r.handlers.taizhangSummarize?.(r.event);
    expect(r.shown[0]?.title).toBe("汇总未生成");
    expect(r.shown[0]?.body).toMatch(/^未找到台账数据：工作表“Sheet1”/);
    expect(r.fx.snapshot()).toEqual(before);
  });

  it("生成汇总 counts as of the date the pane set for the workbook", async () => {
    const r = await ribbon();
    await excelOperations(r.fx).setAsOf("2021-03-31");
    await r.handlers.taizhangSummarize?.(r.event);
    expect(r.shown[0]?.body).toMatch(/^截至2021年3月31日，/);
  });

  it("生成汇总 on a read-only workbook says why in Chinese and changes nothing", async () => {
    const r = await ribbon({ ...messyWorkbook, readOnly: true });
    const before = r.fx.snapshot();
    await r.handlers.taizhangSummarize?.(r.event);
    expect(r.shown).toEqual([
      {
        title: "汇总未生成",
        body: "工作簿以只读方式打开，无法写入。请另存一份或以编辑方式打开后重试。",
      },
    ]);
    expect(r.fx.snapshot()).toEqual(before);
    expect(r.completions()).toBe(1);
  });
});
