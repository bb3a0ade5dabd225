import { describe, expect, it } from "vitest";
import { compactText, displayText, isPlainText, normalizeText } from "./normalizeText";

describe("normalizeText", () => {
  it.each([
    ["阿坝县院", "阿坝县院", "阿坝县院"],
    ["  阿坝县\n院 ", "阿坝县 院", "阿坝县院"],
    ["２０２１年　６月", "2021年 6月", "2021年6月"],
    ["已完成（6月）", "已完成(6月)", "已完成(6月)"],
  ])("%j → %j, compact %j", (text, normal, compact) => {
    expect([normalizeText(text), compactText(text)]).toEqual([normal, compact]);
  });

  it.each([
    ["措施277：细化整改举措", "措施277：细化整改举措"],
    ["措施２７７：细化（一）", "措施277：细化（一）"],
    ["  问题\n描述；原因　分析 ", "问题 描述；原因 分析"],
    ["ＡＢ－１", "AB－1"],
  ])("shows %j as %j: punctuation as typed, digits and letters half-width", (text, shown) => {
    expect(displayText(text)).toBe(shown);
  });

  // The character table stands in for /[\s\uff01-\uff5e]/: it must agree on every code unit.
  it("tells plain text exactly as the regular expression it replaces", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (isPlainText(text) === /[\s\uff01-\uff5e]/.test(text)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
