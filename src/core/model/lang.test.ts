import { describe, expect, it } from "vitest";
import { langOfTag } from "./lang";

describe("langOfTag", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["fr-FR", "zh"],
    ["", "zh"],
    [null, "zh"],
    [undefined, "zh"],
  ])("%s → %s", (displayLanguage, lang) => {
    expect(langOfTag(displayLanguage)).toBe(lang);
  });
});
