import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildWorkbook } from "./_lib/buildWorkbook";

const root = join(__dirname, "..", "..");
let dir: string;

function run(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "src/cli/main.ts"), ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function runInProcess(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-cli-"));
  const workbook = await buildWorkbook([
    {
      name: "名册",
      rows: [
        ["院名称", "所属市州"],
        ["阿坝县人民检察院", "阿坝州"],
      ],
    },
    {
      name: "整改",
      rows: [
        ["2021年问题整改台账", null, null, null, null, null],
        ["问题编号", "院名称", "问题描述", "整改措施", "完成时限", "进展状态"],
        ["1", "阿坝县院", "办案质量不高", "开展评查", "6月底", "已完成"],
        ["2", "丰县院", "队伍老化", "招录", "某天", "推进中"],
      ],
      merges: ["A1:F1"],
    },
    {
      // A drop-down source list, hidden: never a registry that would refuse 丰县院.
      name: "下拉选项",
      state: "hidden",
      rows: [["院名称"], ["丰县人民检察院"], ["沛县人民检察院"]],
    },
  ]);
  writeFileSync(join(dir, "ledgers.xlsx"), workbook);
  writeFileSync(
    join(dir, "funding.csv"),
    "援助单位,受援院,金额（万元）,拨付日期\n成都市院,阿坝县院,18,2021-05-01\n德阳市院,阿坝县院,22万元,2021.6\n",
  );
  writeFileSync(
    join(dir, "invalid.csv"),
    "id,name,,name\n1,english\n1,english\n\n2,german,1,2,3\n",
  );
  writeFileSync(join(dir, "bad.json"), '{"fields": 3}');
});

describe("taizhang validate, end to end", () => {
  it("prints the JSON report for a workbook and exits 1 on errors", () => {
    const { code, stdout, stderr } = run(["validate", join(dir, "ledgers.xlsx"), "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(
      report.tables.map((t: { sheet: string; kind: string; headerRow: number; rows: number }) => [
        t.sheet,
        t.kind,
        t.headerRow,
        t.rows,
      ]),
    ).toEqual([
      ["名册", "office", 1, 1],
      ["整改", "problem", 2, 2],
    ]);
    const problem = report.tables[1];
    expect(problem.mapping).toEqual({
      problemId: "A",
      office: "B",
      problem: "C",
      measure: "D",
      deadline: "E",
      status: "F",
    });
    expect(problem.errors).toEqual([
      {
        type: "foreign-key",
        rowNumber: 4,
        fieldNumber: 2,
        fieldName: "office",
        cell: "丰县院",
        message: "B4“院名称”的值“丰县院”在薄弱院名册中不存在",
      },
      {
        type: "type-error",
        rowNumber: 4,
        fieldNumber: 5,
        fieldName: "deadline",
        cell: "某天",
        message: "E4“完成时限”无法识别为日期：“某天”",
      },
    ]);
    expect(problem.errorCounts).toEqual({ "type-error": 1, "foreign-key": 1 });
  });

  it("leaves a hidden sheet out and says so, in the user's words", () => {
    const { stdout } = run(["validate", join(dir, "ledgers.xlsx")]);
    expect(stdout).toContain("读取说明：");
    expect(stdout).toContain("已跳过隐藏的工作表“下拉选项”（ledgers.xlsx）");
    expect(stdout).not.toMatch(/type-error|problemId/);
    expect(stdout).toContain("问题编号");
  });

  it("exits 0 on a valid CSV and prints a readable report in English on request", () => {
    const { code, stdout } = run(["validate", join(dir, "funding.csv"), "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toContain("funding");
    expect(stdout).toContain("✔ No errors");
  });

  it("reproduces the frictionless fixture through the CLI", async () => {
    const { code, out } = await runInProcess(["validate", join(dir, "invalid.csv"), "--json"]);
    expect(code).toBe(1);
    const errors = JSON.parse(out).tables[0].errors.map(
      (e: { rowNumber: number; fieldNumber: number; type: string }) => [
        e.rowNumber,
        e.fieldNumber,
        e.type,
      ],
    );
    expect(errors).toEqual([
      [null, 3, "blank-label"],
      [null, 4, "duplicate-label"],
      [2, 3, "missing-cell"],
      [2, 4, "missing-cell"],
      [3, 3, "missing-cell"],
      [3, 4, "missing-cell"],
      [4, null, "blank-row"],
      [5, 5, "extra-cell"],
    ]);
  });

  it.each([
    [["validate"], "请指定至少一个"],
    [["validate", "nowhere.xlsx"], "找不到文件"],
    [["validate", "x.csv", "--kind", "budget"], "未知台账类型“budget”"],
    // The choices name each kind in Chinese too, so a clerk who typed 问题 sees which to use.
    [["validate", "x.csv", "--kind", "问题"], "problem（问题整改台账）"],
    [["validate", "x.csv", "--bogus"], "参数错误"],
    [["validate", "x.csv", "--lang", "fr"], "--lang 只能是 zh 或 en"],
    [["frobnicate"], "未知命令“frobnicate”"],
  ])("exits 2 with a clear message for %j", async (args, message) => {
    const { code, err } = await runInProcess(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on a bad descriptor, an unreadable workbook and a missing sheet", async () => {
    // A download cut short: a zip's first bytes and no directory.
    writeFileSync(
      join(dir, "broken.xlsx"),
      Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00", "latin1"),
    );
    const bad = await runInProcess([
      "validate",
      join(dir, "funding.csv"),
      "--schema",
      join(dir, "bad.json"),
    ]);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining("描述文件")]);
    const broken = await runInProcess(["validate", join(dir, "broken.xlsx")]);
    expect([broken.code, broken.err]).toEqual([2, expect.stringContaining("无法读取文件")]);
    const sheet = await runInProcess(["validate", join(dir, "ledgers.xlsx"), "--sheet", "无此表"]);
    expect([sheet.code, sheet.err]).toEqual([
      2,
      expect.stringContaining("没有名为“无此表”的工作表"),
    ]);
    // A CSV's one sheet is named after the file: --sheet filters it like a workbook's sheets
    // (it was read whatever --sheet said, exit 0).
    const csv = await runInProcess(["validate", join(dir, "funding.csv"), "--sheet", "无此表"]);
    expect([csv.code, csv.err]).toEqual([2, expect.stringContaining("没有名为“无此表”的工作表")]);
    const mixed = await runInProcess([
      "validate",
      join(dir, "ledgers.xlsx"),
      join(dir, "funding.csv"),
      "--sheet",
      "名册",
      "--json",
    ]);
    expect(JSON.parse(mixed.out).tables.map((t: { sheet: string }) => t.sheet)).toEqual(["名册"]);
  });

  it("takes a ledger kind by its Chinese name too (--kind 经费援助台账)", async () => {
    const byName = await runInProcess([
      "validate",
      join(dir, "funding.csv"),
      "--kind",
      "经费援助台账",
      "--json",
    ]);
    expect(JSON.parse(byName.out).tables[0].kind).toBe("funding");
  });

  it("reads only the named sheet with --sheet and uses a user descriptor with --schema", async () => {
    const sheet = await runInProcess([
      "validate",
      join(dir, "ledgers.xlsx"),
      "--sheet",
      "名册",
      "--json",
    ]);
    expect(sheet.code).toBe(0);
    expect(JSON.parse(sheet.out).tables).toHaveLength(1);
    writeFileSync(
      join(dir, "own.json"),
      JSON.stringify({
        name: "own",
        fields: [{ name: "amount", title: "金额", type: "integer", constraints: { maximum: 20 } }],
      }),
    );
    const own = await runInProcess([
      "validate",
      join(dir, "funding.csv"),
      "--schema",
      join(dir, "own.json"),
      "--json",
    ]);
    const table = JSON.parse(own.out).tables[0];
    expect([own.code, table.kind, table.errorCounts]).toEqual([
      1,
      "own",
      { "constraint-error": 1 },
    ]);
  });
});
