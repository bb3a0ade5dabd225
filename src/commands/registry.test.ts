import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TaizhangError } from "../excel/error";
import type { LedgerOperations, SummaryOutcome } from "../app/operations";
import type { Validation } from "../app/validation";
import { createCommandHandlers, type CommandHost } from "./registry";
import type { CommandReport } from "./strings";

const VALIDATION: Validation = {
  ledgers: [{ sheet: "问题整改", kind: "problem", rows: 12, errors: 3, bound: true }],
  issues: [],
  counts: { "type-error": 2, "foreign-key": 1 },
  truncated: false,
};

const SUMMARY: SummaryOutcome = {
  sheets: ["台账汇总", "工作提示单"],
  notes: [],
  figures: {
    asOf: "2021-06-30",
    headline: [{ label: "问题", value: "3" }],
    narrative: "截至2021年6月30日，共查找问题3个。",
    reminderSlips: 1,
  },
};

/** Operations that fail closed: a command calling anything but what the test allows throws. */
function operations(allowed: Partial<LedgerOperations>): LedgerOperations {
  return new Proxy(allowed as LedgerOperations, {
    get(target, key: string) {
      const value = (target as unknown as Record<string, unknown>)[key];
      if (value === undefined) throw new Error(`unexpected operation ${key}`);
      return value;
    },
  });
}

function recordingHost(ops: Partial<LedgerOperations>, options: { dialogFails?: boolean } = {}) {
  const shown: CommandReport[] = [];
  const failures: unknown[] = [];
  const host: CommandHost = {
    lang: "zh",
    operations: () => operations(ops),
    today: () => "2021-06-30",
    showReport: async (report) => {
      shown.push(report);
      if (options.dialogFails) throw new Error("dialog already open");
    },
    reportFailure: (error) => failures.push(error),
  };
  return { host, shown, failures };
}

function countingEvent() {
  const event = { completions: 0, completed: () => void event.completions++ };
  return event;
}

describe("ribbon commands", () => {
  it("registers exactly the functions the manifest's buttons call", () => {
    const manifest = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(Object.keys(createCommandHandlers(recordingHost({}).host)).sort()).toEqual(names.sort());
  });

  it("校验 validates and reports the counts by type, then completes once", async () => {
    const { host, shown, failures } = recordingHost({ validate: async () => VALIDATION });
    const event = countingEvent();
    await createCommandHandlers(host).taizhangValidate?.(event);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toEqual({
      title: "校验完成，发现3个问题",
      body: "已校验1张表、12行数据（“问题整改”3个）。其中格式错误2个；引用不存在1个。",
      hint: "点击“台账”选项卡中的“打开台账助手”可查看详情。",
    });
    expect(failures).toEqual([]);
    expect(event.completions).toBe(1);
  });

  it("生成汇总 summarises as of today (chosen here) and shows the briefing", async () => {
    const calls: unknown[] = [];
    const { host, shown } = recordingHost({
      listSheets: async () => ({ sheets: ["问题整改"], active: "问题整改", bound: [] }),
      summarize: async (choice) => {
        calls.push(choice);
        return SUMMARY;
      },
    });
    const event = countingEvent();
    await createCommandHandlers(host).taizhangSummarize?.(event);
    expect(calls).toEqual([{ asOf: "2021-06-30", scheme: "flags", dueSoonDays: 7, slips: true }]);
    expect(shown).toEqual([
      {
        title: "已生成“台账汇总”、“工作提示单”",
        body: "截至2021年6月30日，共查找问题3个。",
        hint: "点击“台账”选项卡中的“打开台账助手”可查看详情。",
      },
    ]);
    expect(event.completions).toBe(1);
  });

  it("summarises as of the date the workbook keeps, when it keeps one", async () => {
    const dates: string[] = [];
    const { host } = recordingHost({
      listSheets: async () => ({
        sheets: ["问题整改"],
        active: "问题整改",
        bound: [],
        asOf: "2021-03-31",
      }),
      summarize: async (choice) => {
        dates.push(choice.asOf);
        return SUMMARY;
      },
    });
    await createCommandHandlers(host).taizhangSummarize?.(countingEvent());
    expect(dates).toEqual(["2021-03-31"]);
  });

  it("speaks English without “1 sheets” or full-width colons", async () => {
    const { host, shown } = recordingHost({ validate: async () => VALIDATION });
    await createCommandHandlers({ ...host, lang: "en" }).taizhangValidate?.(countingEvent());
    expect(shown[0]?.title).toBe("Checked: 3 problems found");
    expect(shown[0]?.body).toMatch(/^Checked 1 sheet, 12 rows \(/);
    expect(JSON.stringify(shown[0])).not.toMatch(/[：；，]/);
  });

  it("summarises with the scheme the bound ledgers were flagged with", async () => {
    const schemes: string[] = [];
    const { host } = recordingHost({
      listSheets: async () => ({
        sheets: ["问题整改"],
        active: "问题整改",
        bound: [
          {
            sheet: "问题整改",
            kind: "problem",
            kindTitle: "问题整改台账",
            scheme: "lights",
            flagged: true,
          },
        ],
      }),
      summarize: async (choice) => {
        schemes.push(choice.scheme);
        return SUMMARY;
      },
    });
    await createCommandHandlers(host).taizhangSummarize?.(countingEvent());
    expect(schemes).toEqual(["lights"]);
  });

  it("shows a refusal as its Chinese message, never a stack", async () => {
    const { host, shown, failures } = recordingHost({
      listSheets: async () => ({ sheets: [], active: "问题整改", bound: [] }),
      summarize: async () => {
        throw new TaizhangError("sheetProtected", "问题整改");
      },
    });
    const event = countingEvent();
    await createCommandHandlers(host).taizhangSummarize?.(event);
    expect(shown).toEqual([
      { title: "汇总未生成", body: new TaizhangError("sheetProtected", "问题整改").zh },
    ]);
    expect(shown[0]?.body).not.toMatch(/at \w+ \(/);
    expect(failures).toEqual([]);
    expect(event.completions).toBe(1);
  });

  it("still completes, and reports why, when the dialog cannot be shown", async () => {
    const { host, failures } = recordingHost(
      { validate: async () => VALIDATION },
      { dialogFails: true },
    );
    const event = countingEvent();
    await createCommandHandlers(host).taizhangValidate?.(event);
    expect(event.completions).toBe(1);
    expect(failures).toEqual([new Error("dialog already open")]);
  });
});
