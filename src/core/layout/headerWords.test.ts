import { describe, expect, it } from "vitest";
import { LEDGER_SCHEMAS } from "../ledgers";
import { mapColumns } from "./mapColumns";
import { compileFieldKeys, labelKey } from "./matchLabel";
import { isCountLabel, matchKey } from "./headerWords";

/** The field a lone label maps to in a ledger kind (undefined: none). */
function fieldOf(kind: keyof typeof LEDGER_SCHEMAS, label: string): string | undefined {
  const keys = compileFieldKeys(LEDGER_SCHEMAS[kind]);
  const [mapped] = mapColumns([{ column: 0, text: label, keys: [labelKey(label)] }], keys);
  return mapped?.field;
}

describe("header word classes", () => {
  it.each([
    ["所属领域", "方面"],
    ["所在院", "院"],
    ["是否35岁以下", "35岁以下"],
    ["牵头科室", "责任部门"],
    ["负责人", "责任人"],
    ["落实情况", "落实状态"],
    ["到位日期", "到位时间"],
    ["成因分析", "原因分析"],
    ["问题成因", "问题原因"],
    ["是否", "是否"],
    ["情况说明", "情况说明"],
  ])("compares %s as %s", (key, form) => {
    expect(matchKey(key)).toBe(form);
  });

  // The headers the issue met in real ledgers, and others of the same classes it did not list.
  it.each<[keyof typeof LEDGER_SCHEMAS, string, string]>([
    ["problem", "所属领域", "category"],
    ["problem", "责任科室", "responsibleUnit"],
    ["problem", "牵头科室", "responsibleUnit"],
    ["problem", "成因分析", "cause"],
    ["problem", "所在院", "office"],
    ["problem", "落实情况", "status"],
    ["problem", "牵头领导", "responsiblePerson"],
    ["exchange", "交流时间", "startDate"],
    ["exchange", "是否35岁以下", "young"],
    ["exchange", "到位时间", "startDate"],
    // Not in the issue: siblings of the same classes.
    ["problem", "牵头处室", "responsibleUnit"],
    ["problem", "主责部门", "responsibleUnit"],
    ["problem", "负责人", "responsiblePerson"],
    ["problem", "问题成因", "cause"],
    ["problem", "涉及领域", "category"],
    ["problem", "执行情况", "status"],
    ["problem", "整改状况", "status"],
    ["problem", "责任股室", "responsibleUnit"],
    ["exchange", "到位日期", "startDate"],
    ["exchange", "是否青年干警", "young"],
    ["exchange", "是否业务骨干", "backbone"],
    ["office", "所在市州", "city"],
    ["petition", "承办科室", "handlingUnit"],
    ["measure", "落实情况", "status"],
  ])("%s: %s names %s", (kind, label, field) => {
    expect(fieldOf(kind, label)).toBe(field);
  });

  it.each([
    ["problem", "问题数"],
    ["problem", "措施数"],
    ["problem", "整改措施条数"],
    ["problem", "完成率"],
    ["problem", "院名称数"],
  ] as const)("%s: %s counts something and names no field", (kind, label) => {
    expect(fieldOf(kind, label)).toBeUndefined();
  });

  it("changes a class word only where it stands: 情况说明 is a note, not a status", () => {
    expect(fieldOf("problem", "情况说明")).toBe("note");
  });

  it("still lets counts name numeric fields", () => {
    expect(fieldOf("review", "评查案件数")).toBe("reviewed");
    expect(fieldOf("activity", "参加人数")).toBe("participants");
    expect(isCountLabel("问题数")).toBe(true);
    expect(isCountLabel("问题描述")).toBe(false);
  });

  it("keeps every descriptor's fields apart once their words are reduced", () => {
    const clashes: string[] = [];
    for (const [kind, schema] of Object.entries(LEDGER_SCHEMAS)) {
      const owner = new Map<string, string>();
      for (const field of compileFieldKeys(schema))
        for (const key of field.keys) {
          const other = owner.get(key);
          if (other !== undefined && other !== field.field)
            clashes.push(`${kind}: ${key} (${other}, ${field.field})`);
          owner.set(key, field.field);
        }
    }
    expect(clashes).toEqual([]);
  });
});
