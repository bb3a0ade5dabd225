import { describe, expect, it } from "vitest";
import { readLedger } from "./readLedger";
import type { SheetInput } from "../model/cell";

const HEADER = ["问题编号", "院名称", "问题描述", "责任部门", "完成时限", "进展状态", "是否销号"];
const UNITS = ["政治部", "办公室", "第一检察部"];

/** `count` rows whose unit, deadline, status and 销号 repeat and whose ids and texts do not. */
function sheetOf(count: number): SheetInput {
  const values: SheetInput["values"] = [HEADER];
  for (let i = 0; i < count; i++)
    values.push([
      `WT-${i}`,
      "阿坝县院",
      `第${i}项问题：文书不规范`,
      UNITS[i % 3]!,
      i % 2 === 0 ? "2021-05-31" : "2021-06-30",
      i % 2 === 0 ? "已完成" : "正在推进",
      i % 2 === 0 ? "是" : "否",
    ]);
  return { name: "整改台账", values };
}

describe("kept rows' cells", () => {
  const { rows } = readLedger(sheetOf(300), { kind: "problem", contextYear: 2021 });

  it("hold what each row's cells say", () => {
    rows.forEach((row, i) => {
      expect(row.cells.responsibleUnit).toEqual({
        text: UNITS[i % 3],
        raw: UNITS[i % 3],
        value: UNITS[i % 3],
      });
      expect(row.cells.deadline?.value).toBe(i % 2 === 0 ? "2021-05-31" : "2021-06-30");
      expect(row.cells.status?.value).toBe(i % 2 === 0 ? "done" : "inProgress");
      expect(row.cells.problemId?.value).toBe(`WT-${i}`);
    });
  });

  it("are one object per repeated text of a column, not one per row", () => {
    const distinct = (field: string) => new Set(rows.map((row) => row.cells[field])).size;
    expect(distinct("responsibleUnit")).toBe(3);
    expect(distinct("deadline")).toBe(2);
    expect(distinct("status")).toBe(2);
    expect(distinct("problemId")).toBe(300);
    expect(distinct("problem")).toBe(300);
  });
});

/** A 资金台账 whose 金额 and 拨付日期 are numbers, each row with its number formats. */
function fundingSheet(rows: Array<[amount: number, date: number, dateFormat: string]>): SheetInput {
  return {
    name: "资金台账",
    values: [
      ["援助单位", "受援院", "金额", "拨付日期", "用途"],
      ...rows.map(([amount, date]) => ["省院", "阿坝县院", amount, date, "办案设备"]),
    ],
    numberFormats: [
      ["", "", "", "", ""],
      ...rows.map(([, , dateFormat]) => ["", "", "0.00", dateFormat, ""]),
    ],
  };
}

describe("kept rows' number cells", () => {
  it("are one frozen object per repeated number of a column (Excel date serials)", () => {
    const { rows } = readLedger(
      fundingSheet([
        [5, 44198, "yyyy-mm-dd"],
        [5, 44288, "yyyy-mm-dd"],
        [5, 44198, "yyyy-mm-dd"],
      ]),
      { kind: "funding" },
    );
    const dates = rows.map((row) => row.cells.date!);
    expect(dates.map((d) => d.value)).toEqual(["2021-01-02", "2021-04-02", "2021-01-02"]);
    expect(dates[2]).toBe(dates[0]);
    expect(dates[0]).toEqual({ text: "44198", raw: 44198, value: "2021-01-02" });
    expect(new Set(rows.map((row) => row.cells.amount)).size).toBe(1);
    expect(Object.isFrozen(dates[0])).toBe(true);
  });

  it("cannot be changed through one row to show in another", () => {
    const { rows } = readLedger(
      fundingSheet([
        [5, 44198, "yyyy-mm-dd"],
        [5, 44198, "yyyy-mm-dd"],
      ]),
      { kind: "funding" },
    );
    const [first, second] = rows;
    expect(() => {
      (first!.cells.date as { value: unknown }).value = "2099-01-01";
    }).toThrow(TypeError);
    expect(second!.cells.date!.value).toBe("2021-01-02");
  });

  it("read a number by its own format, not by the reading of the same number in another format", () => {
    const { rows, errors } = readLedger(
      fundingSheet([
        [5, 44198, "yyyy-mm-dd"],
        [5, 44198, "0.00"],
        [5, 44198, "yyyy-mm-dd"],
      ]),
      { kind: "funding" },
    );
    expect(rows.map((row) => row.cells.date!.value)).toEqual(["2021-01-02", null, "2021-01-02"]);
    expect(errors.filter((e) => e.type === "type-error").map((e) => e.rowNumber)).toEqual([3]);
  });

  it("report a repeated bad number on every row that holds it", () => {
    const { rows, errors } = readLedger(
      fundingSheet([
        [-5, 44198, "yyyy-mm-dd"],
        [-5, 44198, "yyyy-mm-dd"],
        [-5, 44198, "yyyy-mm-dd"],
      ]),
      { kind: "funding" },
    );
    expect(rows.map((row) => row.cells.amount!.value)).toEqual([-5, -5, -5]);
    const minimum = errors.filter((e) => e.type === "constraint-error" && e.fieldName === "amount");
    expect(minimum.map((e) => e.rowNumber)).toEqual([2, 3, 4]);
  });

  it("keep -0 apart from 0", () => {
    const { rows } = readLedger(
      fundingSheet([
        [0, 44198, "yyyy-mm-dd"],
        [-0, 44198, "yyyy-mm-dd"],
      ]),
      { kind: "funding" },
    );
    expect(Object.is(rows[0]!.cells.amount!.value, 0)).toBe(true);
    expect(Object.is(rows[1]!.cells.amount!.value, -0)).toBe(true);
  });
});

describe("kept rows' text cells", () => {
  it("share one frozen object per repeated text, also for texts the parser rewrites", () => {
    // 措施１ (full-width digit) is read as 措施1: the memo's path, not the plain-text one.
    const sheet = sheetOf(4);
    for (let r = 1; r < sheet.values.length; r++) sheet.values[r]![2] = "措施１：立行立改";
    const { rows } = readLedger(sheet, { kind: "problem", contextYear: 2021 });
    const cells = rows.map((row) => row.cells.problem!);
    expect(cells[0]).toEqual({
      text: "措施１：立行立改",
      raw: "措施１：立行立改",
      value: "措施1：立行立改",
    });
    expect(new Set(cells).size).toBe(1);
    expect(Object.isFrozen(cells[0])).toBe(true);
  });

  it("have a frozen cell for each repeated plain text (unit, status)", () => {
    const { rows } = readLedger(sheetOf(6), { kind: "problem", contextYear: 2021 });
    expect(Object.isFrozen(rows[0]!.cells.responsibleUnit)).toBe(true);
    expect(Object.isFrozen(rows[0]!.cells.status)).toBe(true);
  });
});
