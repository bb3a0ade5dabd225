// The merged sheet's rows, cell by cell, for a messy set of files: what the consolidation keeps
// of each file (slim ledgers, cells shared between rows) must still give every source row's
// cells as the office wrote them, under the 来源 columns.
import { describe, expect, it } from "vitest";
import type { SheetInput } from "../core/model";
import type { PlanValue } from "../core/plan";
import { gatherConsolidation } from "./consolidate";

const context = { lang: "zh" as const, today: () => "2021-07-01", year: 2021 };
const choice = { asOf: "2021-06-30", scheme: "flags" as const, dueSoonDays: 7, slips: true };

// 甲: the usual titles; a problem over two measure rows, left empty below (a merged cell).
const first: SheetInput = {
  name: "整改台账",
  values: [
    ["问题编号", "院名称", "问题描述", "整改措施", "责任部门", "完成时限", "进展状态"],
    ["JA-1", "阿坝县院", "办案不规范", "开展评查", "办公室", "2021-05-31", "已完成"],
    [null, null, null, "建章立制", "办公室", "2021-07-31", "正在推进"],
    ["JA-2", "阿坝县院", "人才断档", "定向招录", "政治部", "2021-05-31", "已完成"],
  ],
};
// 乙: other titles, other column order, a date serial, a unit repeated down the sheet.
const second: SheetInput = {
  name: "问题清单",
  values: [
    ["单位", "编号", "存在问题", "责任科室", "整改措施", "整改时限", "整改情况"],
    ["甘洛县院", "GL-1", "文书不规范", "第二检察部", "专项培训", 44377, "未完成"],
    ["甘洛县院", "GL-2", "说理不充分", "第二检察部", "以案释法", 44377, "未完成"],
  ],
};

/** The merged problem sheet's rows under its title: the header, then one per source row. */
function mergedRows(sheets: { key: string; blocks: { row: number; values: PlanValue[][] }[] }[]) {
  const sheet = sheets.find((s) => s.key === "merged:problem")!;
  return sheet.blocks.filter((b) => b.row >= 1).flatMap((b) => b.values);
}

describe("the merged sheet of a consolidation", () => {
  const gathering = gatherConsolidation(context);
  gathering.file("甲.xlsx", { sheets: [first] });
  const unreadable = gathering.file("坏.xls", {
    sheets: [],
    problem: { zh: "不是工作簿", en: "not a workbook" },
  });
  gathering.file("乙.xlsx", { sheets: [second] });
  const work = gathering.work(choice);
  const rows = mergedRows(work.plan.sheets as never);

  it("lists every source row's cells by field, whatever each office titled its columns", () => {
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(["来源文件", "来源工作表", "来源行号", "来源院"]);
    const at = (title: string) => header.indexOf(title);
    const column = (title: string) => rows.slice(1).map((row) => row[at(title)]);
    expect(column("来源文件")).toEqual(["甲.xlsx", "甲.xlsx", "甲.xlsx", "乙.xlsx", "乙.xlsx"]);
    expect(column("来源工作表")).toEqual([
      "整改台账",
      "整改台账",
      "整改台账",
      "问题清单",
      "问题清单",
    ]);
    expect(column("来源行号")).toEqual([2, 3, 4, 2, 3]);
    // The problem's cells, merged over its measure rows, carry down to them.
    expect(column("问题编号")).toEqual(["JA-1", "JA-1", "JA-2", "GL-1", "GL-2"]);
    expect(column("整改措施")).toEqual([
      "开展评查",
      "建章立制",
      "定向招录",
      "专项培训",
      "以案释法",
    ]);
    expect(column("责任部门")).toEqual(["办公室", "办公室", "政治部", "第二检察部", "第二检察部"]);
    expect(column("完成时限")).toEqual(["2021-05-31", "2021-07-31", "2021-05-31", 44377, 44377]);
    expect(column("进展状态")).toEqual(["已完成", "正在推进", "已完成", "未完成", "未完成"]);
    expect(rows).toHaveLength(6);
  });

  it("lists the unreadable file in 报送情况 and merges the others", () => {
    expect(unreadable.problem?.zh).toBe("不是工作簿");
    expect(work.outcome.submission.files.map((f) => [f.file, f.problem?.zh ?? null])).toEqual([
      ["甲.xlsx", null],
      ["坏.xls", "不是工作簿"],
      ["乙.xlsx", null],
    ]);
    expect(work.outcome.merged.map((m) => [m.kind, m.rows])).toEqual([["problem", 5]]);
  });

  it("is plain data, the same after a structured clone (the pane's worker hands it over)", () => {
    expect(structuredClone(work.plan)).toEqual(work.plan);
  });
});

describe("a file read as the user corrected it (SheetChoice)", () => {
  // 乙 with its 责任科室 under a heading no field knows, and a notes sheet.
  const odd: SheetInput = {
    ...second,
    values: second.values.map((row, r) =>
      r === 0 ? row.map((v) => (v === "责任科室" ? "经手" : v)) : row,
    ),
  };
  const notes: SheetInput = {
    name: "说明",
    values: [
      ["单位", "备注"],
      ["甘洛县院", "电话已催"],
    ],
  };
  const unitColumn = odd.values[0]!.indexOf("经手");

  function gather(
    choices?: Parameters<ReturnType<typeof gatherConsolidation>["file"]>[1]["choices"],
  ) {
    const gathering = gatherConsolidation(context);
    gathering.file("甲.xlsx", { sheets: [first] });
    gathering.file("乙.xlsx", { sheets: [odd, notes], ...(choices ? { choices } : {}) });
    const work = gathering.work(choice);
    const rows = mergedRows(work.plan.sheets as never);
    const departments = rows.slice(1).map((row) => row[rows[0]!.indexOf("责任部门")]);
    return { work, departments };
  }

  it("puts a column the user assigned under its field, and leaves out a sheet said to be no ledger", () => {
    const plain = gather();
    expect(plain.departments.slice(3)).not.toContain("第二检察部");
    const corrected = gather([
      { sheet: "整改台账", kind: "problem", columns: [] },
      {
        sheet: "问题清单",
        kind: "problem",
        columns: [{ column: unitColumn, label: "经手", field: "responsibleUnit" }],
      },
      { sheet: "说明", kind: null, columns: [] },
    ]);
    expect(corrected.departments).toEqual([
      "办公室",
      "办公室",
      "政治部",
      "第二检察部",
      "第二检察部",
    ]);
    const sources = corrected.work.outcome.submission.files.find((f) => f.file === "乙.xlsx");
    expect(JSON.stringify(sources)).not.toContain("说明");
  });

  it("keeps the file's fingerprint its content's, so a corrected resend is still found", () => {
    const fingerprints = (w: ReturnType<typeof gather>["work"]) =>
      w.outcome.submission.files.map((f) => f.fingerprint);
    const corrected = gather([
      {
        sheet: "问题清单",
        kind: "problem",
        columns: [{ column: unitColumn, label: "经手", field: "responsibleUnit" }],
      },
    ]);
    expect(fingerprints(corrected.work)).toEqual(fingerprints(gather().work));
  });
});

describe("the same report sent twice", () => {
  /** The work over `names`, each file 甲's or 乙's sheet by its first character. */
  function workOver(names: string[]) {
    const gathering = gatherConsolidation(context);
    const taken = names.map((name) =>
      gathering.file(name, { sheets: [name.startsWith("甲") ? first : second] }),
    );
    return { taken, work: gathering.work(choice) };
  }

  it("is counted once, as the file that came first: the same rows, summary and repeats", () => {
    const once = workOver(["甲.xlsx", "乙.xlsx"]);
    const twice = workOver(["甲.xlsx", "乙.xlsx", "甲（重发）.xlsx"]);
    expect(twice.taken[2]).toEqual({ sheets: 1, rows: 0 });
    expect(mergedRows(twice.work.plan.sheets as never)).toEqual(
      mergedRows(once.work.plan.sheets as never),
    );
    expect(twice.work.outcome.figures).toEqual(once.work.outcome.figures);
    expect(twice.work.outcome.merged).toEqual(once.work.outcome.merged);
    expect(twice.work.outcome.repeats).toEqual([]);

    const copy = twice.work.outcome.submission.files[2]!;
    expect(copy).toMatchObject({ file: "甲（重发）.xlsx", copyOf: "甲.xlsx", sameAs: ["甲.xlsx"] });
    expect(copy.offices).toEqual(twice.work.outcome.submission.files[0]!.offices);
    expect(copy.ledgers).toEqual([{ sheet: "整改台账", kind: "problem", rows: 3 }]);
  });

  it("still counts a file that differs from another by one cell", () => {
    const changed: SheetInput = {
      ...first,
      values: first.values.map((row, r) => (r === 3 ? [...row.slice(0, 6), "未完成"] : row)),
    };
    const gathering = gatherConsolidation(context);
    gathering.file("甲.xlsx", { sheets: [first] });
    expect(gathering.file("甲（改）.xlsx", { sheets: [changed] }).rows).toBe(3);
    const work = gathering.work(choice);
    expect(work.outcome.merged[0]?.rows).toBe(6);
    expect(work.outcome.repeats.map((r) => r.key)).toEqual(
      expect.arrayContaining([expect.stringContaining("JA-1")]),
    );
    expect(work.outcome.submission.files[1]?.copyOf).toBeUndefined();
  });
});

describe("sheets read as no ledger", () => {
  // 填表说明 and a staff list beside the ledger, as offices' files often carry them.
  const notes: SheetInput = {
    name: "填表说明",
    values: [["填表说明"], ["1. 每月5日前报送"], ["2. 进展状态填写：已完成、正在推进、未完成"]],
  };
  const staff: SheetInput = {
    name: "人员名单",
    values: [
      ["姓名", "职务", "电话"],
      ["张三", "科长", "123"],
    ],
  };
  const gathering = gatherConsolidation(context);
  gathering.file("甲.xlsx", { sheets: [first, notes] });
  gathering.file("乙.xlsx", { sheets: [second, staff] });
  const work = gathering.work(choice);

  it("are merged with nothing: one merged sheet per ledger kind, no sheet of everything else", () => {
    expect(work.outcome.merged.map((m) => [m.kind, m.rows])).toEqual([["problem", 5]]);
    expect(work.plan.sheets.map((s) => s.key).filter((k) => k.startsWith("merged:"))).toEqual([
      "merged:problem",
    ]);
  });

  it("are named in 报送情况 as not recognised and not merged", () => {
    const submission = work.plan.sheets.find((s) => s.key === "consolidate:submission")!;
    const cells = submission.blocks.flatMap((b) => b.values.flat()).map(String);
    expect(cells.find((c) => c.startsWith("整改台账："))).toContain(
      "填表说明：未识别为台账，未合并（2行）",
    );
    expect(cells.find((c) => c.startsWith("问题清单："))).toContain(
      "人员名单：未识别为台账，未合并（1行）",
    );
  });

  it("alone, make no consolidation: the run is refused", () => {
    const only = gatherConsolidation(context);
    only.file("丙.xlsx", { sheets: [staff] });
    expect(() => only.work(choice)).toThrow(/未找到台账数据：文件“丙.xlsx”/);
  });
});

describe("keys that two files share", () => {
  // 甲's ledger again, a month on: the same 问题编号, one status moved on.
  const later: SheetInput = {
    ...first,
    values: first.values.map((row, r) => (r === 2 ? [...row.slice(0, 6), "已完成"] : row)),
  };
  const run = (sheets: SheetInput[][]) => {
    const gathering = gatherConsolidation(context);
    sheets.forEach((s, i) => gathering.file(`${i + 1}.xlsx`, { sheets: s }));
    return gathering.work(choice);
  };

  it("are said in the summary's narrative: every file's rows were counted", () => {
    const work = run([[first], [later]]);
    expect(work.outcome.repeats.map((r) => r.key)).toEqual(["JA-1", "JA-2"]);
    expect(work.outcome.figures.narrative).toContain(
      "2个编号出现在不止一个文件中（见“重复编号”工作表），各文件中的这些行都已计入",
    );
  });

  it("leave the narrative without that caveat when no key repeats", () => {
    const work = run([[first], [second]]);
    expect(work.outcome.repeats).toEqual([]);
    expect(work.outcome.figures.narrative).not.toContain("不止一个文件");
  });
});
