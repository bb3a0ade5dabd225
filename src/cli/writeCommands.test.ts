// apply, template and consolidate write workbooks: what they write is read back with the
// reader (src/xlsx readWorkbook) and compared with what went in. The files read must come out
// byte for byte as they were, and an existing output is never replaced without --force.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEDGER_SCHEMAS } from "../core/ledgers";
import type { SheetInput } from "../core/model";
import { readWorkbook } from "../xlsx";
import { PROBLEM, REGISTRY, TRICKY, workbookWithForeignParts } from "../../test/xlsx/_lib/fixture";
import {
  A_HEADER,
  A_ROWS,
  B_HEADER,
  B_ROWS,
  officeWorkbook,
  registryWorkbook,
} from "../../test/xlsx/_lib/offices";
import { partsOf } from "../../test/xlsx/_lib/parts";
import { main } from "./main";

let dir = "";
const path = (name: string) => join(dir, name);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function sheetsOf(file: string): Promise<SheetInput[]> {
  return readWorkbook(readFileSync(file));
}

function sheet(sheets: readonly SheetInput[], name: string): SheetInput {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} among ${sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** The XML of the worksheet part of the sheet named. */
function sheetXml(file: string, name: string): string {
  const parts = partsOf(readFileSync(file));
  const workbook = parts["xl/workbook.xml"]!;
  const rels = parts["xl/_rels/workbook.xml.rels"]!;
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  return parts[`xl/${target!.replace(/^\/?xl\//, "")}`]!;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-write-"));
  writeFileSync(path("台账.xlsx"), await workbookWithForeignParts());
  writeFileSync(path("阿坝.xlsx"), await officeWorkbook(A_HEADER, A_ROWS));
  writeFileSync(path("甘洛.xlsx"), await officeWorkbook(B_HEADER, B_ROWS));
  // Last month's file sent again under a new name.
  writeFileSync(path("阿坝（重发）.xlsx"), readFileSync(path("阿坝.xlsx")));
  writeFileSync(
    path("名册.xlsx"),
    await registryWorkbook(["阿坝县人民检察院", "甘洛县人民检察院", "玛多县人民检察院"]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("taizhang apply", () => {
  it("writes the issue list, flags, summary and slips into a copy; the user's cells and the file read stay as they were", async () => {
    const input = readFileSync(path("台账.xlsx"));
    const { code, out, err } = await run(
      "apply",
      path("台账.xlsx"),
      "-o",
      path("台账-处理后.xlsx"),
      "--as-of",
      "2021-06-30",
    );
    expect(err).toEqual([]);
    expect(code).toBe(1); // the messy ledger has errors
    expect(out).toContain(`台账：工作表“${PROBLEM}”（问题整改台账）`);
    expect(readFileSync(path("台账.xlsx"))).toEqual(input);

    const before = await readWorkbook(input);
    const after = await sheetsOf(path("台账-处理后.xlsx"));
    expect(after.map((s) => s.name)).toEqual(
      expect.arrayContaining([PROBLEM, REGISTRY, "说明", "台账问题清单", "台账汇总", "工作提示单"]),
    );
    for (const name of [PROBLEM, REGISTRY, "说明"]) {
      const width = sheet(before, name).values.reduce((w, r) => Math.max(w, r.length), 0);
      expect(
        sheet(after, name).values.map((r) => r.slice(0, width)),
        name,
      ).toEqual(
        sheet(before, name).values.map((r) => [...r, ...Array(width - r.length).fill(null)]),
      );
    }
    // User text that looks like a formula, and full-width punctuation, is still text.
    expect(sheet(after, "说明").values.map((r) => r[0])).toEqual(TRICKY);
    expect(sheetXml(path("台账-处理后.xlsx"), "说明")).not.toContain("<f>HYPERLINK");
    // The flag column, its conditional formats, and the summary.
    const header = sheet(after, PROBLEM).values.find((r) => r.includes("问题编号"))!;
    expect(header).toContain("【台账助手】挂图作战");
    const ledgerXml = sheetXml(path("台账-处理后.xlsx"), PROBLEM);
    for (const flag of ["红旗", "黄旗", "黑旗"]) expect(ledgerXml).toContain(flag);
    expect(ledgerXml).toContain("<conditionalFormatting");
    expect(sheet(after, "台账汇总").values[0]?.[0]).toBe("台账工作汇总（截至2021年6月30日）");
    expect(sheet(after, "台账问题清单").values.length).toBeGreaterThan(2);
  });

  it("never replaces an existing file without --force, and never the file read", async () => {
    const output = path("已有.xlsx");
    writeFileSync(output, "不要覆盖");
    const refused = await run("apply", path("台账.xlsx"), "-o", output);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([`文件“${output}”已存在，未做任何更改。如要覆盖，请加 --force。`]);
    expect(readFileSync(output, "utf8")).toBe("不要覆盖");
    const english = await run("apply", path("台账.xlsx"), "-o", output, "--lang", "en");
    expect(english.err[0]).toContain("--force");
    expect(english.err[0]).toContain("already exists");

    const forced = await run("apply", path("台账.xlsx"), "-o", output, "--force");
    expect(forced.code).toBe(1);
    expect((await sheetsOf(output)).map((s) => s.name)).toContain("台账汇总");

    const input = readFileSync(path("台账.xlsx"));
    const onItself = await run("apply", path("台账.xlsx"), "-o", path("台账.xlsx"), "--force");
    expect(onItself.code).toBe(2);
    expect(onItself.err[0]).toContain("从不改动原文件");
    expect(readFileSync(path("台账.xlsx"))).toEqual(input);
  });
});

describe("taizhang template", () => {
  it("writes a new workbook with the standard sheets in the order asked, with drop-downs", async () => {
    const output = path("模板.xlsx");
    const { code, err } = await run("template", "--kinds", "problem,measure", "-o", output);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const sheets = await sheetsOf(output);
    expect(sheets.map((s) => s.name)).toEqual(["问题整改台账", "帮扶措施台账"]);
    for (const [name, kind] of [
      ["问题整改台账", "problem"],
      ["帮扶措施台账", "measure"],
    ] as const) {
      const titles = LEDGER_SCHEMAS[kind].fields.map((f) => f.title ?? f.name);
      expect(sheet(sheets, name).values.some((r) => titles.every((t) => r.includes(t)))).toBe(true);
      expect(sheetXml(output, name)).toMatch(/<dataValidation [^>]*type="list"/);
    }
    expect((await run("template", "-o", output)).code).toBe(2);
    expect((await run("template", "--kinds", "problem,nonsense", "-o", path("x.xlsx"))).code).toBe(
      2,
    );
  });
});

describe("taizhang consolidate", () => {
  const files = () => [path("阿坝.xlsx"), path("甘洛.xlsx"), path("阿坝（重发）.xlsx")];

  it("tells one office's two versions of a ledger (October's, November's), both counted, and exits 1", async () => {
    const header = "院名称,问题描述,整改措施,完成时限,进展状态\n";
    const first =
      "阿坝县院,队伍老化,招录,2021.12.31,正在推进\n阿坝县院,案件质量,培训,2021.9.30,已完成\n";
    writeFileSync(path("阿坝10月.csv"), header + first);
    writeFileSync(
      path("阿坝11月.csv"),
      header + first.replace("正在推进", "已完成") + "阿坝县院,信息化,采购,2021.11.30,未完成\n",
    );
    const { code, out } = await run(
      "consolidate",
      path("阿坝10月.csv"),
      path("阿坝11月.csv"),
      "-o",
      path("两期.xlsx"),
      "--as-of",
      "2021-11-30",
    );
    expect(out).toContain(
      `“${path("阿坝11月.csv")}”与“${path("阿坝10月.csv")}”的问题整改台账有2项相同，可能是同一台账的不同期次，两份都已计入，请核实。`,
    );
    expect(code).toBe(1);
  });

  it("merges offices' ledgers by field, with the source of every row, repeats, submissions and one summary", async () => {
    const inputs = files().map((f) => readFileSync(f));
    const output = path("汇总.xlsx");
    const { code, out, err } = await run(
      "consolidate",
      ...files(),
      "--registry",
      path("名册.xlsx"),
      "-o",
      output,
      "--as-of",
      "2021-06-30",
    );
    expect(code).toBe(1);
    expect(err.filter((l) => !l.startsWith("已读取"))).toEqual([]);
    expect(out).toContain("名册中1个院未报送：玛多县人民检察院");
    expect(out).toContain(
      `“${path("阿坝（重发）.xlsx")}”与“${path("阿坝.xlsx")}”内容完全相同，只计入一次。`,
    );
    expect(out.filter((l) => l.includes("内容完全相同"))).toHaveLength(1);
    files().forEach((f, i) => expect(readFileSync(f)).toEqual(inputs[i]));

    const sheets = await sheetsOf(output);
    const merged = sheet(sheets, "问题整改台账（合并）");
    const header = merged.values[1]!;
    expect(header.slice(0, 4)).toEqual(["来源文件", "来源工作表", "来源行号", "来源院"]);
    const column = (title: string) => header.indexOf(title);
    // Every merged row: its source row in its file holds the same values under the office's
    // own titles.
    const originals = new Map<string, { header: string[]; rows: SheetInput["values"] }>();
    for (const file of files()) {
      const s = sheet(await sheetsOf(file), "问题整改台账");
      originals.set(file, { header: s.values[1] as string[], rows: s.values });
    }
    const body = merged.values.slice(2).filter((r) => r.some((c) => c !== null));
    // 阿坝's copy is counted once, as 阿坝: its rows are not merged again.
    expect(body).toHaveLength(4);
    expect(body.map((r) => r[0])).not.toContain(path("阿坝（重发）.xlsx"));
    const pairs: [string, string][] = [
      ["问题编号", "编号"],
      ["问题描述", "存在问题"],
      ["整改措施", "措施"],
      ["责任人", "责任领导"],
      ["完成时限", "整改时限"],
      ["进展状态", "状态"],
    ];
    for (const row of body) {
      const source = originals.get(row[0] as string)!;
      expect(row[1]).toBe("问题整改台账");
      const original = source.rows[(row[2] as number) - 1]!;
      for (const [field, other] of pairs) {
        const at = source.header.includes(field)
          ? source.header.indexOf(field)
          : source.header.indexOf(other);
        expect(row[column(field)], `${row[0]} ${row[2]} ${field}`).toBe(original[at]);
      }
    }
    // User text stays text: full-width punctuation, formula-like text.
    const measures = body.map((r) => r[column("整改措施")]);
    expect(measures).toEqual(
      expect.arrayContaining(["开展案件评查；建立台账。", "=SUM(A1)", "+cmd|' /C calc'!A0"]),
    );
    expect(sheetXml(output, "问题整改台账（合并）")).not.toMatch(/<f>/);
    const offices = new Set(body.map((r) => r[3]));
    expect(offices).toEqual(new Set(["阿坝县人民检察院", "甘洛县人民检察院"]));

    // WT-001 of 阿坝 and WT-001 of 甘洛 are each office's own problem (a 问题编号 is the
    // office's), no repeat; WT-002 only in 阿坝 and its copy (no second file); WT-010 in one file.
    const repeats = sheet(sheets, "重复编号").values.slice(2);
    const keyed = (key: string) => repeats.filter((r) => r[2] === key).map((r) => r[3]);
    expect(keyed("WT-001")).toEqual([]);
    expect(keyed("WT-002")).toEqual([]);
    expect(keyed("WT-010")).toEqual([]);

    const submission = sheet(sheets, "报送情况").values;
    const status = (file: string) => submission.find((r) => r[1] === file)?.[5];
    expect(status(path("阿坝（重发）.xlsx"))).toBe(
      `与“${path("阿坝.xlsx")}”内容完全相同；本文件未重复计入合并表、重复编号和汇总`,
    );
    expect(status(path("阿坝.xlsx"))).toBe(`与“${path("阿坝（重发）.xlsx")}”内容完全相同`);
    // Its office is still named: the copy has no rows of its own to name it from.
    const officesOf = (file: string) => submission.find((r) => r[1] === file)?.[2];
    expect(officesOf(path("阿坝（重发）.xlsx"))).toBe(officesOf(path("阿坝.xlsx")));
    expect(officesOf(path("阿坝.xlsx"))).toBeTruthy();
    expect(status(path("甘洛.xlsx"))).toBe("正常");
    expect(submission.flat()).toContain("玛多县人民检察院");
    expect(sheet(sheets, "台账汇总").values[0]?.[0]).toBe("台账工作汇总（截至2021年6月30日）");
  });

  it("finds a file sent again from the previous period, and refuses to overwrite", async () => {
    const previous = join(dir, "上期");
    rmSync(previous, { recursive: true, force: true });
    (await import("node:fs")).mkdirSync(previous);
    writeFileSync(join(previous, "甘洛-5月.xlsx"), readFileSync(path("甘洛.xlsx")));
    const output = path("汇总2.xlsx");
    const first = await run("consolidate", path("甘洛.xlsx"), "--previous", previous, "-o", output);
    expect(first.code).toBe(1);
    expect(first.out).toContain(
      `“${path("甘洛.xlsx")}”与上期“${join(previous, "甘洛-5月.xlsx")}”内容完全相同，可能重复报送了上期文件。`,
    );
    const submission = sheet(await sheetsOf(output), "报送情况").values;
    expect(submission.find((r) => r[1] === path("甘洛.xlsx"))?.[5]).toBe(
      `与上期“${join(previous, "甘洛-5月.xlsx")}”内容完全相同，可能重复报送了上期文件`,
    );
    const before = readFileSync(output);
    const again = await run("consolidate", path("甘洛.xlsx"), "-o", output);
    expect(again.code).toBe(2);
    expect(again.err[0]).toContain("--force");
    expect(readFileSync(output)).toEqual(before);
  });
});
