// An .xlsx opened for writing through the file host: the writing commands work on a copy in
// memory, so the file read is never changed.
import { basename } from "node:path";
import { createXlsxHost, type XlsxHost } from "../xlsx/host";
import { readProblemText, readSpreadsheet } from "../xlsx";
import { sniffFile } from "../xlsx/sniffFile";
import { nodeCompression } from "./nodeCompression";
import { CliError } from "./cliError";
import { readFileBytes } from "./readFileBytes";

/** The file's bytes in a host, or a CliError saying why it cannot be written into. */
export function openWorkbookFile(file: string): XlsxHost {
  const bytes = readFileBytes(file);
  if (sniffFile(bytes) !== "zip") throw new CliError("needsXlsx", { file });
  // The reader says in the user's words what is wrong with a damaged or encrypted package.
  const problem = readSpreadsheet(bytes, { file: basename(file) }).problems[0];
  if (problem !== undefined)
    throw new CliError("fileUnreadable", {
      file,
      detail: { zh: readProblemText(problem, "zh"), en: readProblemText(problem, "en") },
    });
  try {
    return createXlsxHost(bytes, { file: basename(file), compression: nodeCompression });
  } catch {
    throw new CliError("fileReadFailed", { file });
  }
}
