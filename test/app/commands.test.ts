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
        title: "校验完成：发现 2 个问题",
        body: `已校验 1 张表、4 行数据（“${PROBLEM_SHEET}”2个）。格式错误 1；未开始却有完成时间 1。请打开台账助手查看问题列表并定位到单元格。`,
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
    expect(r.shown[0]?.title).toBe("已生成汇总“台账汇总”、“工作提示单”");
    expect(r.shown[0]?.body).toMatch(/^截至2021年6月30日，/);
    expect(r.fx.workbook.findSheet("台账汇总")?.peek(1, 0)?.value).toBe(r.shown[0]?.body);
    expect(r.completions()).toBe(1);
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
