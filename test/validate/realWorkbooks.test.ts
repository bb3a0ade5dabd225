// Workbooks as offices fill them: the material around the ledgers is recognised for what it is
// (issue 13), each decision a note with its place. Fixtures: test/fixtures/lishui.ts.
import { describe, expect, it } from "vitest";
import type { SheetInput } from "../../src/core/model/cell";
import { readLedger, readWorkbookLedgers } from "../../src/core/read";
import {
  LISHUI_FILE,
  LONGQUAN_FILE,
  dataSource,
  dropDownLists,
  jingningApril,
  jingningJune,
  jingningMay,
  longquan,
  qingyuan,
  registry,
  statistics,
  suichangTwoTables,
  voidCopy,
} from "../fixtures/lishui";

const at = (sheet: string, headerRow: number | null = null) => ({
  file: LISHUI_FILE,
  sheet,
  headerRow,
});

describe("sheets that are not ledgers", () => {
  it("skips hidden, very hidden and 作废 sheets, and says which", () => {
    const read = readWorkbookLedgers([dropDownLists(), dataSource(), voidCopy(), registry()]);
    expect(read.results.map((r) => r.sheet)).toEqual(["薄弱院名册"]);
    expect(read.notes.map(({ message: _m, ...note }) => note)).toEqual([
      { ...at("下拉选项"), type: "sheet-skipped", reason: "hidden" },
      { ...at("数据源"), type: "sheet-skipped", reason: "veryHidden" },
      { ...at("整改台账（作废）"), type: "sheet-skipped", reason: "void" },
    ]);
    expect(read.notes[0]?.message.zh).toBe(
      "已跳过隐藏的工作表“下拉选项”（丽水市院汇总.xlsx），未计入汇总；如确需读取，请明确选择该工作表",
    );
  });

  it("no longer takes a hidden drop-down list for the registry: no false reference errors", () => {
    const sheets = [dropDownLists(), jingningJune(), longquan()];
    const before = sheets.map((sheet) => readLedger(sheet));
    expect(before[0]?.kind).toBe("office");
    const read = readWorkbookLedgers(sheets);
    expect(read.results.map((r) => [r.sheet, r.kind, r.errorCounts])).toEqual([
      ["6月", "problem", {}],
      ["整改台账", "problem", {}],
    ]);
  });

  it("reads a hidden sheet chosen by name (and by file), and says so", () => {
    const read = readWorkbookLedgers([dataSource(), dropDownLists()], {
      include: ["数据源", { file: LISHUI_FILE, sheet: "下拉选项" }],
    });
    expect(read.results.map((r) => [r.sheet, r.kind])).toEqual([
      ["数据源", "table"],
      ["下拉选项", "office"],
    ]);
    expect(read.notes.filter((n) => n.type === "sheet-included").map((n) => n.sheet)).toEqual([
      "数据源",
      "下拉选项",
    ]);
    const other = readWorkbookLedgers([dropDownLists()], {
      include: [{ file: "别的文件.xlsx", sheet: "下拉选项" }],
    });
    expect(other.results).toEqual([]);
  });

  it("recognises a per-office count table and leaves it out of the ledgers", () => {
    const read = readWorkbookLedgers([statistics()]);
    expect(read.results).toEqual([]);
    expect(read.countTables).toEqual([
      {
        file: LISHUI_FILE,
        sheet: "统计表",
        headerRow: 2,
        columns: [
          { label: "问题数", letter: "B" },
          { label: "措施数", letter: "C" },
          { label: "完成数", letter: "D" },
          { label: "完成率", letter: "E" },
        ],
        rows: [
          {
            row: 3,
            office: "庆元县人民检察院",
            values: { 问题数: 5, 措施数: 6, 完成数: 2, 完成率: 0.333 },
          },
          {
            row: 4,
            office: "景宁县人民检察院",
            values: { 问题数: 3, 措施数: 4, 完成数: 2, 完成率: 0.5 },
          },
        ],
      },
    ]);
    expect(read.notes).toEqual([
      {
        ...at("统计表", 2),
        type: "count-table",
        offices: 2,
        columns: ["问题数", "措施数", "完成数", "完成率"],
        message: {
          zh: "“统计表”（丽水市院汇总.xlsx）第2行起是各院统计表（问题数、措施数、完成数、完成率，2个院），不是台账，未计入汇总",
          en: '丽水市院汇总.xlsx, "统计表" from row 2 is a per-office count table (问题数, 措施数, 完成数, 完成率; 2 offices), not a ledger; it is not in the figures',
        },
      },
    ]);
  });

  it("also tells a count table whose headers name the fields bare (问题 | 措施) by its numbers", () => {
    const bare: SheetInput = {
      name: "统计",
      values: [
        ["单位", "问题", "措施", "已完成"],
        ["庆元县院", 5, 6, 2],
        ["景宁县院", 3, 4, 2],
      ],
    };
    const read = readWorkbookLedgers([bare]);
    expect(read.results).toEqual([]);
    expect(read.countTables.map((t) => t.rows.map((r) => r.office))).toEqual([
      ["庆元县人民检察院", "景宁县人民检察院"],
    ]);
  });

  it("keeps an office registry with numeric columns a registry", () => {
    const numbers: SheetInput = {
      name: "名册",
      values: [
        ["院名称", "政法专项编制", "员额职数", "实有员额检察官"],
        ["庆元县院", 30, 12, 10],
      ],
    };
    const read = readWorkbookLedgers([numbers]);
    expect(read.results.map((r) => r.kind)).toEqual(["office"]);
    expect(read.countTables).toEqual([]);
  });
});

describe("two ledgers on one sheet", () => {
  it("reads each table with its own header, rows keeping their sheet numbers", () => {
    const read = readWorkbookLedgers([suichangTwoTables()]);
    expect(
      read.results.map((r) => ({
        kind: r.kind,
        headerRow: r.headerRow,
        region: r.region,
        rows: r.rows.map((row) => row.rowNumber),
        errors: r.errorCounts,
      })),
    ).toEqual([
      { kind: "problem", headerRow: 2, region: { from: 1, to: 6 }, rows: [3, 4], errors: {} },
      { kind: "measure", headerRow: 8, region: { from: 7, to: 10 }, rows: [9, 10], errors: {} },
    ]);
    expect(read.notes[0]).toEqual({
      ...at("遂昌县院台账"),
      type: "tables-in-sheet",
      tables: [
        { from: 1, to: 6 },
        { from: 7, to: 10 },
      ],
      message: {
        zh: "工作表“遂昌县院台账”（丽水市院汇总.xlsx）中有2张表（第1–6行、第7–10行），已分别读取",
        en: 'Sheet 丽水市院汇总.xlsx, "遂昌县院台账" holds 2 tables (rows 1–6, rows 7–10), read one by one',
      },
    });
  });

  it("reads a ledger with a count table under it as one ledger and one count table", () => {
    const sheet: SheetInput = {
      name: "整改及统计",
      values: [
        ["XX院问题整改台账"],
        [],
        ["问题编号", "院名称", "问题描述", "整改措施", "进展状态"],
        [1, "庆元县院", "人才流失", "落实服务年限", "已完成"],
        [],
        [2, "庆元县院", "监督能力弱", "专题培训", "正在推进"],
        [],
        [],
        ["各院统计"],
        ["院名称", "问题数", "措施数"],
        ["庆元县院", 2, 2],
      ],
    };
    const read = readWorkbookLedgers([sheet]);
    expect(
      read.results.map((r) => [r.kind, r.headerRow, r.rows.map((row) => row.rowNumber)]),
    ).toEqual([["problem", 3, [4, 6]]]);
    expect(read.countTables.map((t) => [t.headerRow, t.rows.map((r) => r.row)])).toEqual([
      [10, [11]],
    ]);
  });

  it("does not split a ledger at its blank separator rows", () => {
    const sheet = jingningJune();
    const spaced: SheetInput = {
      ...sheet,
      values: [...sheet.values.slice(0, 4), [], [], ...sheet.values.slice(4)],
      merges: [],
    };
    const read = readWorkbookLedgers([spaced]);
    expect(read.results.map((r) => [r.kind, r.rows.length, r.region])).toEqual([
      ["problem", 4, undefined],
    ]);
  });
});

describe("monthly copies of one ledger", () => {
  const months = () => [jingningApril(), jingningMay(), jingningJune()];

  it("keeps the newest by the month in the sheet names and sets the others aside", () => {
    const read = readWorkbookLedgers(months());
    expect(read.results.map((r) => r.sheet)).toEqual(["6月"]);
    expect(read.setAside.map((r) => r.sheet)).toEqual(["4月", "5月"]);
    expect(read.notes.map(({ message: _m, ...note }) => note)).toEqual([
      {
        ...at("4月", 2),
        type: "snapshot-superseded",
        kind: "problem",
        kept: at("6月", 2),
        shared: 4,
        by: "date",
      },
      {
        ...at("5月", 2),
        type: "snapshot-superseded",
        kind: "problem",
        kept: at("6月", 2),
        shared: 4,
        by: "date",
      },
    ]);
  });

  it("goes by the dates, not the order of the sheets", () => {
    const read = readWorkbookLedgers([jingningJune(), jingningApril(), jingningMay()]);
    expect(read.results.map((r) => r.sheet)).toEqual(["6月"]);
  });

  it("takes the last copy when the copies give no dates, and says it went by position", () => {
    const undated = months().map((sheet, i) => ({
      ...sheet,
      name: `副本${i + 1}`,
      values: [["景宁县院问题整改台账"], ...sheet.values.slice(1)],
    }));
    const read = readWorkbookLedgers(undated);
    expect(read.results.map((r) => r.sheet)).toEqual(["副本3"]);
    expect(read.notes.map((n) => n.type === "snapshot-superseded" && n.by)).toEqual([
      "position",
      "position",
    ]);
  });

  it("keeps every copy when asked, warning that their items count once per copy", () => {
    const read = readWorkbookLedgers(months(), { snapshots: "all" });
    expect(read.results.map((r) => r.sheet)).toEqual(["4月", "5月", "6月"]);
    expect(read.notes.map((n) => [n.type, n.sheet])).toEqual([
      ["snapshots-kept", "4月"],
      ["snapshots-kept", "5月"],
    ]);
  });

  it("never takes two offices' ledgers of one kind for copies", () => {
    const read = readWorkbookLedgers([jingningJune(), qingyuan(), longquan()]);
    expect(read.results.map((r) => r.sheet)).toEqual(["6月", "庆元县整改台账", "整改台账"]);
    expect(read.setAside).toEqual([]);
  });
});

describe("who the rows belong to", () => {
  it("takes the office from the title when there is no office column", () => {
    const result = readLedger(qingyuan());
    expect(result.officeFrom).toEqual({
      text: "庆元县人民检察院",
      source: "title",
      row: 1,
      office: "庆元县人民检察院",
      field: "office",
    });
    expect(result.rows[0]?.cells.office).toEqual({
      text: "庆元县人民检察院",
      raw: null,
      value: "庆元县人民检察院",
      derived: "title",
    });
    expect(result.errorCounts["missing-label"]).toBeUndefined();
    expect(result.fields.find((f) => f.name === "office")?.missing).toBeUndefined();
  });

  it("takes it from a 填表单位 line before the title, and from the file name last", () => {
    const filler: SheetInput = {
      name: "Sheet1",
      values: [
        ["2021年问题整改台账"],
        ["填表单位：遂昌县院", null, null, "填表时间：2021年6月30日"],
        ["问题编号", "问题描述", "整改措施", "进展状态"],
        [1, "人员老化", "定向招录", "已完成"],
      ],
    };
    expect(readLedger(filler).officeFrom).toEqual({
      text: "遂昌县院",
      source: "filler",
      row: 2,
      office: "遂昌县人民检察院",
      field: "office",
    });
    expect(readLedger(longquan()).officeFrom).toEqual({
      text: "龙泉市院",
      source: "fileName",
      row: null,
      office: "龙泉市人民检察院",
      field: "office",
    });
  });

  it("checks an office taken from the title against the registry", () => {
    const stranger: SheetInput = { ...longquan(), file: "松阳县院.xlsx" };
    const read = readWorkbookLedgers([registry(), stranger]);
    const errors = read.results.find((r) => r.kind === "problem")?.errors;
    expect(errors).toEqual([
      {
        type: "foreign-key",
        rowNumber: null,
        fieldNumber: null,
        fieldName: "office",
        cell: "松阳县院",
        message: {
          zh: "“院名称”的值“松阳县院”在薄弱院名册中不存在",
          en: '"院名称": "松阳县院" is not in office',
        },
        details: { reference: "office" },
      },
    ]);
  });

  it("leaves an office it cannot find unnamed, and says what the figures then leave out", () => {
    const nameless: SheetInput = { ...longquan(), file: "汇总.xlsx", name: "Sheet1" };
    const read = readWorkbookLedgers([nameless]);
    const result = read.results[0];
    expect(result?.officeFrom).toBeUndefined();
    expect(result?.errorCounts["missing-label"]).toBe(1);
    expect(read.notes.find((n) => n.type === "missing-field" && n.field === "office")).toEqual({
      file: "汇总.xlsx",
      sheet: "Sheet1",
      headerRow: 2,
      type: "missing-field",
      kind: "problem",
      field: "office",
      title: "院名称",
      leavesOut: {
        zh: "无法确定这些事项属于哪个院：各院统计中归入“未填院名”，院数不含它们",
        en: "the office of these items is unknown: per-office figures list them under “no office” and the office count leaves them out",
      },
      message: {
        zh: "“Sheet1”（汇总.xlsx）未找到“院名称”列：无法确定这些事项属于哪个院：各院统计中归入“未填院名”，院数不含它们",
        en: '汇总.xlsx, "Sheet1" has no "院名称" column: the office of these items is unknown: per-office figures list them under “no office” and the office count leaves them out',
      },
    });
  });

  it("notes where each office came from", () => {
    const read = readWorkbookLedgers([qingyuan(), longquan()]);
    expect(read.notes.filter((n) => n.type === "office-from-context")).toEqual([
      {
        ...at("庆元县整改台账", 2),
        type: "office-from-context",
        office: "庆元县人民检察院",
        text: "庆元县人民检察院",
        source: "title",
        row: 1,
        message: {
          zh: "“庆元县整改台账”（丽水市院汇总.xlsx）没有院名称列，按标题“庆元县人民检察院”将各行计为庆元县人民检察院",
          en: '丽水市院汇总.xlsx, "庆元县整改台账" has no office column; its rows are counted for 庆元县人民检察院, as its title says (“庆元县人民检察院”)',
        },
      },
      {
        file: LONGQUAN_FILE,
        sheet: "整改台账",
        headerRow: 2,
        type: "office-from-context",
        office: "龙泉市人民检察院",
        text: "龙泉市院",
        source: "fileName",
        row: null,
        message: {
          zh: "“整改台账”（龙泉市院.xlsx）没有院名称列，按文件名“龙泉市院”将各行计为龙泉市人民检察院",
          en: '龙泉市院.xlsx, "整改台账" has no office column; its rows are counted for 龙泉市人民检察院, as its file name says (“龙泉市院”)',
        },
      },
    ]);
  });
});

describe("section rows (一、队伍方面（6项）)", () => {
  it("are headings: their category goes to the rows below, their counts are checked", () => {
    const result = readLedger(qingyuan());
    expect(result.sections).toEqual([
      {
        row: 3,
        text: "一、队伍方面（2项）",
        category: "队伍方面",
        stated: 2,
        unit: "项",
        counted: 2,
        rows: 2,
      },
      {
        row: 6,
        text: "二、业务方面（3项）",
        category: "业务方面",
        stated: 3,
        unit: "项",
        counted: 3,
        rows: 4,
      },
    ]);
    expect(result.skippedRows).toEqual([
      { rowNumber: 3, reason: "section", text: "一、队伍方面（2项）" },
      { rowNumber: 6, reason: "section", text: "二、业务方面（3项）" },
    ]);
    expect(result.rows.map((r) => [r.rowNumber, r.cells.category?.value])).toEqual([
      [4, "队伍方面"],
      [5, "队伍方面"],
      [7, "业务方面"],
      [8, "业务方面"],
      [9, "业务方面"],
      [10, "业务方面"],
    ]);
    // No heading became a problem, a measure or an office.
    expect(result.rows.map((r) => r.cells.measure?.value)).not.toContain(null);
  });

  it("notes a heading whose stated count its rows do not have", () => {
    const sheet = qingyuan();
    const wrong: SheetInput = {
      ...sheet,
      values: sheet.values.map((row, r) => (r === 5 ? ["二、业务方面（4项）"] : row)),
    };
    const read = readWorkbookLedgers([wrong]);
    expect(read.notes.filter((n) => n.type === "section-count")).toEqual([
      {
        ...at("庆元县整改台账", 2),
        type: "section-count",
        row: 6,
        heading: "二、业务方面（4项）",
        category: "业务方面",
        stated: 4,
        counted: 3,
        unit: "项",
        message: {
          zh: "“庆元县整改台账”（丽水市院汇总.xlsx）第6行“二、业务方面（4项）”写明4项，其下实有3项，请核对",
          en: '丽水市院汇总.xlsx, "庆元县整改台账" row 6: "二、业务方面（4项）" states 4, but 3 are listed under it; please check',
        },
      },
    ]);
  });

  it("counts the seed's 阿坝县 list written with headings: 队伍 6 + 业务 15", () => {
    const values: SheetInput["values"] = [
      ["阿坝县人民检察院问题整改台账"],
      ["序号", "存在问题", "整改措施", "完成时限", "推进情况"],
      ["一、队伍方面（6项）"],
      ...Array.from({ length: 6 }, (_, i) => [
        i + 1,
        `队伍问题${i + 1}`,
        `措施${i + 1}`,
        "2021年底",
        "正在推进",
      ]),
      ["二、业务方面（15项）"],
      ...Array.from({ length: 15 }, (_, i) => [
        i + 1,
        `业务问题${i + 1}`,
        `措施${i + 7}`,
        "2021年底",
        "已完成",
      ]),
    ];
    const result = readLedger({ name: "阿坝县", values });
    expect(result.sections?.map((s) => [s.category, s.stated, s.counted])).toEqual([
      ["队伍方面", 6, 6],
      ["业务方面", 15, 15],
    ]);
    expect(result.rows).toHaveLength(21);
    expect(new Set(result.rows.map((r) => r.cells.office?.value))).toEqual(
      new Set(["阿坝县人民检察院"]),
    );
  });
});

describe("words and shapes", () => {
  it("reads 立行立改, a date in brackets and a serial in a General cell; an unknown status is an error at its cell", () => {
    const result = readLedger(qingyuan());
    expect(
      result.rows.map((r) => [r.rowNumber, r.cells.deadline?.value, r.cells.status?.value]),
    ).toEqual([
      [4, null, "done"],
      [5, "2021-04-30", "closed"],
      [7, "2021-06-30", "inProgress"],
      [8, "2021-05-31", null],
      [9, null, "inProgress"],
      [10, "2021-06-10", "inProgress"],
    ]);
    expect(result.rows[0]?.cells.deadline).toEqual({
      text: "立行立改",
      raw: "立行立改",
      value: null,
      immediate: true,
    });
    expect(result.errors).toEqual([
      {
        type: "type-error",
        rowNumber: 8,
        fieldNumber: 8,
        fieldName: "status",
        cell: "见附件",
        message: {
          zh: "H8“进展状态”无法识别为进展状态（已完成/正在推进/未完成/已销号）：“见附件”",
          en: 'H8 "进展状态": "见附件" is not a valid progress status',
        },
        details: { expected: "status" },
      },
    ]);
  });

  it("takes the start date as the deadline of a 立行立改 item that has one", () => {
    const sheet: SheetInput = {
      name: "整改",
      values: [
        ["院名称", "问题描述", "整改措施", "开始时间", "完成时限", "进展状态"],
        ["庆元县院", "作风问题", "立即整改", "2021-03-01", "立行立改", "正在推进"],
      ],
    };
    expect(readLedger(sheet).rows[0]?.cells.deadline).toEqual({
      text: "立行立改",
      raw: "立行立改",
      value: "2021-03-01",
      immediate: true,
      derived: "startDate",
    });
  });

  it("maps the headers real ledgers use", () => {
    expect(readLedger(qingyuan()).mapping.map((m) => [m.label, m.field])).toEqual([
      ["问题描述", "problem"],
      ["成因分析", "cause"],
      ["整改措施", "measure"],
      ["责任科室", "responsibleUnit"],
      ["牵头领导", "responsiblePerson"],
      ["整改时限", "deadline"],
      ["落实情况", "status"],
      ["完成时间", "doneDate"],
    ]);
    const [problems] = readWorkbookLedgers([suichangTwoTables()]).results;
    expect(problems?.mapping.map((m) => [m.label, m.field])).toEqual([
      ["问题编号", "problemId"],
      ["所在院", "office"],
      ["所属领域", "category"],
      ["问题描述", "problem"],
      ["原因分析", "cause"],
      ["整改措施", "measure"],
      ["责任人", "responsiblePerson"],
      ["完成时限", "deadline"],
      ["是否完成", "status"],
    ]);
    expect(problems?.rows.map((r) => r.cells.status?.value)).toEqual(["done", "notStarted"]);
  });

  it("keeps the punctuation the user typed in text values", () => {
    const result = readLedger(qingyuan());
    expect(result.rows.map((r) => r.cells.measure?.value)).toEqual([
      "措施1：选配年轻干部",
      "措施2：落实最低服务年限",
      "措施3：开展专题培训",
      "措施4：开展案件评查",
      "措施5：申请专项经费",
      "措施6：争取上级支持",
    ]);
  });
});
