import { describe, expect, it } from "vitest";
import { r1c1ToA1 } from "./r1c1";

describe("r1c1ToA1", () => {
  it.each([
    ["=RC5", 3, 10, "$E4"],
    ["=RC[-1]", 3, 10, "J4"],
    ["=R[1]C[1]", 0, 0, "B2"],
    ["=R2C3", 9, 9, "$C$2"],
    ["=R[-1]C2+R1C[2]", 4, 0, "$B4+C$1"],
    ["=SUM(R2C1:R[-1]C1)", 9, 3, "SUM($A$2:$A9)"],
    ["=SUM(R1:R3)", 5, 0, "SUM($1:$3)"],
    ["=COUNTA(C2)", 5, 0, "COUNTA($B:$B)"],
    ["=ROUND(RC1,2)", 1, 4, "ROUND($A2,2)"],
    ["=TODAY()-RC7", 0, 0, "TODAY()-$G1"],
  ])("%s at row %i column %i is %s", (formula, row, column, expected) => {
    expect(r1c1ToA1(formula, row, column)).toBe(expected);
  });

  it("leaves text in quotes, quoted sheet names and array constants alone", () => {
    expect(r1c1ToA1(`=IF(TRIM(RC8&"")="RC1","R1C1",'RC 表'!R1C1)`, 3, 10)).toBe(
      `IF(TRIM($H4&"")="RC1","R1C1",'RC 表'!$A$1)`,
    );
    expect(r1c1ToA1(`=ISNUMBER(MATCH(RC2,{"已完成","R[1]C"},0))`, 0, 0)).toBe(
      `ISNUMBER(MATCH($B1,{"已完成","R[1]C"},0))`,
    );
    expect(r1c1ToA1(`="say ""RC1"" twice"&RC1`, 0, 0)).toBe(`"say ""RC1"" twice"&$A1`);
  });
});
