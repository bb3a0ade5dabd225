import { describe, expect, it } from "vitest";
import { LEDGER_SCHEMAS, loadDescriptor, TaizhangError } from "../../src/core/ledgers";
import { LEDGER_KINDS, type LedgerKind } from "../../src/core/model/ledger";
import { readLedger, validateLedgers } from "../../src/core/read";
import type { Cell } from "../../src/core/model/cell";

const sheet = (values: Cell[][], name = "Sheet1") => ({ name, values });

// One header per kind, written the way offices word it (synonyms, not our titles).
const HEADERS: Record<LedgerKind, string[]> = {
  office: ["序号", "单位名称", "所属市州", "类别", "检察长", "结对先进院", "实有员额检察官"],
  problem: ["编号", "院名称", "存在问题", "原因分析", "整改措施", "责任人", "整改时限", "完成情况"],
  measure: [
    "帮扶单位",
    "受援院",
    "帮扶方式",
    "帮扶举措",
    "责任人",
    "计划完成时间",
    "进展状态",
    "帮扶成效",
  ],
  pairing: [
    "先进院",
    "薄弱院",
    "签约日期",
    "专题调研",
    "帮扶方案",
    "突出问题",
    "交流平台",
    "规范制度",
    "特色亮点",
  ],
  exchange: [
    "姓名",
    "派出单位",
    "接收单位",
    "交流方式",
    "起止时间",
    "是否业务骨干",
    "是否年轻干警",
  ],
  petition: ["编号", "反映单位", "受理日期", "反映问题", "承办处室", "办理状态", "答复日期"],
  activity: ["活动日期", "单位", "活动类型", "活动主题", "带队领导", "参加人数"],
  performance: ["院", "市州", "考评期间", "指标名称", "指标值", "指标方向"],
  funding: ["援助单位", "受援院", "援助金额（万元）", "拨付日期", "资金用途"],
  review: ["评查批次", "评查单位", "评查件数", "瑕疵件数", "不合格件数"],
};

describe("the ten shipped descriptors", () => {
  it.each(LEDGER_KINDS)("%s is a valid descriptor with roles and titles", (kind) => {
    const schema = LEDGER_SCHEMAS[kind];
    expect(loadDescriptor(schema)).toBe(schema);
    expect(schema.taizhang?.kind).toBe(kind);
    for (const field of schema.fields) {
      expect(field.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(field.title).toMatch(/[\u4e00-\u9fff]/);
      expect(field.taizhang?.role).toBeTruthy();
    }
  });

  it.each(LEDGER_KINDS)("a sheet headed like a %s ledger is read as one", (kind) => {
    const result = readLedger(sheet([["XX院台账"], HEADERS[kind]]));
    expect(result.kind).toBe(kind);
    expect(result.headerRow).toBe(2);
  });

  it("rejects a descriptor that is not one", () => {
    expect(() => loadDescriptor({ fields: [] })).toThrow(TaizhangError);
    expect(() => loadDescriptor({ fields: [{ name: "a", type: "money" }] })).toThrow(
      /unsupported type/,
    );
    expect(() => loadDescriptor({ fields: [{ name: "a" }], primaryKey: ["b"] })).toThrow(
      /primaryKey/,
    );
  });

  it("throws for an unknown kind (misuse), never for bad data", () => {
    expect(() => readLedger(sheet([["a"]]), { kind: "nope" })).toThrow(TaizhangError);
  });
});

describe("numbers, units and constraints", () => {
  it("stores funding amounts in 万元 whatever unit the sheet uses", () => {
    const values: Cell[][] = [
      ["经费援助台账", null, null],
      ["援助单位", "受援院", "金额（元）"],
      ["成都市院", "阿坝县院", 180000],
      ["德阳市院", "阿坝县院", "22万元"],
      ["铁路分院", "阿坝县院", "约50,000元"],
      ["省院", "阿坝县院", "-5"],
      ["省院", "阿坝县院", "好多"],
    ];
    const result = readLedger(sheet(values));
    expect(result.kind).toBe("funding");
    expect(result.rows.map((r) => r.cells.amount?.value)).toEqual([18, 22, 5, -0.0005, null]);
    expect(result.rows[2]?.cells.amount?.approximate).toBe(true);
    expect(result.errors.map((e) => [e.rowNumber, e.fieldNumber, e.type])).toEqual([
      [6, 3, "constraint-error"],
      [7, 3, "type-error"],
    ]);
    expect(result.errors[0]?.message.zh).toBe("C6“金额”不符合要求（不小于0）：“-5”");
  });

  it("reads a sheet-wide 单位：万元 line as the amount column's unit", () => {
    const values: Cell[][] = [
      ["单位：元"],
      ["援助单位", "受援院", "金额"],
      ["成都市院", "阿坝县院", 180000],
    ];
    expect(readLedger(sheet(values)).rows[0]?.cells.amount?.value).toBe(18);
  });

  it("reports a missing required column and blank required cells", () => {
    const result = readLedger(
      sheet([
        ["援助单位", "受援院", "拨付日期"],
        ["成都市院", null, "2021.5.1"],
      ]),
      { kind: "funding" },
    );
    expect(result.errors.map((e) => [e.rowNumber, e.fieldNumber, e.fieldName, e.type])).toEqual([
      [null, null, "amount", "missing-label"],
      [2, 2, "office", "constraint-error"],
    ]);
  });

  it("reports duplicate ids as primary-key errors and checks review counts", () => {
    const petition = readLedger(
      sheet([
        ["编号", "反映单位", "问题内容", "办理状态"],
        ["1", "阿坝县院", "缺编", "已答复"],
        ["2", "甘洛县院", "经费", "办理中"],
        ["1", "丰县院", "装备", "办理中"],
      ]),
    );
    expect(petition.errors.map((e) => [e.rowNumber, e.type, e.cell])).toEqual([
      [4, "primary-key", "1"],
    ]);
    const review = readLedger(
      sheet([
        ["批次", "院", "评查件数", "瑕疵件数", "不合格件数"],
        ["第一批", "海东市院", 100, 80, 30],
      ]),
    );
    expect(review.errors.map((e) => [e.rowNumber, e.type])).toEqual([[2, "count-exceeds-total"]]);
  });

  it("says a repeated row in a clerk's words, and does not pile a sum error on a negative total", () => {
    const review = readLedger(
      sheet([
        ["批次", "院", "评查件数", "瑕疵件数", "不合格件数"],
        ["第一批", "海东市院", 10, 1, 0],
        ["第一批", "海东市院", -3, 0, 0],
      ]),
    );
    // 主键 is a database word; -3 is already wrong, "0超过评查件数-3" says nothing more.
    expect(review.errors.map((e) => e.message.zh)).toEqual([
      "第3行（第一批 / 海东市人民检察院）与第2行重复，同一事项只应填写一行",
      "C3“评查件数”不符合要求（不小于0）：“-3”",
    ]);
  });
});

describe("foreign keys across ledgers", () => {
  const office = readLedger(
    sheet([
      ["院名称", "所属市州"],
      ["阿坝县人民检察院", "阿坝州"],
      ["甘洛县人民检察院", "凉山州"],
    ]),
    { kind: "office" },
  );
  const problem = readLedger(
    sheet([
      ["问题编号", "院名称", "问题描述", "整改措施", "进展状态"],
      ["P1", "阿坝县院", "案件质量不高", "评查", "已完成"],
      ["P2", "丰县院", "队伍老化", "招录", "未启动"],
    ]),
  );

  it("checks 院名称 against the office registry and renames to the registry's names", () => {
    const [, checked] = validateLedgers([office, problem]);
    expect(checked?.errors.map((e) => [e.rowNumber, e.fieldNumber, e.type, e.cell])).toEqual([
      [3, 2, "foreign-key", "丰县院"],
    ]);
    expect(checked?.errors[0]?.message.zh).toBe("B3“院名称”的值“丰县院”在薄弱院名册中不存在");
    expect(checked?.rows[0]?.cells.office?.value).toBe("阿坝县人民检察院");
    expect(problem.errors).toEqual([]);
  });

  it("checks a measure's 问题编号 against the problem ledger", () => {
    const measure = readLedger(
      sheet([
        ["帮扶单位", "受援院", "问题编号", "措施内容"],
        ["成都市院", "阿坝县院", "P1", "派员指导"],
        ["成都市院", "阿坝县院", "P9", "送训上门"],
      ]),
    );
    const [, , checked] = validateLedgers([office, problem, measure]);
    expect(checked?.errors.map((e) => [e.rowNumber, e.fieldName, e.type, e.cell])).toEqual([
      [3, "problemId", "foreign-key", "P9"],
    ]);
  });

  it("checks offices while reading when a registry is given", () => {
    const result = readLedger(
      sheet([
        ["院名称", "问题描述", "整改措施", "进展状态"],
        ["丰县院", "a", "b", "已完成"],
      ]),
      {
        kind: "problem",
        registry: ["阿坝县人民检察院"],
      },
    );
    expect(result.errors.map((e) => [e.rowNumber, e.type])).toEqual([[2, "foreign-key"]]);
    expect(validateLedgers([result], { registry: ["阿坝县人民检察院"] })[0]?.errors).toHaveLength(
      1,
    );
  });
});
