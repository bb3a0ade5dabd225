import fc from "fast-check";
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
function check(
  fields: FieldDescriptor[],
  primaryKey: string[],
  rows: Row[],
  { limit = 1000, parents = [] as string[] } = {},
) {
  const keys = sheetKeys(plansFor(fields), primaryKey, new Set(parents), 4);
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

  it("leaves out empty cells, and continuing rows in a parent field", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", null, null] },
      { rowNumber: 3, values: ["P1", "措施甲", null] },
      { rowNumber: 4, values: ["P1", "措施甲", null], continuing: true },
      { rowNumber: 5, values: ["P2", null, null] },
      { rowNumber: 6, values: ["P3", "措施甲", null] },
    ];
    expect(brief(check([ID, MEASURE, NOTE], [], rows, { parents: ["measure"] }))).toEqual([
      { type: "unique-error", row: 6, field: 2, name: "measure", other: 3 },
    ]);
  });

  it("checks a continuing row's own fields: a repeat within one problem is a repeat", () => {
    const rows: Row[] = [
      { rowNumber: 3, values: ["P1", "措施甲", null] },
      { rowNumber: 4, values: ["P1", "措施甲", null], continuing: true },
    ];
    expect(brief(check([ID, MEASURE, NOTE], [], rows, { parents: ["id"] }))).toEqual([
      { type: "unique-error", row: 4, field: 2, name: "measure", other: 3 },
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
    expect(brief(check([ID, MEASURE, NOTE], key, rows, { parents: ["measure"] }))).toEqual([
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

describe("a primary key that includes a unique column", () => {
  // Checked among that column's repeats only (the key rides along with the column's entries):
  // the errors must be those of the key checked on its own.
  it("reports the rows repeating the whole key, pointing at the first such row", () => {
    const rows: Row[] = [
      { rowNumber: 2, values: ["P1", "甲", "x"] },
      { rowNumber: 3, values: ["P2", "甲", "x"] },
      { rowNumber: 4, values: ["P1", "甲", "y"] },
      { rowNumber: 5, values: [null, "甲", "x"] },
      { rowNumber: 6, values: ["P2", "甲", null] },
      { rowNumber: 7, values: ["P3", "乙", "x"] },
      { rowNumber: 8, values: ["P3", "乙", "x"], continuing: true },
    ];
    const report = check([ID, MEASURE, NOTE], ["id", "measure"], rows, { parents: ["id"] });
    expect(brief(report)).toEqual([
      { type: "unique-error", row: 3, field: 2, name: "measure", other: 2 },
      { type: "primary-key", row: 4, field: null, name: null, other: 2 },
      { type: "unique-error", row: 4, field: 2, name: "measure", other: 2 },
      { type: "unique-error", row: 5, field: 2, name: "measure", other: 2 },
      { type: "primary-key", row: 6, field: null, name: null, other: 3 },
      { type: "unique-error", row: 6, field: 2, name: "measure", other: 2 },
      { type: "primary-key", row: 8, field: null, name: null, other: 7 },
      { type: "unique-error", row: 8, field: 2, name: "measure", other: 7 },
    ]);
    // The key's text lists its fields in the key's order, whichever field carries it.
    expect(report.errors[1]!.cell).toBe("P1 / 甲");
  });

  it("agrees with the keys checked the obvious way, carried or not", () => {
    // Few values, so that keys repeat often, and more than once.
    const value = fc.constantFrom<CellValue | null>(null, "a", "b", 1, "1", true);
    const row = fc.record({
      values: fc.tuple(value, value, value),
      continuing: fc.boolean(),
    });
    const keys = fc.constantFrom<string[]>(
      ["id", "measure"],
      ["measure", "id"],
      ["id", "measure", "note"],
      ["note", "id", "measure"],
    );
    fc.assert(
      // 整改措施 as a parent field skips continuing rows: the key is then checked on its own.
      fc.property(
        fc.array(row, { maxLength: 40, size: "max" }),
        keys,
        fc.boolean(),
        (drawn, key, parent) => {
          const rows = drawn.map((r, i) => ({ rowNumber: i + 2, ...r }));
          const parents = parent ? ["id", "measure"] : ["id"];
          const report = check([ID, MEASURE, NOTE], key, rows, { parents });
          expect(brief(report)).toEqual(obviousErrors(rows, key, parent));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * unique 整改措施 (by value; continuing rows left out when it is a parent field) and the primary
 * key (every row, by all its values), in row order, the key's error first.
 */
function obviousErrors(rows: Row[], key: string[], measureIsParent: boolean) {
  const names = ["id", "measure", "note"];
  const errors: ReturnType<typeof brief> = [];
  const firstMeasure = new Map<CellValue, number>();
  const firstKey = new Map<string, number>();
  for (const { rowNumber, values, continuing } of rows) {
    const parts = key.map((name) => values[names.indexOf(name)] ?? null);
    if (!parts.includes(null)) {
      const text = JSON.stringify(parts);
      const other = firstKey.get(text);
      if (other === undefined) firstKey.set(text, rowNumber);
      else errors.push({ type: "primary-key", row: rowNumber, field: null, name: null, other });
    }
    const measure = values[1] ?? null;
    if (measure === null || (measureIsParent && continuing)) continue;
    const other = firstMeasure.get(measure);
    if (other === undefined) firstMeasure.set(measure, rowNumber);
    else errors.push({ type: "unique-error", row: rowNumber, field: 2, name: "measure", other });
  }
  return errors;
}

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
    const report = check([ID, MEASURE, NOTE], ["id", "note"], rows, { limit: 2 });
    expect(report.errorCounts).toEqual({ "unique-error": 3, "primary-key": 1 });
    expect(report.truncated).toBe(true);
    expect(brief(report)).toEqual([
      { type: "primary-key", row: 3, field: null, name: null, other: 2 },
      { type: "unique-error", row: 10, field: 2, name: "measure", other: 2 },
    ]);
  });
});
