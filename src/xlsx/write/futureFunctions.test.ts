import { describe, expect, it } from "vitest";
import { fileFormula } from "./futureFunctions";

describe("formulas as a file stores them", () => {
  it("calls Excel 2010+ functions under _xlfn., older ones as they are", () => {
    expect(fileFormula('SUBSTITUTE(A1,UNICHAR(160),"")')).toBe(
      'SUBSTITUTE(A1,_xlfn.UNICHAR(160),"")',
    );
    expect(fileFormula("IFS(A1>1,1,TRUE,0)+ifna(B1,0)")).toBe(
      "_xlfn.IFS(A1>1,1,TRUE,0)+_xlfn.IFNA(B1,0)",
    );
    expect(fileFormula("FILTER(A1:A3,B1:B3)")).toBe("_xlfn._xlws.FILTER(A1:A3,B1:B3)");
    expect(fileFormula("IFERROR(SUMPRODUCT(--(A1=B1:B3)),0)")).toBe(
      "IFERROR(SUMPRODUCT(--(A1=B1:B3)),0)",
    );
  });

  it("leaves text, sheet names, names without a call and prefixed calls alone", () => {
    expect(fileFormula("IF(A1=\"UNICHAR(1)\",'SORT(x)'!A1,0)")).toBe(
      "IF(A1=\"UNICHAR(1)\",'SORT(x)'!A1,0)",
    );
    expect(fileFormula('"say ""IFS("" here"&UNICHAR(10)')).toBe(
      '"say ""IFS("" here"&_xlfn.UNICHAR(10)',
    );
    expect(fileFormula("SORT+1")).toBe("SORT+1");
    expect(fileFormula("_xlfn.UNICHAR(160)")).toBe("_xlfn.UNICHAR(160)");
  });
});
