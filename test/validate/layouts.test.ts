import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/model/cell";
import { readLedger, validateSheet } from "../../src/core/read";
import { readCsv } from "../../src/xlsx";

describe("header layouts", () => {
  it("reads a two-row header from a CSV, where nothing is merged", () => {
    const csv = [
      "2021年甘洛县院问题整改台账,,,,,",
      "问题编号,院名称,问题描述,整改措施,整改情况,",
      ",,,,进展状态,完成时间",
      "1,甘洛县院,经费不足,争取专项,已完成,2021年6月",
    ].join("\n");
    const result = readLedger(readCsv(csv));
    expect(result.kind).toBe("problem");
    expect(result.headerRows).toEqual([2, 3]);
    expect(result.mapping.map((m) => [m.field, m.letter, m.label])).toEqual([
      ["problemId", "A", "问题编号"],
      ["office", "B", "院名称"],
      ["problem", "C", "问题描述"],
      ["measure", "D", "整改措施"],
      ["status", "E", "整改情况/进展状态"],
      ["doneDate", "F", "整改情况/完成时间"],
    ]);
    expect(result.rows[0]?.cells.doneDate?.value).toBe("2021-06-30");
    expect(result.errors).toEqual([]);
  });

  it("matches labels with line breaks, full-width characters, marks and units", () => {
    const values: Cell[][] = [
      ["＊院 名 称", "问题\n描述", "整改措施：", "完成时限\n（计划）", "进展状态(是否完成)"],
      ["阿坝县院", "a", "b", "2021年底", "已完成"],
    ];
    const result = readLedger({ name: "s", values });
    expect(result.mapping.map((m) => m.field)).toEqual([
      "office",
      "problem",
      "measure",
      "deadline",
      "status",
    ]);
    expect(result.rows[0]?.cells.deadline?.value).toBe("2021-12-31");
  });

  it("reports blank and duplicate header cells over columns that hold data, and keeps unknown columns", () => {
    const values: Cell[][] = [
      ["院名称", "问题描述", "整改措施", "进展状态", null, "进展状态", "督办人"],
      ["阿坝县院", "a", "b", "已完成", "x", "未完成", "张三"],
    ];
    const result = readLedger({ name: "s", values }, { kind: "problem" });
    expect(result.errors.map((e) => [e.rowNumber, e.fieldNumber, e.type])).toEqual([
      [null, 5, "blank-label"],
      [null, 6, "duplicate-label"],
    ]);
    expect(result.mapping.find((m) => m.field === "status")?.letter).toBe("D");
    expect(result.unmappedColumns).toEqual([
      { column: 6, letter: "F", label: "进展状态" },
      { column: 7, letter: "G", label: "督办人" },
    ]);
  });

  it("fills problem-level cells left blank on continuation rows, without merges", () => {
    const values: Cell[][] = [
      ["问题编号", "院名称", "问题描述", "整改措施", "进展状态"],
      ["1", "阿坝县院", "队伍老化", "招录", "已完成"],
      [null, null, null, "交流", "推进中"],
      ["2", "阿坝县院", "经费", "申请", "未启动"],
    ];
    const result = readLedger({ name: "s", values });
    expect(
      result.rows.map((r) => [
        r.rowNumber,
        r.cells.problemId?.value,
        r.cells.problem?.value,
        r.cells.measure?.value,
      ]),
    ).toEqual([
      [2, "1", "队伍老化", "招录"],
      [3, "1", "队伍老化", "交流"],
      [4, "2", "经费", "申请"],
    ]);
    expect(result.errors).toEqual([]);
  });
});

describe("context for dates", () => {
  const HEADER: Cell[] = [
    "院名称",
    "问题描述",
    "整改措施",
    "开始时间",
    "完成时限",
    "完成时间",
    "进展状态",
  ];
  const row = (start: Cell, deadline: Cell, done: Cell): Cell[] => [
    "阿坝县院",
    "a",
    "b",
    start,
    deadline,
    done,
    done === null ? "推进中" : "已完成",
  ];

  // The year of a yearless deadline: the row's start date, else the row's other full dates left
  // to right, else the title's year, else the option; never the clock.
  it.each([
    ["the row's start date", "2020年整改台账", 2019, row("2021.3.1", "3月底", null), "2021-03-31"],
    [
      "the start date over the done date",
      null,
      undefined,
      row("2021-03-01", "年底前", "2022-01-05"),
      "2021-12-31",
    ],
    [
      "the done date when the start has no year",
      null,
      undefined,
      row("3月1日", "上半年", "2022.6.1"),
      "2022-06-30",
    ],
    [
      "another full date when the start is blank",
      "2020年整改台账",
      undefined,
      row(null, "第三季度", "2023年9月1日"),
      "2023-09-30",
    ],
    [
      "the title when the row names no year",
      "2020年整改台账",
      2022,
      row(null, "3月底", null),
      "2020-03-31",
    ],
    [
      "the title when the row's only date is yearless",
      "二〇二〇年台账",
      undefined,
      row("3月1日", "年底前", null),
      "2020-12-31",
    ],
    [
      "the option when neither row nor title names a year",
      "整改台账",
      2022,
      row(null, "第三季度", null),
      "2022-09-30",
    ],
    ["an Excel serial start date", null, undefined, row(44256, "3月底", null), "2021-03-31"],
  ])("takes the year from %s", (_source, title, contextYear, data, deadline) => {
    const values: Cell[][] = title === null ? [HEADER, data] : [[title], HEADER, data];
    const options = contextYear === undefined ? {} : { contextYear };
    const result = readLedger({ name: "s", values }, options);
    expect(result.kind).toBe("problem");
    expect(result.rows[0]?.cells.deadline).toEqual({
      text: data[4],
      raw: data[4],
      value: deadline,
    });
  });

  it("gives each row its own year", () => {
    const result = readLedger(
      {
        name: "s",
        values: [
          HEADER,
          row("2021.3.1", "3月底", null),
          row("2022.1.1", "3月底", null),
          row(null, "3月底", null),
        ],
      },
      { contextYear: 2019 },
    );
    expect(result.rows.map((r) => r.cells.deadline?.value)).toEqual([
      "2021-03-31",
      "2022-03-31",
      "2019-03-31",
    ]);
    expect(result.contextYear).toBe(2019);
  });

  it("does not roll a yearless deadline over into the next year: the rule reports it", () => {
    const result = readLedger({ name: "s", values: [HEADER, row("2021.11.1", "3月底", null)] });
    expect(result.rows[0]?.cells.deadline?.value).toBe("2021-03-31");
    expect(result.errors.map((e) => [e.rowNumber, e.fieldNumber, e.type, e.cell])).toEqual([
      [2, 5, "deadline-before-start", "3月底"],
    ]);
    // The year the reader gave 3月底 is said, and the start date is written as a clerk writes it.
    expect(result.errors[0]?.message.zh).toBe(
      "第2行完成时限“3月底”（按2021年3月31日计）早于开始时间2021年11月1日",
    );
  });

  it("reports 3月底 as unreadable when nothing gives a year", () => {
    const result = readLedger({ name: "s", values: [HEADER, row(null, "3月底", null)] });
    expect(result.contextYear).toBeUndefined();
    expect(result.errors).toEqual([
      {
        type: "type-error",
        rowNumber: 2,
        fieldNumber: 5,
        fieldName: "deadline",
        cell: "3月底",
        message: {
          zh: "E2“完成时限”无法识别为日期：“3月底”",
          en: 'E2 "完成时限": "3月底" is not a valid date',
        },
        details: { expected: "date" },
      },
    ]);
  });

  it("reads serials in a 1904 workbook", () => {
    const sheet = {
      name: "s",
      date1904: true,
      values: [
        ["院名称", "问题描述", "整改措施", "完成时限", "进展状态"],
        ["阿坝县院", "a", "b", 42798, "推进中"],
      ] as Cell[][],
    };
    expect(readLedger(sheet).rows[0]?.cells.deadline?.value).toBe("2021-03-05");
  });
});

describe("validateSheet", () => {
  it("reports exactly what readLedger reports, without rows", () => {
    const values: Cell[][] = [["院名称", "问题描述", "整改措施", "完成时限", "进展状态"]];
    for (let i = 0; i < 50; i++)
      values.push([
        i % 7 ? "阿坝县院" : null,
        `问题${i}`,
        "措施",
        i % 5 ? "2021-06-30" : "某天",
        i % 3 ? "已完成" : "好",
      ]);
    const { rows, ...read } = readLedger({ name: "s", values });
    const report = validateSheet({ name: "s", values });
    expect(report).toEqual(read);
    expect(rows).toHaveLength(50);
    expect(report.rowCount).toBe(50);
  });
});
