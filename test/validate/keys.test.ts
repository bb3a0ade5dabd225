import { describe, expect, it } from "vitest";
import { LEDGER_SCHEMAS, type TableSchemaDescriptor } from "../../src/core/ledgers";
import type { Cell } from "../../src/core/model/cell";
import { readLedger, validateSheet } from "../../src/core/read";

// End to end: a 3,000-row problem ledger with unique 整改措施 and the primary key
// (问题编号, 整改措施), repeats placed at known rows above and below row 2,000, and 1,500 bad dates
// so that the 1,000-error list is cut. The expectation is worked out here from the generated rows,
// by the rules as the domain states them, not by the core.

const ROWS = 3000;
const HEADER = ["问题编号", "院名称", "问题描述", "整改措施", "开始时间"];
const MEASURE_COLUMN = 4;
const START_COLUMN = 5;

function keySchema(): TableSchemaDescriptor {
  const schema = structuredClone(LEDGER_SCHEMAS.problem);
  for (const field of schema.fields)
    if (field.name === "measure") field.constraints = { ...field.constraints, unique: true };
  schema.primaryKey = ["problemId", "measure"];
  schema.name = "keys-problem";
  return schema;
}

interface Generated {
  id: string;
  measure: string;
  /** 问题编号, 院名称 and 问题描述 left empty: the row continues the problem above. */
  continuing: boolean;
  badDate: boolean;
}

/** Data index → the earlier index whose 整改措施 (and, for a key repeat, 问题编号) it copies. */
const MEASURE_REPEATS = new Map([
  [1, 0],
  [2, 0],
  [40, 10],
  [2100, 5],
  [2600, 1500],
]);
const KEY_REPEATS = new Map([
  [7, 3],
  [2200, 2199],
  [2999, 0],
]);
/**
 * Continuing rows that repeat the 整改措施 of the row above: a key repeat (问题编号 is the problem
 * above's) and a unique one (整改措施 is the row's own, not a parent field).
 */
const CONTINUING_REPEATS = new Set([60, 2400]);
const EMPTY_MEASURE = new Set([100, 2300]);

function generate(): Generated[] {
  const rows: Generated[] = [];
  for (let i = 0; i < ROWS; i++) {
    const row: Generated = {
      id: `P${i + 1}`,
      measure: `措施${i}`,
      continuing: false,
      badDate: i % 2 === 1,
    };
    const measureFrom = MEASURE_REPEATS.get(i);
    if (measureFrom !== undefined) row.measure = rows[measureFrom]!.measure;
    const keyFrom = KEY_REPEATS.get(i);
    if (keyFrom !== undefined) {
      row.id = rows[keyFrom]!.id;
      row.measure = rows[keyFrom]!.measure;
    }
    if (CONTINUING_REPEATS.has(i)) {
      row.continuing = true;
      row.id = rows[i - 1]!.id;
      row.measure = rows[i - 1]!.measure;
    }
    if (EMPTY_MEASURE.has(i)) row.measure = "";
    rows.push(row);
  }
  return rows;
}

function sheetValues(rows: Generated[]): Cell[][] {
  return [
    HEADER,
    ...rows.map((row, i) => [
      row.continuing ? "" : row.id,
      row.continuing ? "" : "阿坝县人民检察院",
      row.continuing ? "" : `问题${i}`,
      row.measure,
      row.badDate ? "某天" : "2021-03-01",
    ]),
  ];
}

type Expected = [type: string, row: number, field: number | null, other: number | null];

/** Every error the rows hold, in sheet order (row, then column; whole-row errors first). */
function expectedErrors(rows: Generated[]): Expected[] {
  const firstMeasure = new Map<string, number>();
  const firstKey = new Map<string, number>();
  const errors: Expected[] = [];
  rows.forEach((row, i) => {
    const rowNumber = i + 2;
    if (row.measure === "") errors.push(["constraint-error", rowNumber, MEASURE_COLUMN, null]);
    else {
      const key = `${row.id}\u0000${row.measure}`;
      const keyOther = firstKey.get(key);
      if (keyOther === undefined) firstKey.set(key, rowNumber);
      else errors.push(["primary-key", rowNumber, null, keyOther]);
      const other = firstMeasure.get(row.measure);
      if (other === undefined) firstMeasure.set(row.measure, rowNumber);
      else errors.push(["unique-error", rowNumber, MEASURE_COLUMN, other]);
    }
    if (row.badDate) errors.push(["type-error", rowNumber, START_COLUMN, null]);
  });
  return errors.sort((a, b) => a[1] - b[1] || (a[2] ?? 0) - (b[2] ?? 0));
}

describe("unique and primary-key repeats in a sheet past the error cap", () => {
  const rows = generate();
  const values = sheetValues(rows);
  const expected = expectedErrors(rows);
  const count = (type: string) => expected.filter((e) => e[0] === type).length;

  it.each([
    ["validateSheet", () => validateSheet({ name: "keys", values }, { schema: keySchema() })],
    ["readLedger", () => readLedger({ name: "keys", values }, { schema: keySchema() })],
  ])("%s counts every repeat and lists the first 1,000 errors in sheet order", (_name, run) => {
    const report = run();
    // The placements are what the test is about: make sure the sheet holds them.
    expect(count("unique-error")).toBe(10);
    expect(count("primary-key")).toBe(5);
    expect(expected.length).toBeGreaterThan(1500);

    expect(report.errorCounts["unique-error"]).toBe(count("unique-error"));
    expect(report.errorCounts["primary-key"]).toBe(count("primary-key"));
    expect(report.errorCounts["type-error"]).toBe(count("type-error"));
    expect(report.truncated).toBe(true);
    const listed = report.errors.map((e): Expected => [
      e.type,
      e.rowNumber!,
      e.fieldNumber,
      typeof e.details?.other === "number" ? e.details.other : null,
    ]);
    expect(listed).toEqual(expected.slice(0, 1000));
    // Repeats below row 2,000 are counted but fall beyond the list.
    expect(listed.at(-1)![1]).toBeLessThan(2100);
  });
});
