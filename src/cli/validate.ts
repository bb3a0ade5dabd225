import { LEDGER_KINDS } from "../core/model/ledger";
import { loadDescriptor, TaizhangError, type TableSchemaDescriptor } from "../core/ledgers";
import { appContext } from "../app/context";
import type { SourceOptions } from "../app/readLedgers";
import { commandArgs } from "./args";
import { CliError } from "./cliError";
import { ledgerKindArg } from "./kindArg";
import type { Command } from "./command";
import { loadLedgers } from "./load";
import { readFileBytes } from "./readFileBytes";
import { text } from "./texts";
import { validateJson, validateText } from "./validateReport";

const OPTIONS = {
  schema: { type: "string" },
  kind: { type: "string" },
  sheet: { type: "string" },
  year: { type: "string" },
} as const;

function readDescriptor(file: string): TableSchemaDescriptor {
  let json: unknown;
  const bytes = readFileBytes(file);
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new CliError("descriptorBad", {
      file,
      detail: { zh: "不是有效的 JSON 文件", en: "it is not valid JSON" },
    });
  }
  try {
    return loadDescriptor(json);
  } catch (error) {
    if (error instanceof TaizhangError)
      throw new CliError("descriptorBad", { file, detail: error.detail });
    throw error;
  }
}

/** `taizhang validate FILE... [--schema] [--kind] [--sheet] [--year] [--json] [--lang]`. */
export const validateCommand: Command = {
  summary: { zh: text("zh", "validateSummary"), en: text("en", "validateSummary") },
  options: OPTIONS,
  async run(argv, io) {
    const kinds = LEDGER_KINDS.join(", ");
    const args = commandArgs(argv, OPTIONS, io, (lang) => text(lang, "validateUsage", { kinds }));
    if (args === null) return 0;
    const { values, positionals, lang } = args;
    if (positionals.length === 0) throw new CliError("noFiles");
    const source: SourceOptions = {};
    let year: number | undefined;
    if (typeof values.kind === "string") source.kind = ledgerKindArg(values.kind);
    if (typeof values.schema === "string") source.schema = readDescriptor(values.schema);
    if (typeof values.year === "string") {
      if (!/^(19|20)\d{2}$/.test(values.year)) throw new CliError("badYear");
      year = Number(values.year);
    }
    const load = typeof values.sheet === "string" ? { sheet: values.sheet, source } : { source };
    const read = await loadLedgers(positionals, appContext(lang, year), load);
    if (read.results.length === 0) throw new CliError("noLedgerAtAll");
    if (values.json === true) io.out(JSON.stringify(validateJson(read, lang)));
    else for (const line of validateText(read, lang)) io.out(line);
    return read.results.every((r) => r.valid) ? 0 : 1;
  },
};
