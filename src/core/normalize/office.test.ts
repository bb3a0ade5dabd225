import { describe, expect, it } from "vitest";
import { createOfficeRegistry, normalizeOfficeName } from "./office";
import { parseYesNo } from "./yesNo";

describe("office names", () => {
  it.each([
    ["阿坝县院", "阿坝县人民检察院"],
    ["阿坝县检察院", "阿坝县人民检察院"],
    ["阿坝县人民检察院", "阿坝县人民检察院"],
    [" 甘洛县 院 ", "甘洛县人民检察院"],
    ["省院", "省院"],
    ["成都铁路运输检察分院", "成都铁路运输检察分院"],
    ["政治部", "政治部"],
  ])("normalises %s to %s", (name, full) => {
    expect(normalizeOfficeName(name)).toBe(full);
  });

  it("finds registry names from any spelling and nothing else", () => {
    const registry = createOfficeRegistry(["阿坝县人民检察院", "响水县人民检察院"]);
    expect(registry.canonical("阿坝县院")).toBe("阿坝县人民检察院");
    expect(registry.canonical("响水县检察院")).toBe("响水县人民检察院");
    expect(registry.canonical("丰县院")).toBeNull();
  });
});

describe("parseYesNo", () => {
  it.each([
    ["是", true],
    ["√", true],
    ["✓", true],
    ["有", true],
    ["否", false],
    ["×", false],
    ["无", false],
    [true, true],
    [0, false],
  ] as const)("reads %s as %s", (cell, value) => {
    expect(parseYesNo(cell)).toEqual({ ok: true, value });
  });

  it("rejects other words", () => {
    expect(parseYesNo("也许")).toEqual({ ok: false });
  });
});
