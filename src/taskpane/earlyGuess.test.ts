// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { earlyLang } from "./earlyGuess";

describe("the pane's language before Office is ready", () => {
  it.each([
    ["?_host_Info=Excel$Win32$16.01$en-US$$$$0", "en"],
    ["?_host_Info=Excel|Win32|16.01|zh-CN|telemetry|isDialog", "zh"],
    ["?_host_Info=Excel$Win32$16.01$zh-TW$$$$0", "zh"],
  ])("reads Office's display language from %s", (search, lang) => {
    expect(earlyLang(search)).toBe(lang);
  });

  it("falls back to the webview's language without Office's query", () => {
    expect(earlyLang("")).toBe(/^en/i.test(navigator.language) ? "en" : "zh");
  });
});
