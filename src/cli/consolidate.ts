// `taizhang consolidate FILE... -o OUT.xlsx [--registry FILE] [--previous DIR-or-FILE]... [--force]`:
// many offices' workbooks into one (see src/app/consolidate.ts). The files read are never changed.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { consolidate } from "../app/consolidate";
import { emptyWorkbook } from "../xlsx/emptyWorkbook";
import { createXlsxHost } from "../xlsx/host";
import { workbookSource } from "../xlsx/workbookSource";
import { nodeCompression } from "./nodeCompression";
import { OUTPUT_OPTIONS } from "./apply";
import { commandArgs } from "./args";
import { CliError } from "./cliError";
import type { Command } from "./command";
import { DATE_OPTIONS, DEFAULT_DUE_DAYS, dateChoices } from "./dateChoices";
import { asCliError, checkOutput, writeOutput } from "./output";
import { fileProgress } from "./progressLine";
import { readFileBytes } from "./readFileBytes";
import { text } from "./texts";

const OPTIONS = {
  ...DATE_OPTIONS,
  ...OUTPUT_OPTIONS,
  registry: { type: "string", multiple: true },
  previous: { type: "string", multiple: true },
} as const;

const LEDGER_EXTENSIONS = new Set([".xlsx", ".xlsm", ".csv"]);

const TEXT = {
  summary: {
    zh: "合并各院报送的台账：报送情况、按台账合并（含来源）、重复编号、总汇总",
    en: "consolidate offices' ledgers: submissions, merged sheets with sources, repeated keys, one summary",
  },
  usage: {
    zh: "用法：taizhang consolidate 文件... -o 输出.xlsx [--registry 院名册.xlsx] [--previous 上期文件夹或文件]... [--as-of YYYY-MM-DD] [--scheme flags|lights] [--due-days 天数] [--year 年份] [--force] [--lang zh|en]\n\n把各院报送的工作簿合并为一个：\n  报送情况   每个文件的院和台账、内容指纹、与其他文件（或上期文件）内容完全相同的提示，名册中未报送的院\n  …（合并）  每种台账一张表，前四列为来源文件、工作表、行号、院，其余各列按字段对齐（不论各院的列名怎么写）\n  重复编号   同一编号（如问题编号）出现在不止一个文件中\n  台账汇总   全部数据的汇总和工作提示单，每个数字都可追溯到文件、工作表和行\n--registry 薄弱院名册（用于列出未报送的院）\n--previous 上期的文件或文件夹（用于发现重复报送的上期文件）\n退出码：0 已写出、无提示事项，1 已写出但有未报送、重复文件、重复编号或无法读取的文件，2 参数错误或没有可读的台账。",
    en: "Usage: taizhang consolidate FILE... -o OUT.xlsx [--registry REGISTRY.xlsx] [--previous DIR-or-FILE]... [--as-of YYYY-MM-DD] [--scheme flags|lights] [--due-days N] [--year YYYY] [--force] [--lang zh|en]\n\nMerges the offices' workbooks into one:\n  Submissions  per file its offices and ledgers, a content fingerprint, files with exactly the same content (this or the last period), offices that sent nothing\n  … (merged)   one sheet per ledger kind: source file, sheet, row and office, then the fields aligned whatever each office called its columns\n  Repeated keys  the same key (问题编号) in more than one file\n  Summary      one summary over everything, each figure traceable to file, sheet and row\n--registry the office registry (to list offices that sent nothing)\n--previous last period's files or folder (to find a file sent again)\nExit codes: 0 written, nothing to look at; 1 written, with missing offices, repeated files or keys, or unreadable files; 2 bad arguments or no ledger to read.",
  },
} as const;

/** A file given on the command line, read when its turn comes. */
const fileSource = (file: string) => workbookSource(file, () => readFileBytes(file));

/** --previous: each value a file, or a folder whose ledger files are taken (not its subfolders). */
function previousFiles(values: readonly string[]): string[] {
  const files: string[] = [];
  for (const value of values) {
    if (!existsSync(value)) throw new CliError("fileMissing", { file: value });
    if (statSync(value).isDirectory())
      files.push(
        ...readdirSync(value)
          .filter((name) => LEDGER_EXTENSIONS.has(extname(name).toLowerCase()))
          .sort()
          .map((name) => join(value, name)),
      );
    else files.push(value);
  }
  return files;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export const consolidateCommand: Command = {
  summary: { zh: TEXT.summary.zh, en: TEXT.summary.en },
  options: OPTIONS,
  async run(argv, io) {
    const args = commandArgs(argv, OPTIONS, io, (lang) => TEXT.usage[lang]);
    if (args === null) return 0;
    const { values, positionals, lang } = args;
    if (positionals.length === 0) throw new CliError("noFiles");
    const { context, asOf, scheme, dueDays } = dateChoices(values, lang);
    const registry = strings(values.registry);
    const previous = previousFiles(strings(values.previous));
    const inputs = [...positionals, ...registry, ...previous];
    for (const file of inputs) if (!existsSync(file)) throw new CliError("fileMissing", { file });
    const output = checkOutput(values.output, inputs, values.force === true);
    const host = createXlsxHost(emptyWorkbook(), {
      file: basename(output),
      compression: nodeCompression,
    });
    const progress = fileProgress(io, lang, process.stderr.isTTY ? process.stderr : null);
    const outcome = await asCliError(() =>
      consolidate(host, context, {
        files: positionals.map(fileSource),
        registry: registry.map(fileSource),
        previous: previous.map(fileSource),
        choice: { asOf, scheme, dueSoonDays: dueDays ?? DEFAULT_DUE_DAYS, slips: true },
        onFile: progress.onFile,
      }),
    ).finally(progress.end);
    writeOutput(output, host.save());

    const { submission, repeats, merged } = outcome;
    const unreadable = submission.files.filter((f) => f.problem);
    const duplicates = submission.files.filter(
      (f) => f.sameAs.length > 0 || f.sameAsPrevious.length > 0,
    );
    io.out(text(lang, "consolidatedFiles", { files: submission.files.length }));
    for (const m of merged)
      io.out(text(lang, "consolidatedKind", { sheet: m.sheet, rows: m.rows }));
    for (const f of unreadable)
      io.out(text(lang, "consolidatedUnreadable", { file: f.file, detail: f.problem! }));
    // A pair of same files is told once, by the copy (the later file, the one not counted).
    for (const f of duplicates) {
      if (f.copyOf !== undefined)
        io.out(text(lang, "consolidatedCopy", { file: f.file, original: f.copyOf }));
      if (f.sameAsPrevious.length > 0)
        io.out(
          text(lang, "consolidatedSamePrevious", {
            file: f.file,
            others: f.sameAsPrevious.join(lang === "zh" ? "”、“" : '", "'),
          }),
        );
    }
    // One office's two versions of a ledger (October's and November's) are both counted.
    const versions = submission.files.flatMap((f) =>
      (f.versionOf ?? []).map((v) => ({
        file: f.file,
        other: v.file,
        kind: v.kind,
        shared: v.shared,
      })),
    );
    for (const v of versions)
      io.out(
        text(lang, "consolidatedVersion", {
          file: v.file,
          other: v.other,
          kind: merged.find((m) => m.kind === v.kind)?.title ?? v.kind,
          shared: v.shared,
        }),
      );
    if (repeats.length > 0) io.out(text(lang, "consolidatedRepeats", { count: repeats.length }));
    if (submission.missing !== null && submission.missing.length > 0)
      io.out(
        text(lang, "consolidatedMissing", {
          count: submission.missing.length,
          offices: submission.missing.join(lang === "zh" ? "、" : ", "),
        }),
      );
    io.out(outcome.figures.narrative);
    io.out(text(lang, "wrote", { file: output }));
    const findings =
      unreadable.length +
      duplicates.length +
      versions.length +
      repeats.length +
      (submission.missing?.length ?? 0);
    return findings > 0 ? 1 : 0;
  },
};
