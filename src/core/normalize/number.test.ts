import { describe, expect, it } from "vitest";
import { parseNumber } from "./number";

describe("parseNumber", () => {
  it.each([
    ["4,141", {}, 4141],
    ["４１４１", {}, 4141],
    ["4141件", {}, 4141],
    ["2.61%", {}, 0.0261],
    ["１８万元", { unit: "万元" }, 18],
    ["180,000元", { unit: "万元" }, 18],
    ["18", { unit: "万元", sourceUnit: "元" }, 0.0018],
    ["180000", { unit: "万元", sourceUnit: "元" }, 18],
    ["22万元", {}, 220000],
    ["1.5亿元", { unit: "万元" }, 15000],
    ["1:1.87", {}, 1.87],
    ["-3", {}, -3],
  ] as const)("reads %s (%j) as %d", (text, context, value) => {
    expect(parseNumber(text, context)).toEqual({ ok: true, value });
  });

  it.each([
    ["约50次", 50],
    ["50余次", 50],
    ["近30人", 30],
    ["100多件", 100],
    ["约18万元", 180000],
  ])("marks %s as approximate", (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value, approximate: true });
  });

  it.each(["无", "—", "-", "空", "/", ""])("reads %j as missing", (text) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: null });
  });

  it.each(["十八", "abc", "1.2.3", "12a"])("rejects %s", (text) => {
    expect(parseNumber(text)).toEqual({ ok: false });
  });

  it("converts a number cell from the header's unit", () => {
    expect(parseNumber(180000, { unit: "万元", sourceUnit: "元" })).toEqual({
      ok: true,
      value: 18,
    });
    expect(parseNumber(18, { unit: "万元" })).toEqual({ ok: true, value: 18 });
  });

  it("requires whole numbers for integer fields", () => {
    expect(parseNumber("3.5", { integer: true })).toEqual({ ok: false });
    expect(parseNumber(108, { integer: true })).toEqual({ ok: true, value: 108 });
  });
});
