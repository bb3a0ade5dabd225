import { beforeAll, describe, expect, it } from "vitest";
import { readLedger, type ReadLedgerResult } from "../../src/core/read";
import { readWorkbook } from "../../src/xlsx";
import { buildWorkbook } from "./_lib/buildWorkbook";

// 2021 阿坝县院 problem ledger as offices keep it: a merged title, a 单位 line, a two-row header
// (整改情况 over 进展状态/完成时间/是否销号), one problem merged over three measures, a blank
// separator, a 合计 row and a footer.
const rows = [
  [
    "2021年阿坝县院问题整改台账",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    "填报单位：阿坝县人民检察院",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [
    "问题编号",
    "院名称",
    "问题类别",
    "存在问题",
    "原因分析",
    "整改措施",
    "责任部门",
    "责任人",
    "开始时间",
    "完成时限",
    "整改情况",
    null,
    null,
    "备注",
  ],
  [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "进展状态",
    "完成时间",
    "是否销号",
    null,
  ],
  [
    "1",
    "阿坝县院",
    "队伍",
    "年轻干警办案经验不足",
    "培训少",
    "跟班学习",
    "政治部",
    "张三",
    "2021.3.1",
    "3月底",
    "已完成（6月）",
    "2021年3月20日",
    "是",
    null,
  ],
  [
    null,
    null,
    null,
    null,
    null,
    "送训上门",
    "政治部",
    "李四",
    "2021-03-01",
    "年底前",
    "正在推进",
    null,
    "否",
    null,
  ],
  [
    null,
    null,
    null,
    null,
    null,
    "业务骨干挂职指导",
    "检委办",
    "王五",
    new Date(Date.UTC(2021, 2, 1)),
    "长期坚持",
    "未启动",
    null,
    null,
    null,
  ],
  [
    "2",
    "阿坝县检察院",
    "业务",
    "公开听证零突破",
    "意识不强",
    "开展公开听证",
    "第一检察部",
    "赵六",
    "2021/04/01",
    "2021年第三季度",
    "已销号",
    "2021.8.1",
    "是",
    "完成",
  ],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  [
    "3",
    "阿坝县院",
    "信息化",
    "系统老旧",
    "经费不足",
    "更新设备",
    "办公室",
    "钱七",
    "2021年5月",
    "某天",
    "很好",
    "2021.4.1",
    null,
    null,
  ],
  ["合计", null, null, "3个问题", null, "5条措施", null, null, null, null, null, null, null, null],
  [
    "注：完成时限按序时进度填写",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  ["填表人：张三", null, null, null, null, null, null, null, null, null, null, null, null, null],
];
const merges = [
  "A1:N1",
  "A3:A4",
  "B3:B4",
  "C3:C4",
  "D3:D4",
  "E3:E4",
  "F3:F4",
  "G3:G4",
  "H3:H4",
  "I3:I4",
  "J3:J4",
  "K3:M3",
  "N3:N4",
  "A5:A7",
  "B5:B7",
  "C5:C7",
  "D5:D7",
  "E5:E7",
];

let result: ReadLedgerResult;

beforeAll(async () => {
  const data = await buildWorkbook([
    { name: "问题台账", rows, merges, formats: { I7: "yyyy-mm-dd" } },
  ]);
  const [sheet] = await readWorkbook(data, { file: "阿坝.xlsx" });
  result = readLedger(sheet!);
});

describe("a messy problem ledger from a workbook", () => {
  it("recognises the kind and the two-row header under the title rows", () => {
    expect(result.kind).toBe("problem");
    expect(result.headerRows).toEqual([3, 4]);
    expect(result.headerRow).toBe(3);
    expect(result.contextYear).toBe(2021);
  });

  it("maps every column, grouped ones by their sub-column", () => {
    expect(Object.fromEntries(result.mapping.map((m) => [m.field, m.letter]))).toEqual({
      problemId: "A",
      office: "B",
      category: "C",
      problem: "D",
      cause: "E",
      measure: "F",
      responsibleUnit: "G",
      responsiblePerson: "H",
      startDate: "I",
      deadline: "J",
      status: "K",
      doneDate: "L",
      closed: "M",
      note: "N",
    });
    expect(result.mapping.find((m) => m.field === "status")?.label).toBe("整改情况/进展状态");
  });

  it("reads data rows only, reporting the blank, 合计 and footer rows it skipped", () => {
    expect(result.rows.map((r) => r.rowNumber)).toEqual([5, 6, 7, 8, 10]);
    expect(result.skippedRows).toEqual([
      { rowNumber: 9, reason: "blank", text: "" },
      { rowNumber: 11, reason: "total", text: "合计" },
      { rowNumber: 12, reason: "footer", text: "注：完成时限按序时进度填写" },
    ]);
  });

  it("fills the merged problem down over its three measures", () => {
    const problems = result.rows
      .slice(0, 3)
      .map((r) => [r.cells.problemId?.value, r.cells.problem?.value, r.cells.office?.value]);
    expect(problems).toEqual(Array(3).fill(["1", "年轻干警办案经验不足", "阿坝县人民检察院"]));
    expect(result.rows.map((r) => r.cells.measure?.value)).toEqual([
      "跟班学习",
      "送训上门",
      "业务骨干挂职指导",
      "开展公开听证",
      "更新设备",
    ]);
  });

  it("normalises statuses, dates, yes/no and offices while keeping the text", () => {
    const values = result.rows.map((r) => [
      r.cells.status?.value,
      r.cells.startDate?.value,
      r.cells.deadline?.value,
      r.cells.closed?.value,
    ]);
    expect(values).toEqual([
      ["done", "2021-03-01", "2021-03-31", true],
      ["inProgress", "2021-03-01", "2021-12-31", false],
      ["notStarted", "2021-03-01", null, null],
      ["closed", "2021-04-01", "2021-09-30", true],
      [null, "2021-05-31", null, null],
    ]);
    expect(result.rows[2]?.cells.deadline).toEqual({
      text: "长期坚持",
      raw: "长期坚持",
      value: null,
      openEnded: true,
    });
    expect(result.rows[0]?.cells.status?.text).toBe("已完成（6月）");
    expect(result.rows[3]?.cells.office?.value).toBe("阿坝县人民检察院");
  });

  it("reports every bad cell and rule at its physical position", () => {
    // Row 9 is a blank separator: skipped (see skippedRows), not an error in a recognised ledger.
    expect(result.errors.map((e) => [e.rowNumber, e.fieldNumber, e.type, e.cell])).toEqual([
      [10, 10, "type-error", "某天"],
      [10, 11, "type-error", "很好"],
      [10, 12, "done-before-start", "2021.4.1"],
    ]);
    expect(result.errors[0]?.message).toEqual({
      zh: "J10“完成时限”无法识别为日期：“某天”",
      en: 'J10 "完成时限": "某天" is not a valid date',
    });
    expect(result.errorCounts).toEqual({ "type-error": 2, "done-before-start": 1 });
    expect(result.valid).toBe(false);
  });

  it("produces the shared Ledger shape with roles and parent fields", () => {
    const problemId = result.fields.find((f) => f.name === "problemId");
    expect(problemId).toEqual({
      name: "problemId",
      title: "问题编号",
      role: "problemId",
      type: "string",
      parent: true,
    });
    expect(result.fields.find((f) => f.name === "status")?.type).toBe("status");
  });
});
