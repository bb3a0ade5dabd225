import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command, CliIO } from "./command";
import { CliError } from "./cliError";
import { langFromArgv } from "./lang";
import { terminalSafe } from "./terminalText";
import { text } from "./texts";
import { summarizeCommand } from "./summarize";
import { validateCommand } from "./validate";
import { applyCommand } from "./apply";
import { templateCommand } from "./template";
import { consolidateCommand } from "./consolidate";
import type { Lang } from "../core/model";

/** The command table: adding a command is one line here. */
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  summarize: summarizeCommand,
  apply: applyCommand,
  template: templateCommand,
  consolidate: consolidateCommand,
};

const consoleIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `taizhang … | head`: once the reader of stdout has gone, writing fails with EPIPE. That is the
 * reader's choice, not an error: stop at once, quietly.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (error: NodeJS.ErrnoException) => {
      process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
    });
}

function usage(lang: Lang): string {
  const commands = Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(12)}${command.summary[lang]}`)
    .join("\n");
  return text(lang, "usage", { commands });
}

/** Runs the CLI and returns its exit code; user mistakes print one line, never a stack trace. */
export async function main(argv: string[], rawIO: CliIO = consoleIO): Promise<number> {
  // Every line passes through terminalSafe: cell text never reaches the terminal raw.
  const io: CliIO = {
    out: (line) => rawIO.out(terminalSafe(line)),
    err: (line) => rawIO.err(terminalSafe(line)),
  };
  const lang = langFromArgv(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(usage(lang));
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(text(lang, "unknownCommand", { name }));
    io.err(usage(lang));
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(text(lang, error.key, error.values));
    } else {
      // A fault of ours, not the user's: no stack trace or library message unless asked for.
      io.err(text(lang, "internal"));
      if (process.env.TAIZHANG_DEBUG)
        io.err(error instanceof Error ? String(error.stack) : String(error));
    }
    return 2;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// Run when executed directly (npx tsx src/cli/main.ts); the bundle calls main() itself.
if (isEntryPoint()) {
  quietOnClosedPipe();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
