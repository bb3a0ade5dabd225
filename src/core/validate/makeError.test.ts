import { describe, expect, it } from "vitest";
import { DOMAIN_ERROR_TYPES, FRICTIONLESS_ERROR_TYPES } from "./errorTypes";
import { makeError } from "./makeError";

// The messages are filled placeholder by placeholder (see messageValue): every placeholder of
// every type must find its value, with the position's own values before the details.

const POSITION = {
  rowNumber: 12,
  fieldNumber: 28,
  fieldName: "deadline",
  fieldTitle: "完成时限",
  cell: "某天",
};
/** Every detail any check sets, the way the checks set them. */
const DETAILS = {
  expected: "date",
  constraint: "minimum",
  limit: 0,
  reference: "office",
  other: 7,
  key: "P1 / 措施甲",
};

describe("makeError", () => {
  it.each([...FRICTIONLESS_ERROR_TYPES, ...DOMAIN_ERROR_TYPES])(
    "fills every placeholder of %s in both languages",
    (type) => {
      const error = makeError(type, { ...POSITION, details: DETAILS });
      for (const text of [error.message.zh, error.message.en]) expect(text).not.toMatch(/\{\w+\}/);
    },
  );

  it("names the type, the constraint and the ledger a detail refers to", () => {
    const typeError = makeError("type-error", { ...POSITION, details: { expected: "date" } });
    expect(typeError.message).toEqual({
      zh: "AB12“完成时限”无法识别为日期：“某天”",
      en: 'AB12 "完成时限": "某天" is not a valid date',
    });
    const details = { constraint: "minimum", limit: 0 };
    expect(makeError("constraint-error", { ...POSITION, details }).message.zh).toBe(
      "AB12“完成时限”不符合要求（不小于0）：“某天”",
    );
    const reference = makeError("foreign-key", { ...POSITION, details: { reference: "office" } });
    expect(reference.message.zh).toBe("AB12“完成时限”的值“某天”在薄弱院名册中不存在");
  });

  it("takes the position's values over details of the same name, and shows a missing one", () => {
    const details = { row: 99, cell: "别的", field: "别的" };
    const error = makeError("unique-error", { ...POSITION, fieldTitle: undefined, details });
    expect(error.message.zh).toBe("AB12“deadline”的值“某天”与第{other}行重复");
    expect(error.details).toBe(details);
  });
});
