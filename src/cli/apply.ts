// `taizhang apply FILE -o OUT.xlsx [--as-of] [--scheme] [--due-days] [--year] [--force]`: what the
// add-in does in Excel, done to a copy of the file — every ledger found is validated, listed in
// 台账问题清单, flagged, and summarised in 台账汇总 with 工作提示单. FILE is never changed.
import { applyAll } from "../app/applyAll";
import { inlineCoreWork } from "../app/coreWork";
import { kindName } from "../app/kinds";
import { commandArgs } from "./args";
import { CliError } from "./cliError";
import type { Command } from "./command";
import { DATE_OPTIONS, DEFAULT_DUE_DAYS, dateChoices } from "./dateChoices";
import { asCliError, checkOutput, writeOutput } from "./output";
import { text } from "./texts";
import { openWorkbookFile } from "./workbookFile";

export const OUTPUT_OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
} as const;

const OPTIONS = { ...DATE_OPTIONS, ...OUTPUT_OPTIONS } as const;

const TEXT = {
  summary: {
    zh: "把校验结果、标识列、汇总和工作提示单写入台账的副本",
    en: "write the issue list, flags, summary and reminder slips into a copy of a workbook",
  },
  usage: {
    zh: "用法：taizhang apply 文件.xlsx -o 输出.xlsx [--as-of YYYY-MM-DD] [--scheme flags|lights] [--due-days 天数] [--year 年份] [--force] [--lang zh|en]\n\n自动识别工作簿中的台账，逐一校验，写出“台账问题清单”、标识列（挂图作战或督办亮灯）、“台账汇总”和“工作提示单”，保存为新文件。原文件不做任何改动。\n-o        输出文件；已存在时不覆盖，除非加 --force\n--as-of   统计截止日期，默认今天\n--scheme  flags = 挂图作战，lights = 督办亮灯\n--due-days 临期天数，默认7\n退出码：0 已写出且无错误，1 已写出但台账有错误，2 文件无法读取、未找到台账或参数错误。",
    en: "Usage: taizhang apply FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--scheme flags|lights] [--due-days N] [--year YYYY] [--force] [--lang zh|en]\n\nRecognises the ledgers of the workbook, validates them and writes the issue list, a flag column (battle-map flags or supervision lights), the summary and reminder slips into a new file. The file read is never changed.\n-o        the file to write; an existing one is kept unless --force is given\n--as-of   the date figures are computed for, default today\n--scheme  flags or lights\n--due-days days that count as due soon, default 7\nExit codes: 0 written, no errors; 1 written, the ledgers have errors; 2 unreadable input, no ledger or bad arguments.",
  },
} as const;

export const applyCommand: Command = {
  summary: { zh: TEXT.summary.zh, en: TEXT.summary.en },
  options: OPTIONS,
  async run(argv, io) {
    const args = commandArgs(argv, OPTIONS, io, (lang) => TEXT.usage[lang]);
    if (args === null) return 0;
    const { values, positionals, lang } = args;
    if (positionals.length === 0) throw new CliError("noFiles");
    if (positionals.length > 1) throw new CliError("oneFileOnly");
    const file = positionals[0]!;
    const { context, asOf, scheme, dueDays } = dateChoices(values, lang);
    const output = checkOutput(values.output, [file], values.force === true);
    const host = openWorkbookFile(file);
    const outcome = await asCliError(() =>
      applyAll(host, context, inlineCoreWork(context), {
        asOf,
        scheme,
        dueSoonDays: dueDays ?? DEFAULT_DUE_DAYS,
      }),
    );
    writeOutput(output, host.save());
    for (const ledger of outcome.ledgers)
      io.out(
        text(lang, "appliedLedger", { sheet: ledger.sheet, kind: kindName(ledger.kind, lang) }),
      );
    io.out(text(lang, "appliedIssues", { count: outcome.issues }));
    io.out(text(lang, "appliedSheets", { sheets: outcome.sheets.join("、") }));
    io.out(outcome.figures.narrative);
    for (const note of outcome.notes) io.out(`  ${note}`);
    io.out(text(lang, "wrote", { file: output }));
    return outcome.issues > 0 ? 1 : 0;
  },
};
