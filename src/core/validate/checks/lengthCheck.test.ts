import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lengthCheck } from "./lengthCheck";

describe("lengthCheck", () => {
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
