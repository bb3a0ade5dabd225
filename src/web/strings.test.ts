import { describe, expect, it } from "vitest";
import { counted, resultName, webStrings } from "./strings";

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

  it("counts as each language does", () => {
    expect(counted("zh", 12000, "row", "rows")).toBe("12,000");
    expect(counted("en", 1, "ledger", "ledgers")).toBe("1 ledger");
    expect(counted("en", 2, "ledger", "ledgers")).toBe("2 ledgers");
  });
});
