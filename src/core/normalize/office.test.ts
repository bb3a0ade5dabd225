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
    // A railway procuratorate is 铁路运输检察院, never 铁路运输人民检察院.
    ["成都铁路运输检察院", "成都铁路运输检察院"],
    ["成都铁路运输院", "成都铁路运输检察院"],
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

  it("finds a registry name written with or without its city or province in front", () => {
    // Offices write 淮阴区院 where the registry says 淮安市淮阴区人民检察院, and the other way
    // round; read as strangers they were foreign-key errors and counted as a second office.
    const registry = createOfficeRegistry([
      "淮安市淮阴区人民检察院",
      "阿坝县人民检察院",
      "南京市鼓楼区人民检察院",
      "徐州市鼓楼区人民检察院",
    ]);
    expect(registry.canonical("淮阴区院")).toBe("淮安市淮阴区人民检察院");
    expect(registry.canonical("江苏省淮安市淮阴区检察院")).toBe("淮安市淮阴区人民检察院");
    expect(registry.canonical("阿坝州阿坝县人民检察院")).toBe("阿坝县人民检察院");
    expect(registry.canonical("四川省阿坝县院")).toBe("阿坝县人民检察院");
    // Two registry offices share the place name: which one is meant cannot be told.
    expect(registry.canonical("鼓楼区院")).toBeNull();
    expect(registry.canonical("徐州市鼓楼区院")).toBe("徐州市鼓楼区人民检察院");
    expect(registry.canonical("淮安市院")).toBeNull();
    expect(registry.canonical("清河区院")).toBeNull();
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
