import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/model/cell";
import { readLedger } from "../../src/core/read";
import type { TableSchemaDescriptor } from "../../src/core/ledgers";

// Offices leave blank rows between groups of problems. In a recognised ledger they are
// separators: skipped and listed, never errors. Only a table no ledger schema applies to is
// checked as Frictionless checks it without a schema, where a blank row is a `blank-row` error.

const HEADER: Cell[] = ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"];
const values: Cell[][] = [
  HEADER,
  [null, null, null, null, null],
  ["阿坝县院", "队伍老化", "招录", "2021-06-30", "已完成"],
  [null, null, null, null, null],
  ["", " ", null, "", null],
  ["甘洛县院", "经费不足", "申请", "2021-12-31", "推进中"],
  [null, null, null, null, null],
];

describe("blank separator rows", () => {
  it.each([
    ["detected as a problem ledger", {}],
    ["read with --kind problem", { kind: "problem" }],
  ])("are skipped without errors in a ledger %s", (_how, options) => {
    const result = readLedger({ name: "s", values }, options);
    expect(result.kind).toBe("problem");
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3, 6]);
    expect(result.skippedRows).toEqual([
      { rowNumber: 2, reason: "blank", text: "" },
      { rowNumber: 4, reason: "blank", text: "" },
      { rowNumber: 5, reason: "blank", text: "" },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.errorCounts).toEqual({});
    expect(result.valid).toBe(true);
  });

  it("are skipped without errors in a ledger read with a user's descriptor", () => {
    const schema: TableSchemaDescriptor = {
      name: "training",
      fields: [
        { name: "office", title: "院名称", type: "string", taizhang: { role: "office" } },
        { name: "date", title: "培训日期", type: "date", taizhang: { role: "date" } },
      ],
      taizhang: { kind: "training" },
    };
    const result = readLedger(
      {
        name: "s",
        values: [
          ["院名称", "培训日期"],
          ["阿坝县院", "2021-06-30"],
          [null, null],
          ["甘洛县院", "2021-07-01"],
        ],
      },
      { schema },
    );
    expect(result.kind).toBe("training");
    expect(result.skippedRows).toEqual([{ rowNumber: 3, reason: "blank", text: "" }]);
    expect(result.errors).toEqual([]);
  });

  it("are blank-row errors in a plain table with no ledger schema, as Frictionless reports them", () => {
    const result = readLedger({
      name: "s",
      values: [
        ["编号", "名称"],
        ["1", "a"],
        [null, null],
        ["2", "b"],
      ],
    });
    expect(result.kind).toBe("table");
    expect(result.skippedRows).toEqual([{ rowNumber: 3, reason: "blank", text: "" }]);
    expect(result.errors).toEqual([
      {
        type: "blank-row",
        rowNumber: 3,
        fieldNumber: null,
        fieldName: null,
        cell: "",
        message: { zh: "第3行为空行", en: "Row 3 is blank" },
      },
    ]);
  });
});
