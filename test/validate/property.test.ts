import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, SheetInput } from "../../src/core/model/cell";
import { isMissingWord } from "../../src/core/normalize";
import { readLedger, validateSheet } from "../../src/core/read";
import { compactText } from "../../src/core/text";

// Text that looks like what sheets hold: dates, statuses, numbers, units, words, junk.
const words = [
  "2021年3月5日",
  "2021.3",
  "3月底",
  "长期坚持",
  "已完成（6月）",
  "推进中",
  "已销号",
  "未启动",
  "是",
  "否",
  "√",
  "无",
  "—",
  "18万元",
  "4,141",
  "约50",
  "阿坝县院",
  "合计",
  "注：",
  "整改措施",
  "某天",
  "２０２１－０３－０５",
  "二〇二一年",
  "第三季度",
  "1:1.87",
  "",
];
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 8 }),
  fc.string({
    unit: fc.constantFrom(..."年月日0123456789.-/至底前已未完成推进中是否万元%约余 　，"),
    maxLength: 10,
  }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 80000 }),
  fc.boolean(),
  fc.constant(null),
);
const rowsArb = fc.array(fc.array(cellArb, { maxLength: 18 }), { maxLength: 25 });
const mergeArb = fc.record({
  row: fc.nat(30),
  column: fc.nat(20),
  rowCount: fc.integer({ min: 1, max: 4 }),
  columnCount: fc.integer({ min: 1, max: 4 }),
});

const PROBLEM_HEADER: Cell[] = [
  "问题编号",
  "院名称",
  "问题类别",
  "问题描述",
  "原因分析",
  "整改措施",
  "责任部门",
  "责任人",
  "开始时间",
  "完成时限",
  "进展状态",
  "完成时间",
  "是否销号",
  "销号时间",
  "佐证材料",
  "备注",
];

function isMissingText(text: string): boolean {
  const compact = compactText(text).toLowerCase();
  return compact === "" || isMissingWord(compact);
}

describe("random sheets", () => {
  it("never make the reader throw, with or without a kind", () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.array(mergeArb, { maxLength: 4 }),
        fc.option(fc.constantFrom("problem", "funding", "office", "review")),
        fc.boolean(),
        (values, merges, kind, date1904) => {
          const sheet: SheetInput = { name: "随机", values, merges, date1904 };
          const result = readLedger(sheet, kind === null ? {} : { kind });
          expect(result.errors.length).toBeLessThanOrEqual(1000);
          expect(result.rows.length).toBeLessThanOrEqual(values.length);
          // Every placeholder of the message table is filled (the cell's own text, and a header
          // label standing as the field's name, may hold braces).
          for (const error of result.errors) {
            let message = error.message.zh.split(error.cell).join("");
            if (error.fieldName) message = message.split(error.fieldName).join("");
            expect(message).not.toMatch(/\{\w+\}/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("report every cell they cannot read, at its row and column", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(cellArb, { minLength: PROBLEM_HEADER.length, maxLength: PROBLEM_HEADER.length }),
          { minLength: 1, maxLength: 20 },
        ),
        (data) => {
          const values = [PROBLEM_HEADER, ...data];
          const result = readLedger(
            { name: "整改", values },
            { kind: "problem", contextYear: 2021 },
          );
          const reported = new Set(
            result.errors
              .filter((e) => e.type === "type-error")
              .map((e) => `${e.rowNumber}:${e.fieldNumber}`),
          );
          for (const row of result.rows) {
            for (const m of result.mapping) {
              const raw = values[row.rowNumber - 1]?.[m.column - 1] ?? null;
              const cell = row.cells[m.field];
              if (raw === null || cell === undefined || cell.value !== null || cell.openEnded)
                continue;
              if (typeof raw === "string" && isMissingText(raw)) continue;
              expect(
                reported.has(`${row.rowNumber}:${m.column}`),
                `${m.field} ${JSON.stringify(raw)}`,
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("validateSheet on random sheets", () => {
  it("reports exactly what readLedger reports", () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.array(mergeArb, { maxLength: 3 }),
        fc.constantFrom("problem", "petition", "office", "review", "funding"),
        (data, merges, kind) => {
          const sheet: SheetInput = { name: "随机", values: [PROBLEM_HEADER, ...data], merges };
          const { rows: _rows, ...read } = readLedger(sheet, { kind });
          expect(validateSheet(sheet, { kind })).toEqual(read);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the error cap", () => {
  it("keeps 1,000 records and counts them all", () => {
    const values: Cell[][] = [["援助单位", "受援院", "金额"]];
    for (let i = 0; i < 1500; i++) values.push(["成都市院", "阿坝县院", "很多"]);
    const result = readLedger({ name: "经费", values }, { kind: "funding" });
    expect(result.errors).toHaveLength(1000);
    expect(result.errorCounts).toEqual({ "type-error": 1500 });
    expect(result.truncated).toBe(true);
    expect(result.errors[999]?.rowNumber).toBe(1001);
  });
});
