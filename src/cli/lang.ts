import type { Lang } from "../core/model";
import { CliError } from "./cliError";

/** zh by default; --lang en for English. */
export function langOf(value: string | boolean | undefined): Lang {
  if (value === undefined || value === "zh" || value === "zh-CN") return "zh";
  if (value === "en") return "en";
  throw new CliError("badLang");
}

/** Language from raw argv, before a command parses it (so even its errors speak the user's language). */
export function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh";
  const value = argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "zh";
}
