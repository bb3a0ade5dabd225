import { describe, expect, it } from "vitest";
import { format, strings } from "./index";

describe("strings", () => {
  it("has the same keys and placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const zh = strings.zh;
    const en = strings.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{set} {version}（{x}）", { set: "ExcelApi", version: "1.6" })).toBe(
      "ExcelApi 1.6（{x}）",
    );
  });
});
