import { describe, expect, it } from "vitest";
import type { FieldDescriptor } from "../ledgers";
import { compileField, type CellValue } from "./compileField";
import { ErrorCollector } from "./errorReport";
import { rememberKeys, reportRepeats, sheetKeys } from "./keyCheck";

/** Plans for columns A.. from descriptors; only name, title, column and unique matter here. */
function plansFor(fields: FieldDescriptor[]) {
  return fields.map((field, column) =>
    compileField(field, column, { missingValues: new Set() }, false),
  );
}

interface Row {
  rowNumber: number;
  values: Array<CellValue | null>;
  continuing?: boolean;
}

/** Remembers the rows, reports their repeats; cells read back as "text@row:column". */
function check(fields: FieldDescriptor[], primaryKey: string[], rows: Row[], limit = 1000) {
  const keys = sheetKeys(plansFor(fields), primaryKey, 4);
  for (const row of rows) rememberKeys(keys, row.values, row.rowNumber, row.continuing ?? false);
  const errors = new ErrorCollector(limit);
  reportRepeats(keys, errors, (rowNumber, column) => `text@${rowNumber}:${column}`);
  return errors.report();
}

const brief = (report: ReturnType<typeof check>) =>
  report.errors.map((e) => ({
    type: e.type,
    row: e.rowNumber,
    field: e.fieldNumber,
    name: e.fieldName,
    other: e.details?.other,
  }));

const ID: FieldDescriptor = { name: "id", title: "问题编号" };
const MEASURE: FieldDescriptor = {
  name: "measure",
  title: "整改措施",
  constraints: { unique: true },
};
const NOTE: FieldDescriptor = { name: "note", title: "备注" };

describe("unique columns", () => {
  it("reports each repeat with the first row holding the value and the cell's text", () => {
    const rows: Row[] = [
      { rowNumber: 3, values: ["P1", "措施甲", "x"] },
      { rowNumber: 4, values: ["P2", "措施乙", "x"] },
      { rowNumber: 5, values: ["P3", "措施甲", "x"] },
      { rowNumber: 7, values: ["P4", "措施乙", "y"] },
      { rowNumber: 9, values: ["P5", "措施甲", "y"] },
    ];
    const report = check([ID, MEASURE, NOTE], [], rows);
    expect(brief(report)).toEqual([
      { type: "unique-error", row: 5, field: 2, name: "measure", other: 3 },
      { type: "unique-error", row: 7, field: 2, name: "measure", other: 4 },
      { type: "unique-error", row: 9, field: 2, name: "measure", other: 3 },
    ]);
    expect(report.errors.map((e) => e.cell)).toEqual(["text@5:1", "text@7:1", "text@9:1"]);
    expect(report.errors[0]!.message.zh).toContain("整改措施");
    expect(report.errorCounts).toEqual({ "unique-error": 3 });
  });

  it("leaves out empty cells and continuing rows", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", null, null] },
      { rowNumber: 3, values: ["P1", "措施甲", null] },
      { rowNumber: 4, values: ["P1", "措施甲", null], continuing: true },
      { rowNumber: 5, values: ["P2", null, null] },
      { rowNumber: 6, values: ["P3", "措施甲", null] },
    ];
    expect(brief(check([ID, MEASURE, NOTE], [], rows))).toEqual([
      { type: "unique-error", row: 6, field: 2, name: "measure", other: 3 },
    ]);
  });

  it("tells the number 1 from the text '1'", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", 1, null] },
      { rowNumber: 3, values: ["P2", "1", null] },
      { rowNumber: 4, values: ["P3", true, null] },
      { rowNumber: 5, values: ["P4", "true", null] },
      { rowNumber: 6, values: ["P5", "1", null] },
    ];
    expect(brief(check([ID, MEASURE, NOTE], [], rows))).toEqual([
      { type: "unique-error", row: 6, field: 2, name: "measure", other: 3 },
    ]);
  });
});

describe("the primary key", () => {
  const key = ["id", "note"];

  it("repeats only when every key field is equal; an empty part means no key", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", null, "甲"] },
      { rowNumber: 3, values: ["P1", null, "乙"] },
      { rowNumber: 4, values: ["P2", null, "甲"] },
      { rowNumber: 5, values: ["P1", null, "甲"] },
      { rowNumber: 6, values: ["P1", null, null] },
      { rowNumber: 7, values: [null, null, "甲"] },
      { rowNumber: 8, values: ["P1", null, null] },
      { rowNumber: 9, values: ["P2", null, "甲"] },
      { rowNumber: 10, values: ["P1", null, 1] },
      { rowNumber: 11, values: ["P1", null, "1"] },
    ];
    const report = check([ID, MEASURE, NOTE], key, rows);
    expect(brief(report)).toEqual([
      { type: "primary-key", row: 5, field: null, name: null, other: 2 },
      { type: "primary-key", row: 9, field: null, name: null, other: 4 },
    ]);
    expect(report.errors[0]!.details?.key).toBe("P1 / 甲");
    expect(report.errors[0]!.cell).toBe("P1 / 甲");
    expect(report.errorCounts).toEqual({ "primary-key": 2 });
  });

  it("checks continuing rows, which a unique column skips", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", "措施甲", "甲"] },
      { rowNumber: 3, values: ["P1", "措施甲", "甲"], continuing: true },
    ];
    expect(brief(check([ID, MEASURE, NOTE], key, rows))).toEqual([
      { type: "primary-key", row: 3, field: null, name: null, other: 2 },
    ]);
  });

  it("is not checked when a key field has no column", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", null, "甲"] },
      { rowNumber: 3, values: ["P1", null, "甲"] },
    ];
    expect(check([ID, MEASURE, NOTE], ["id", "missing"], rows).errors).toEqual([]);
  });

  it("a one-field primary key on a unique column is reported once, as the primary key", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", "措施甲", null] },
      { rowNumber: 3, values: ["P2", "措施甲", null] },
    ];
    expect(brief(check([ID, MEASURE, NOTE], ["measure"], rows))).toEqual([
      { type: "primary-key", row: 3, field: null, name: null, other: 2 },
    ]);
  });
});

describe("repeats beyond the error cap", () => {
  // Keys are checked one after another (every unique column, then the primary key); their
  // repeats must still reach the capped list in sheet order.
  it("counts every repeat and lists the first in sheet order across keys", () => {
    // Unique repeats low in the sheet are found first (their key is checked first); the primary
    // key's repeat lies above them and must still be among the first two listed.
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", "措施甲", "甲"] },
      { rowNumber: 3, values: ["P1", "措施乙", "甲"], continuing: true },
      { rowNumber: 10, values: ["P2", "措施甲", "乙"] },
      { rowNumber: 11, values: ["P3", "措施甲", "丙"] },
      { rowNumber: 12, values: ["P4", "措施甲", "丁"] },
    ];
    const report = check([ID, MEASURE, NOTE], ["id", "note"], rows, 2);
    expect(report.errorCounts).toEqual({ "unique-error": 3, "primary-key": 1 });
    expect(report.truncated).toBe(true);
    expect(brief(report)).toEqual([
      { type: "primary-key", row: 3, field: null, name: null, other: 2 },
      { type: "unique-error", row: 10, field: 2, name: "measure", other: 2 },
    ]);
  });
});
