import { parseArgs } from "node:util";
import type { Lang } from "../core/model";
import { CliError } from "./cliError";
import { langOf } from "./lang";
import type { Localized } from "./texts";

export type OptionSpec = Record<
  string,
  { type: "string" | "boolean"; multiple?: boolean; short?: string }
>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpec = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean" },
};

/** Parses a command's arguments; an unknown option or a missing value is a CliError (exit 2). */
export function parseCommandArgs(argv: string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
  } catch (error) {
    throw new CliError("badOption", { detail: parseProblem(error) });
  }
}

/** A command's arguments and the language it answers in. */
export interface CommandArgs extends ParsedArgs {
  lang: Lang;
}

/**
 * Parses a command's arguments and reads its language; with --help, prints its usage and returns
 * null (the command then exits 0).
 */
export function commandArgs(
  argv: string[],
  options: OptionSpec,
  io: { out: (line: string) => void },
  usage: (lang: Lang) => string,
): CommandArgs | null {
  const parsed = parseCommandArgs(argv, options);
  const lang = langOf(parsed.values.lang);
  if (parsed.values.help === true) {
    io.out(usage(lang));
    return null;
  }
  return { ...parsed, lang };
}

/** node:util's parseArgs explains in English; the user reads their own language. */
function parseProblem(error: unknown): Localized {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : "";
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return { zh: `未知选项 ${option}`, en: `unknown option ${option}` };
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return { zh: `选项 ${option} 的值不对或缺少值`, en: `option ${option} needs a value` };
  return { zh: "无法理解的参数", en: "arguments not understood" };
}
