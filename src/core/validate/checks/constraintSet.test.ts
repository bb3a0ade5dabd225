import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileConstraints, constraintBreaks, surelyMeets } from "./constraintSet";

/** The one length break a value gives, or null. */
function lengthCheck(constraints: { minLength?: number; maxLength?: number }) {
  const set = compileConstraints(constraints)!;
  return (value: string | number) => constraintBreaks(set, value)?.[0] ?? null;
}

describe("minLength / maxLength", () => {
  const check = lengthCheck({ minLength: 2, maxLength: 4 })!;

  it.each([
    ["阿", { constraint: "minLength", limit: 2 }],
    ["阿坝", null],
    ["阿坝县院", null],
    ["阿坝县人民检察院", { constraint: "maxLength", limit: 4 }],
    ["𠀀𠀀𠀀𠀀", null],
    ["𠀀𠀀𠀀𠀀𠀀", { constraint: "maxLength", limit: 4 }],
    ["𠀀", { constraint: "minLength", limit: 2 }],
    [12345, { constraint: "maxLength", limit: 4 }],
  ])("%s → %j", (value, broken) => {
    expect(check(value)).toEqual(broken);
  });

  it("counts characters as the spread of the string does, on any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 12 }),
        fc.nat(8),
        fc.nat(8),
        (text, a, b) => {
          const [minLength, maxLength] = [Math.min(a, b), Math.max(a, b)];
          const length = [...text].length;
          const expected =
            length < minLength
              ? { constraint: "minLength", limit: minLength }
              : length > maxLength
                ? { constraint: "maxLength", limit: maxLength }
                : null;
          expect(lengthCheck({ minLength, maxLength })!(text)).toEqual(expected);
        },
      ),
    );
  });
});

describe("constraintBreaks", () => {
  it("is undefined for a field without value constraints", () => {
    expect(compileConstraints({ required: true, unique: true })).toBeUndefined();
  });

  it.each<[object, string | number | boolean, string[]]>([
    [{ enum: ["政治", "业务"] }, "业务", []],
    [{ enum: ["政治", "业务"] }, "其他", ["enum"]],
    [{ enum: [1, 2] }, 2, []],
    [{ minimum: "2021-01-01", maximum: "2021-12-31" }, "2021-06-30", []],
    [{ minimum: "2021-01-01", maximum: "2021-12-31" }, "2020-12-31", ["minimum"]],
    [{ minimum: "2021-01-01", maximum: "2021-12-31" }, "2022-01-01", ["maximum"]],
    [{ minimum: 0, maximum: 100 }, 101, ["maximum"]],
    [{ minimum: 0 }, true, []],
    [{ pattern: "P\\d+" }, "P12", []],
    [{ pattern: "P\\d+" }, "xP12", ["pattern"]],
    [{ pattern: "(" }, "anything", ["pattern"]],
    [{ pattern: "P\\d+", maxLength: 3 }, "第1个问题", ["pattern", "maxLength"]],
  ])("%j on %j breaks %j", (constraints, value, names) => {
    const set = compileConstraints(constraints)!;
    expect((constraintBreaks(set, value) ?? []).map((b) => b.constraint)).toEqual(names);
  });
});

describe("surelyMeets", () => {
  const sets = [
    { enum: ["政治", "业务"] },
    { pattern: "P\\d+" },
    { minimum: "2021-01-01", maximum: "2021-12-31" },
    { maxLength: 4 },
    { enum: ["政治"], maxLength: 1 },
  ].map((c) => [c, compileConstraints(c)!] as const);

  it("never says a text meets its constraints when constraintBreaks finds one broken", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom("政治", "业务", "P12", "2021-06-30", "2022-01-01", "阿坝县人民检察院"),
        ),
        (text) => {
          for (const [, set] of sets)
            if (surelyMeets(set, text)) expect(constraintBreaks(set, text)).toBeNull();
        },
      ),
    );
  });

  it("decides the usual one-constraint columns without the full check", () => {
    expect(sets.map(([, set]) => surelyMeets(set, "政治"))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(surelyMeets(sets[1]![1], "P12")).toBe(true);
    expect(surelyMeets(sets[2]![1], "2021-06-30")).toBe(true);
  });
});
