import type { Lang } from "../core/validate";
import type { OptionSpec } from "./args";

/** What a command prints to; tests pass their own. */
export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One entry of the command table: its options, a one-line summary, and what it does. */
export interface Command {
  summary: Record<Lang, string>;
  options: OptionSpec;
  /** Returns the exit code (0 ok, 1 findings, 2 bad input). Throws CliError for user mistakes. */
  run(argv: string[], io: CliIO): Promise<number>;
}
