import { describe, expect, it } from "vitest";
import { LEDGER_SCHEMAS } from "../../../src/core/ledgers";
import { LEDGER_KINDS } from "../../../src/core/model/ledger";
import {
  STATUS_CHOICES,
  TEMPLATE_BODY_ROWS,
  templatePlan,
} from "../../../src/core/plan/templatePlan";

describe("templatePlan", () => {
  it.each(LEDGER_KINDS)("%s: title, note, header as a named table, frozen header", (kind) => {
    const descriptor = LEDGER_SCHEMAS[kind];
    const plan = templatePlan(descriptor);
    expect(plan.sheets).toHaveLength(1);
    const sheet = plan.sheets[0]!;
    expect(sheet.mode).toBe("create");
    expect(sheet.name).toBe(descriptor.title);
    expect(sheet.blocks[0]!.values).toEqual([[descriptor.title]]);
    expect(String(sheet.blocks[1]!.values[0]![0])).toMatch(/^填表说明/);
    expect(sheet.blocks[2]!.values[0]).toEqual(descriptor.fields.map((f) => f.title ?? f.name));
    expect(sheet.tables).toEqual([
      {
        name: `${descriptor.title}_表`,
        area: {
          row: 2,
          column: 0,
          rowCount: TEMPLATE_BODY_ROWS + 1,
          columnCount: descriptor.fields.length,
        },
        style: "TableStyleLight9",
      },
    ]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(sheet.widths).toHaveLength(descriptor.fields.length);
    // Every date column gets a date check with a Chinese alert.
    descriptor.fields.forEach((field, column) => {
      if (field.type !== "date") return;
      const v = sheet.validations.find((x) => x.area.column === column);
      expect(v?.rule.kind).toBe("date");
      expect(v?.errorMessage).toContain("请填写日期");
    });
  });

  it("offers dropdowns from enums, status words and yes/no, and number checks", () => {
    const problem = templatePlan(LEDGER_SCHEMAS.problem).sheets[0]!;
    const statusColumn = LEDGER_SCHEMAS.problem.fields.findIndex((f) => f.name === "status");
    expect(problem.validations.find((v) => v.area.column === statusColumn)?.rule).toEqual({
      kind: "list",
      values: STATUS_CHOICES,
    });
    const closedColumn = LEDGER_SCHEMAS.problem.fields.findIndex((f) => f.name === "closed");
    expect(problem.validations.find((v) => v.area.column === closedColumn)?.rule).toEqual({
      kind: "list",
      values: ["是", "否"],
    });

    const performance = templatePlan(LEDGER_SCHEMAS.performance).sheets[0]!;
    const direction = LEDGER_SCHEMAS.performance.fields.findIndex((f) => f.name === "direction");
    expect(performance.validations.find((v) => v.area.column === direction)?.rule).toEqual({
      kind: "list",
      values: ["越高越好", "越低越好"],
    });

    const review = templatePlan(LEDGER_SCHEMAS.review).sheets[0]!;
    const reviewed = LEDGER_SCHEMAS.review.fields.findIndex((f) => f.name === "reviewed");
    const rule = review.validations.find((v) => v.area.column === reviewed);
    expect(rule?.rule).toEqual({ kind: "number", integer: true, min: 0 });
    expect(rule?.errorMessage).toContain("整数");
  });

  it("formats text columns as text and amounts with two decimals", () => {
    const funding = templatePlan(LEDGER_SCHEMAS.funding).sheets[0]!;
    const amount = LEDGER_SCHEMAS.funding.fields.findIndex((f) => f.name === "amount");
    expect(
      funding.styles.find((s) => s.area.column === amount && s.numberFormat)?.numberFormat,
    ).toBe("0.00");
    const first = funding.styles.find((s) => s.area.column === 0 && s.area.row === 3);
    expect(first?.numberFormat).toBe("@");
  });

  it("names a user's own descriptor safely", () => {
    const plan = templatePlan({ title: "自定义/台账:1", fields: [{ name: "a", title: "事项" }] });
    expect(plan.sheets[0]!.name).toBe("自定义_台账_1");
    expect(plan.sheets[0]!.tables[0]!.name).toBe("自定义_台账_1_表");
  });

  it("keeps every alert within Excel's limits and sets no list Excel would split", () => {
    // 42 items of five characters: a 251-character list, under the 255 a list source allows, but
    // a longer message than an alert may show.
    const many = Array.from({ length: 42 }, (_, i) => `类别${String(i).padStart(3, "0")}`);
    const plan = templatePlan({
      title: "自定义台账",
      fields: [
        { name: "kind", title: "问题类别", constraints: { enum: many } },
        { name: "unit", title: "单位", constraints: { enum: ["省院,市院", "县院"] } },
      ],
    });
    const sheet = plan.sheets[0]!;
    for (const v of sheet.validations) {
      expect([...v.errorTitle].length).toBeLessThanOrEqual(32);
      expect([...v.errorMessage].length).toBeLessThanOrEqual(224);
    }
    const kindRule = sheet.validations.find((v) => v.area.column === 0)!;
    expect(kindRule.errorMessage.endsWith("…")).toBe(true);
    expect(sheet.validations.find((v) => v.area.column === 1)).toBeUndefined();
    expect(plan.notes.map((n) => n.key)).toContain("listComma");
  });

  it.each(LEDGER_KINDS)("%s: date rules name ISO dates, as Excel requires", (kind) => {
    for (const v of templatePlan(LEDGER_SCHEMAS[kind]).sheets[0]!.validations) {
      if (v.rule.kind !== "date") continue;
      expect(v.rule.min).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(v.rule.max).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
