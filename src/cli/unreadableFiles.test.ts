import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oleOf } from "../../test/xlsx/_lib/oleBytes";
import { sheetRows, xlsxOf } from "../../test/xlsx/_lib/xlsxBytes";
import { main } from "./main";

// Every file the CLI cannot read gets one line on stderr, in the user's language, and exit 2:
// no stack trace, no library's English, nothing that waits forever.

const root = join(__dirname, "..", "..");
let dir = "";

async function validate(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["validate", ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-unreadable-"));
  writeFileSync(join(dir, "加密.xlsx"), oleOf(["EncryptionInfo", "EncryptedPackage"]));
  writeFileSync(join(dir, "旧版.xlsx"), oleOf(["Workbook"]));
  writeFileSync(
    join(dir, "远.xlsx"),
    xlsxOf({
      sheets: [
        {
          name: "整改",
          rows:
            sheetRows([[cell("A1", "院名称")]]) +
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
        },
      ],
    }),
  );
  writeFileSync(join(dir, "空.xlsx"), xlsxOf({ sheets: [{ name: "Sheet1" }, { name: "Sheet2" }] }));
  writeFileSync(join(dir, "空文件.csv"), "");
  writeFileSync(join(dir, "名册.xlsx"), "院名称,所属市州\n阿坝县人民检察院,阿坝州\n");
  mkdirSync(join(dir, "文件夹.xlsx"));
  spawnSync("mkfifo", [join(dir, "管道.xlsx")]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("taizhang validate on files it cannot read", () => {
  it.each([
    ["加密.xlsx", "无法读取文件“{f}”：文件已加密，请在 Excel 中取消密码后另存。"],
    [
      "旧版.xlsx",
      "无法读取文件“{f}”：这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再读取。",
    ],
    [
      "远.xlsx",
      "无法读取文件“{f}”：工作表“整改”的数据范围 A1:XFD1048576 过大（171.8亿个单元格，上限2000万个），请删除远处多余的单元格后另存。",
    ],
    ["空.xlsx", "文件“{f}”中未找到台账（没有含数据的工作表）。"],
    ["空文件.csv", "文件“{f}”中未找到台账（没有含数据的工作表）。"],
    ["文件夹.xlsx", "“{f}”不是普通文件（而是文件夹、设备或管道），无法读取。"],
    ["管道.xlsx", "“{f}”不是普通文件（而是文件夹、设备或管道），无法读取。"],
    ["不存在.xlsx", "找不到文件“{f}”。"],
  ])("%s: one line, exit 2", async (name, message) => {
    const file = join(dir, name);
    expect(await validate(file)).toEqual({
      code: 2,
      out: [],
      err: [message.replace("{f}", file)],
    });
  });

  it("refuses /dev/zero at once rather than reading forever", async () => {
    expect(await validate("/dev/zero")).toEqual({
      code: 2,
      out: [],
      err: ["“/dev/zero”不是普通文件（而是文件夹、设备或管道），无法读取。"],
    });
  });

  it("speaks English with --lang en", async () => {
    const file = join(dir, "加密.xlsx");
    expect((await validate(file, "--lang", "en")).err).toEqual([
      `Cannot read "${file}": The file is password-protected: remove the password in Excel and save it again.`,
    ]);
    expect((await validate("x.csv", "--bogus", "--lang", "en")).err).toEqual([
      "Bad arguments: unknown option --bogus",
    ]);
  });

  it("words node's own argument errors in Chinese", async () => {
    expect((await validate("x.csv", "--bogus")).err).toEqual(["参数错误：未知选项 --bogus"]);
    expect((await validate("x.csv", "--kind")).err).toEqual([
      "参数错误：选项 --kind 的值不对或缺少值",
    ]);
  });

  it("reads a CSV saved under an .xlsx name as the CSV it is", async () => {
    const { code, out, err } = await validate(join(dir, "名册.xlsx"), "--json");
    expect([code, err]).toEqual([0, []]);
    const [table] = JSON.parse(out.join("\n")).tables;
    expect([table.file, table.sheet, table.kind, table.rows]).toEqual([
      "名册.xlsx",
      "名册",
      "office",
      1,
    ]);
  });
});

describe("what reaches the terminal", () => {
  it("never prints a cell's control characters raw: ESC and C1 sequences come out escaped", async () => {
    const file = join(dir, "控制字符.csv");
    // Dates that are not dates: the error messages quote the cells.
    writeFileSync(
      file,
      "院名称,确定时间\n阿坝县院,\u001b]0;标题\u0007某天\u001b[2J\n丰县院,\u009b31m某天\r\n",
    );
    for (const json of [false, true]) {
      const { out } = await validate(file, "--kind", "office", ...(json ? ["--json"] : []));
      const printed = out.join("\n");
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(printed).toContain(json ? "\\u001b[2J" : "\\u001B[2J");
      expect(printed).toContain("\\u009B31m");
      if (json) expect(() => JSON.parse(printed)).not.toThrow();
    }
  });

  it("exits quietly when the reader of its output goes away (| head -1)", () => {
    const file = join(dir, "多错误.csv");
    const rows = ["院名称,所属市州,确定时间"];
    for (let i = 0; i < 3000; i++) rows.push(`阿坝县院${i},阿坝州,某天${i}`);
    writeFileSync(file, `${rows.join("\n")}\n`);
    const result = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" --import tsx src/cli/main.ts validate "${file}" --kind office | head -1`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toBe("");
  });

  it("prints one line and no stack trace from a real process on a crafted file", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "validate", join(dir, "远.xlsx"), "--lang", "en"],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      `Cannot read "${join(dir, "远.xlsx")}": Sheet "整改" spans A1:XFD1048576 (17,179,869,184 cells; at most 20,000,000): delete the stray cells far out and save again.`,
    ]);
  });
});
