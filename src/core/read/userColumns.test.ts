import { describe, expect, it } from "vitest";
import { readLedger } from "./readLedger";
import type { SheetInput } from "../model/cell";

const sheet: SheetInput = {
  name: "整改台账",
  values: [
    ["问题编号", "院名称", "问题描述", "整改措施", "完成时限", "计划完成时间", "进展状态"],
    ["P1", "阿坝县院", "办案质量不高", "开展评查", "2021年3月31日", "3月底", "已完成"],
  ],
};

const fieldAt = (r: ReturnType<typeof readLedger>) =>
  Object.fromEntries(r.mapping.map((m) => [m.letter, m.field]));

describe("columns the user assigned", () => {
  it("move a field to the column the user chose and free the one it was detected in", () => {
    const detected = readLedger(sheet, { kind: "problem", contextYear: 2021 });
    expect(fieldAt(detected).E).toBe("deadline");
    const chosen = readLedger(sheet, {
      kind: "problem",
      contextYear: 2021,
      columns: [{ column: 5, label: "计划完成时间", field: "deadline" }],
    });
    expect(fieldAt(chosen).F).toBe("deadline");
    expect(fieldAt(chosen).E).toBeUndefined();
    expect(chosen.unmappedColumns.map((u) => u.label)).toContain("完成时限");
    expect(chosen.rows[0]?.cells.deadline?.value).toBe("2021-03-31");
    expect(chosen.mapping.find((m) => m.field === "deadline")?.confidence).toBe(1);
    // The kind's figure is the detection's: confirming a column does not raise it.
    expect(chosen.kindConfidence).toBe(detected.kindConfidence);
  });

  it("take a column out of the ledger, and follow it when columns were inserted before it", () => {
    const none = readLedger(sheet, {
      kind: "problem",
      columns: [{ column: 2, label: "问题描述", field: null }],
    });
    expect(fieldAt(none).C).toBeUndefined();
    const shifted: SheetInput = { ...sheet, values: sheet.values.map((row) => [null, ...row]) };
    const moved = readLedger(shifted, {
      kind: "problem",
      columns: [{ column: 2, label: "问题描述", field: null }],
    });
    expect(fieldAt(moved).D).toBeUndefined();
    expect(fieldAt(moved).C).toBe("office");
  });

  it("are dropped when their header is gone", () => {
    const r = readLedger(sheet, {
      kind: "problem",
      columns: [{ column: 5, label: "已删除的列", field: "deadline" }],
    });
    expect(fieldAt(r).E).toBe("deadline");
  });

  it("leave a forced kind's confidence honest: a wrong kind is not a certainty", () => {
    const right = readLedger(sheet, { kind: "problem" });
    const wrong = readLedger(sheet, { kind: "funding" });
    expect(right.kindConfidence).toBeGreaterThan(0.5);
    expect(wrong.kindConfidence).toBeLessThan(0.3);
  });
});
