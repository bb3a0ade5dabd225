import { describe, expect, it } from "vitest";
import { readLedger } from "../../src/core/read";
import { readCsv } from "../../src/xlsx";

// Frictionless's own invalid.csv, read with no schema: the reference reports these records.
const INVALID_CSV = "id,name,,name\n1,english\n1,english\n\n2,german,1,2,3\n";

describe("the frictionless invalid.csv fixture", () => {
  it("gives the same [rowNumber, fieldNumber, type] as frictionless-py", () => {
    const result = readLedger(readCsv(INVALID_CSV, { file: "invalid.csv" }));
    expect(result.errors.map((e) => [e.rowNumber, e.fieldNumber, e.type])).toEqual([
      [null, 3, "blank-label"],
      [null, 4, "duplicate-label"],
      [2, 3, "missing-cell"],
      [2, 4, "missing-cell"],
      [3, 3, "missing-cell"],
      [3, 4, "missing-cell"],
      [4, null, "blank-row"],
      [5, 5, "extra-cell"],
    ]);
  });

  it("treats it as a plain table, since it is none of the ledgers", () => {
    const result = readLedger(readCsv(INVALID_CSV));
    expect(result.kind).toBe("table");
    expect(result.fields.map((f) => f.name)).toEqual(["id", "name", "field3", "name4"]);
    expect(result.rows.map((r) => r.cells.name?.value)).toEqual(["english", "english", "german"]);
  });
});
