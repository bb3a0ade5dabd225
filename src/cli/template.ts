// `taizhang template [--kinds problem,measure,…] -o NEW.xlsx [--force]`: a new workbook holding
// the standard ledger sheets — title, header as an Excel table, drop-downs and date checks —
// the same templates the add-in inserts.
import { writeTemplates } from "../app/newWorkbook";
import { kindName } from "../app/kinds";
import { LEDGER_KINDS } from "../core/model/ledger";
import { emptyWorkbook } from "../xlsx/emptyWorkbook";
import { createXlsxHost } from "../xlsx/host";
import { nodeCompression } from "./nodeCompression";
import { OUTPUT_OPTIONS } from "./apply";
import { commandArgs } from "./args";
import { CliError } from "./cliError";
import { KIND_CHOICES, ledgerKindArg } from "./kindArg";
import type { Command } from "./command";
import { asCliError, checkOutput, writeOutput } from "./output";
import { text } from "./texts";

const OPTIONS = { ...OUTPUT_OPTIONS, kinds: { type: "string" } } as const;

/** Without --kinds: the registry and the ledgers every office keeps. */
export const DEFAULT_TEMPLATE_KINDS = ["office", "problem", "measure"] as const;

const TEXT = {
  summary: {
    zh: "生成空白台账模板工作簿（表头、下拉选项和日期校验）",
    en: "make a workbook of blank ledger templates (header, drop-downs, date checks)",
  },
  usage: {
    zh: "用法：taizhang template -o 新文件.xlsx [--kinds problem,measure,…] [--force] [--lang zh|en]\n\n生成一个新工作簿，每种台账一张标准工作表。\n--kinds  要包含的台账类型，用逗号分隔，默认 office,problem,measure；可选：{kinds}\n-o       输出文件；已存在时不覆盖，除非加 --force",
    en: "Usage: taizhang template -o NEW.xlsx [--kinds problem,measure,…] [--force] [--lang zh|en]\n\nMakes a new workbook with one standard sheet per ledger kind.\n--kinds  the kinds to include, comma-separated, default office,problem,measure; one of: {kinds}\n-o       the file to write; an existing one is kept unless --force is given",
  },
} as const;

export const templateCommand: Command = {
  summary: { zh: TEXT.summary.zh, en: TEXT.summary.en },
  options: OPTIONS,
  async run(argv, io) {
    const all = LEDGER_KINDS.join(", ");
    const args = commandArgs(argv, OPTIONS, io, (lang) => TEXT.usage[lang].replace("{kinds}", all));
    if (args === null) return 0;
    const { values, positionals, lang } = args;
    if (positionals.length > 0) throw new CliError("templateTakesNoFile");
    const kinds =
      typeof values.kinds === "string"
        ? [...new Set(values.kinds.split(/[,，、\s]+/).filter((k) => k !== ""))]
        : [...DEFAULT_TEMPLATE_KINDS];
    if (kinds.length === 0) throw new CliError("badKind", { name: "", kinds: KIND_CHOICES });
    // By code or Chinese name (问题整改台账), each once.
    const named = [...new Set(kinds.map(ledgerKindArg))];
    const output = checkOutput(values.output, [], values.force === true);
    const host = createXlsxHost(emptyWorkbook(), { file: output, compression: nodeCompression });
    const sheets = await asCliError(() => writeTemplates(host, named));
    writeOutput(output, host.save());
    named.forEach((kind, i) =>
      io.out(text(lang, "templateSheet", { sheet: sheets[i] ?? "", kind: kindName(kind, lang) })),
    );
    io.out(text(lang, "wrote", { file: output }));
    return 0;
  },
};
