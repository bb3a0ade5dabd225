import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCommandHandlers, type CommandHost } from "./registry";
import { noticeFor, type FeatureId } from "./strings";

function recordingHost(fail = false) {
  const shown: FeatureId[] = [];
  const failures: unknown[] = [];
  const host: CommandHost = {
    showNotYetAvailable: async (feature) => {
      shown.push(feature);
      if (fail) throw new Error("dialog already open");
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
    expect(Object.keys(createCommandHandlers(recordingHost().host)).sort()).toEqual(names.sort());
  });

  it.each([
    ["taizhangValidate", "validate"],
    ["taizhangSummarize", "summarize"],
  ] as const)("%s shows the %s notice and completes once", async (name, feature) => {
    const { host, shown, failures } = recordingHost();
    const event = countingEvent();
    await createCommandHandlers(host)[name]?.(event);
    expect(shown).toEqual([feature]);
    expect(failures).toEqual([]);
    expect(event.completions).toBe(1);
  });

  it("still completes, and reports why, when the notice cannot be shown", async () => {
    const { host, failures } = recordingHost(true);
    const event = countingEvent();
    await createCommandHandlers(host).taizhangValidate?.(event);
    expect(event.completions).toBe(1);
    expect(failures).toEqual([new Error("dialog already open")]);
  });
});

describe("not-yet-available notice", () => {
  it("names the feature in Chinese by default and in English", () => {
    expect(noticeFor("summarize", "zh-CN").title).toBe("“生成汇总”暂未开放");
    expect(noticeFor("validate", "en").title).toBe("“Validate” is not available yet");
    expect(noticeFor("validate", "zh-CN").ok).toBe("知道了");
  });
});
