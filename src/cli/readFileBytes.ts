import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { MAX_FILE_BYTES } from "../xlsx";
import { CliError } from "./cliError";

// The CLI's only way into a file: a regular file of bounded size, read whole. A FIFO or a device
// (/dev/zero) would never end, a directory has no bytes, so they are refused before a read.

function refusal(file: string, error: unknown): CliError {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new CliError("fileMissing", { file });
  if (code === "EACCES" || code === "EPERM") return new CliError("filePermission", { file });
  if (code === "EISDIR") return new CliError("fileNotRegular", { file });
  return new CliError("fileReadFailed", { file });
}

function checkRegular(file: string, stats: Stats): void {
  if (!stats.isFile()) throw new CliError("fileNotRegular", { file });
  if (stats.size > MAX_FILE_BYTES)
    throw new CliError("fileTooLarge", {
      file,
      size: Math.round(stats.size / 2 ** 20),
      limit: Math.round(MAX_FILE_BYTES / 2 ** 20),
    });
}

/** The bytes of a regular file; a CliError (exit 2, one line) for anything else. */
export function readFileBytes(file: string): Uint8Array {
  try {
    checkRegular(file, statSync(file));
    // Non-blocking open: had the path become a FIFO since, opening it must not wait for a writer.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      checkRegular(file, stats);
      const bytes = new Uint8Array(stats.size);
      let filled = 0;
      while (filled < bytes.length) {
        const read = readSync(fd, bytes, filled, bytes.length - filled, null);
        if (read === 0) break;
        filled += read;
      }
      return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw refusal(file, error);
  }
}
