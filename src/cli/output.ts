// Where the writing commands (apply, template, consolidate) put their workbook: a new file, or
// one the user allowed to be replaced with --force — never one of the files read. Written to a
// temporary name beside it first, then renamed, so a failure never leaves half a workbook.
import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { TaizhangError } from "../core/errors";
import { CliError } from "./cliError";

/** Checks -o before any work: given, not an input, not an existing file unless forced. */
export function checkOutput(
  output: string | boolean | undefined,
  inputs: readonly string[],
  force: boolean,
): string {
  if (typeof output !== "string" || output === "") throw new CliError("noOutput");
  const target = realOrResolved(output);
  if (inputs.some((input) => realOrResolved(input) === target))
    throw new CliError("outputIsInput", { file: output });
  if (existsSync(output) && !force) throw new CliError("outputExists", { file: output });
  if (!existsSync(dirname(resolve(output))))
    throw new CliError("outputFolderMissing", { file: output });
  return output;
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Writes the workbook's bytes to `output` (through a temporary file in the same folder). */
export function writeOutput(output: string, bytes: Uint8Array): void {
  const temporary = `${resolve(output)}.${process.pid}.part`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, output);
  } catch {
    rmSync(temporary, { force: true });
    throw new CliError("outputWriteFailed", { file: output });
  }
}

/** A workflow's refusal (no ledger data, a lost binding) as the CLI's one-line error. */
export async function asCliError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TaizhangError)
      throw new CliError("workflowRefused", { detail: { zh: error.zh, en: error.en } });
    throw error;
  }
}
