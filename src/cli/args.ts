import { parseArgs } from "node:util";
import { CliError } from "./cliError";

export type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

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
    throw new CliError("badOption", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
