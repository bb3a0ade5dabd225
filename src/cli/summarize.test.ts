import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JIANGSU_AS_OF, JIANGSU_OFFICES, jiangsuSheets } from "../../test/summary/seed/jiangsu";
import { fujianPetitions, qinghaiReview } from "../../test/summary/seed/others";
import { csvOf, workbookOf } from "../../test/summary/seed/workbook";
import { CliError } from "./cliError";
import { summarizeCommand } from "./summarize";

let dir = "";
let jiangsuFiles: string[] = [];
let petitionFile = "";
let reviewFile = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "taizhang-summarize-"));
  const { sheets } = jiangsuSheets();
  jiangsuFiles = await Promise.all(
    sheets.map(async (sheet, i) => {
      const file = join(dir, `${JIANGSU_OFFICES[i]}.xlsx`);
      writeFileSync(file, await workbookOf([sheet]));
      return file;
    }),
  );
  petitionFile = join(dir, "福建困难问题.xlsx");
  writeFileSync(petitionFile, await workbookOf([fujianPetitions()]));
  reviewFile = join(dir, "青海评查.csv");
  writeFileSync(reviewFile, csvOf(qinghaiReview()));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await summarizeCommand.run(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

describe("taizhang summarize", () => {
  it("prints the stable JSON for several offices' workbooks and other ledgers", async () => {
    const { code, out } = await run([
      ...jiangsuFiles,
      petitionFile,
      reviewFile,
      "--as-of",
      JIANGSU_AS_OF,
      "--json",
    ]);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0] ?? "{}");
    expect(Object.keys(json)).toEqual([
      "asOf",
      "scheme",
      "tables",
      "problem",
      "petition",
      "review",
      "flags",
      "overdue",
      "progress",
      "narrative",
    ]);
    expect(json.asOf).toBe("2021-06-30");
    expect(json.tables).toHaveLength(12);
    expect(json.tables[0]).toEqual({
      file: "响水县院.xlsx",
      sheet: "响水县院整改台账",
      kind: "problem",
      rows: 36,
      errors: expect.any(Number),
    });
    expect([
      json.problem.totals.offices,
      json.problem.totals.problems,
      json.problem.totals.causes,
      json.problem.totals.measures,
    ]).toEqual([10, 118, 123, 328]);
    expect(json.problem.byOffice).toHaveLength(10);
    expect(json.petition.totals.answered + json.petition.totals.resolved).toBe(13);
    expect(json.review.totals).toEqual({
      reviewed: 4141,
      flawed: 81,
      unqualified: 27,
      flawedRate: 108 / 4141,
    });
    expect(json.progress).toHaveLength(10);
    expect(json.narrative).toMatch(
      // No registry among the files says whose offices these are: no 全省 the data cannot back.
      /^截至2021年6月30日，10个薄弱基层院共查找问题118个、分析原因123个、细化推进措施328条。/,
    );
    // Blank separator rows are reported by the reader, so the summary exits with 1 as validate does.
    expect(code).toBe(json.tables.some((t: { errors: number }) => t.errors > 0) ? 1 : 0);
  });

  it("names each sheet's ledger as the user knows it, never by its internal kind", async () => {
    const { out } = await run([
      jiangsuFiles[0]!,
      petitionFile,
      reviewFile,
      "--as-of",
      JIANGSU_AS_OF,
    ]);
    const read = out.slice(out.indexOf("读取的表格：") + 1, out.indexOf("读取的表格：") + 4);
    expect(read[0]).toMatch(
      /^ {2}响水县院\.xlsx · 工作表“响水县院整改台账” · 问题整改台账 · 36行 · /,
    );
    expect(read.join("\n")).not.toMatch(/ · (problem|petition|review) · /);
  });

  it("prints the narrative and tables in English with the lights scheme", async () => {
    const { out } = await run([
      ...jiangsuFiles,
      "--as-of",
      JIANGSU_AS_OF,
      "--scheme",
      "lights",
      "--lang",
      "en",
    ]);
    expect(out[0]).toBe("Ledger summary (as of 30 June 2021, Supervision lights)");
    expect(out[2]).toMatch(/^As of 30 June 2021, the 10 weak basic-level procuratorates/);
    expect(out).toContain("Overdue (15):");
    // 15 overdue + 11 due within 7 days, spread over the six 责任人 of the seed sheets.
    const slips = out.filter((line) => /^ {2}\S+: \d+ overdue, \d+ due soon$/.test(line));
    expect(slips).toHaveLength(6);
    const counted = slips.map(
      (line) =>
        line
          .match(/(\d+) overdue, (\d+) due soon/)
          ?.slice(1)
          .map(Number) ?? [],
    );
    const totals = counted.reduce<[number, number]>(
      (sum, [o = 0, d = 0]) => [sum[0] + o, sum[1] + d],
      [0, 0],
    );
    expect(totals).toEqual([15, 11]);
    expect(out.find((line) => line.startsWith("Flags"))).toBe(
      "Flags (Supervision lights): Closed 40 · Done late 20 · Red light (overdue) 15 · Yellow light (due soon) 11 · Green light (on track) 242",
    );
  });

  it("counts a lights window of another length", async () => {
    const { out } = await run([
      ...jiangsuFiles,
      "--as-of",
      JIANGSU_AS_OF,
      "--scheme",
      "lights",
      "--due-days",
      "3",
      "--json",
    ]);
    const json = JSON.parse(out[0] ?? "{}");
    // Due 2021-07-05 and 07-07 are 5 and 7 days away: outside a 3-day window.
    expect(json.flags.total.黄灯).toBe(0);
  });

  it.each([
    [["--as-of", "2021-6-30"], "badOption"],
    [["--as-of", "2021-02-30"], "badOption"],
    [["--scheme", "rag"], "badOption"],
    [["--due-days", "-1"], "badOption"],
    [[], "noFiles"],
  ])("rejects %j with %s (exit 2 through the CLI)", async (args, key) => {
    const files = key === "noFiles" ? [] : [reviewFile];
    await expect(run([...files, ...args])).rejects.toSatisfy(
      (error: unknown) => error instanceof CliError && error.key === key,
    );
  });

  it("says a missing file is missing", async () => {
    await expect(run([join(dir, "none.xlsx")])).rejects.toSatisfy(
      (error: unknown) => error instanceof CliError && error.key === "fileMissing",
    );
  });

  it("gives the exit codes of validate once in the command table (0/1 run, 2 bad input)", async () => {
    const { COMMANDS, main } = await import("./main");
    const had = COMMANDS.summarize;
    COMMANDS.summarize = summarizeCommand;
    try {
      const io = { out: () => undefined, err: () => undefined };
      expect(await main(["summarize", reviewFile, "--as-of", "2021-06-30"], io)).toBe(0);
      expect(await main(["summarize", ...jiangsuFiles, "--as-of", "2021-06-30"], io)).toBe(0);
      // A review batch with a count that is not a number: summarised, but the sheet has errors.
      const flawed = join(dir, "评查-有错.csv");
      writeFileSync(flawed, "批次,院名称,评查件数,瑕疵件数,不合格件数\n第一批,玛多县院,十二,1,0\n");
      expect(await main(["summarize", flawed, "--as-of", "2021-06-30"], io)).toBe(1);
      const err: string[] = [];
      expect(
        await main(["summarize", reviewFile, "--as-of", "30/6/2021"], {
          out: () => undefined,
          err: (line) => err.push(line),
        }),
      ).toBe(2);
      expect(err).toEqual(["参数错误：--as-of 应为 YYYY-MM-DD 格式的日期，如 2021-06-30。"]);
    } finally {
      if (had === undefined) delete COMMANDS.summarize;
      else COMMANDS.summarize = had;
    }
  });
  it("says an item due at once (立行立改) is unfinished, not 超期0天 with no deadline", async () => {
    const file = join(dir, "立行立改.csv");
    writeFileSync(
      file,
      "问题编号,院名称,问题描述,整改措施,完成时限,进展状态\n1,阿坝县院,经费不足,申请经费,立行立改,未完成\n",
    );
    const { out } = await run([file, "--as-of", "2021-06-30"]);
    const line = out
      .join("\n")
      .split("\n")
      .find((l) => l.includes("申请经费"));
    expect(line).toBe(
      "  1. 阿坝县人民检察院 · 申请经费 · 责任人— · 时限立行立改 · 尚未完成 · 工作表“立行立改”第2行",
    );
  });
});

describe("taizhang summarize, dates without a year", () => {
  // 5月底 with no year anywhere in the file: the year comes from --as-of, not from the clock.
  const csv =
    "问题编号,院名称,问题描述,整改措施,完成时限,进展状态\nQ-1,阿坝县院,办案不规范,开展评查,5月底,正在推进\n";

  it("reads them in the year of --as-of", async () => {
    const file = join(dir, "无年份.csv");
    writeFileSync(file, csv);
    const { code, out } = await run([file, "--as-of", "2021-06-30", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out[0] ?? "{}");
    expect(json.overdue.map((o: { deadline: string }) => o.deadline)).toEqual(["2021-05-31"]);
  });

  it("reads them in --year when it is given, whatever --as-of says", async () => {
    const file = join(dir, "无年份2.csv");
    writeFileSync(file, csv);
    const { out } = await run([file, "--as-of", "2021-06-30", "--year", "2020", "--json"]);
    const json = JSON.parse(out[0] ?? "{}");
    expect(json.overdue.map((o: { deadline: string }) => o.deadline)).toEqual(["2020-05-31"]);
  });
});
