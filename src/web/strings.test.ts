import { describe, expect, it } from "vitest";
import { counted, format, resultName, webStrings, type WebStringKey } from "./strings";

describe("the browser page's texts", () => {
  it("names the download after the original, whatever it was", () => {
    expect(resultName("阿坝州台账.xlsx")).toBe("阿坝州台账（台账助手）.xlsx");
    expect(resultName("问题整改.2021.csv")).toBe("问题整改.2021（台账助手）.xlsx");
    expect(resultName("无扩展名")).toBe("无扩展名（台账助手）.xlsx");
  });

  it("has every text in both languages, English without full-width punctuation", () => {
    expect(Object.keys(webStrings.en).sort()).toEqual(Object.keys(webStrings.zh).sort());
    for (const [key, text] of Object.entries(webStrings.en))
      expect(text, key).not.toMatch(/[，。：；（）！？、]/);
    for (const [key, text] of Object.entries(webStrings.zh)) expect(text, key).not.toBe("");
  });

  it("fills the same blanks in both languages", () => {
    const blanks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(webStrings.zh))
      expect(blanks(webStrings.en[key as WebStringKey]), key).toEqual(blanks(zh));
  });

  it("words the consolidation's registry, last period and choices in Chinese first", () => {
    const zh = webStrings.zh;
    expect(format(zh.mergeMissing, { count: "2", offices: "甲院、乙院" })).toBe(
      "名册中2个院未报送：甲院、乙院。",
    );
    expect(format(zh.mergeSamePrevious, { file: "甲.xlsx", others: "甲-5月.xlsx" })).toBe(
      "“甲.xlsx”与上期“甲-5月.xlsx”内容完全相同，可能重复报送了上期文件。",
    );
    expect(
      format(webStrings.en.mergeMissing, {
        count: counted("en", 1, "office", "offices"),
        offices: "Jia",
      }),
    ).toBe("1 office of the registry sent nothing: Jia.");
    for (const key of [
      "mergeRegistryLabel",
      "mergeChooseRegistry",
      "mergePreviousLabel",
      "mergeChoosePrevious",
      "mergeClear",
      "mergeNoneChosen",
      "dueSoonDays",
      "mergeAllSent",
      "mergeNoRegistry",
    ] as const)
      expect(zh[key], key).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
  });

  it("counts as each language does", () => {
    expect(counted("zh", 12000, "row", "rows")).toBe("12,000");
    expect(counted("en", 1, "ledger", "ledgers")).toBe("1 ledger");
    expect(counted("en", 2, "ledger", "ledgers")).toBe("2 ledgers");
  });
});
