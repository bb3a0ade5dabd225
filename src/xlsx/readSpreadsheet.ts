import { readCsv } from "./readCsv";
import { decodeText } from "./decodeText";
import { MAX_CELLS, MAX_FILE_BYTES } from "./limits";
import { oleProblem } from "./oleKind";
import { ReadFailure, type FileProblem } from "./readProblem";
import { readXlsx, type ReadOptions, type ReadResult } from "./readXlsx";
import { sniffFile } from "./sniffFile";

export interface SpreadsheetOptions extends ReadOptions {
  /** The sheet name a text file gets (its file name without extension); default `file`. */
  textName?: string;
}

/**
 * Separators a text file could split at (comma, tab, semicolon, bar, line feed): one more cell
 * at most per separator.
 */
function separators(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 9 || c === 59 || c === 10 || c === 124) n++;
  }
  return n;
}

function refused(problem: FileProblem): ReadResult {
  return { sheets: [], problems: [problem] };
}

/**
 * Reads a file's bytes as whatever they are — .xlsx/.xlsm, CSV or tab-separated text in UTF-8,
 * GB18030 or UTF-16 — whatever its name says. Never throws on bad bytes: a file that cannot be
 * read comes back with no sheets and the problem that says why. Runs anywhere (no Node API):
 * the CLI, a browser page, a Web Worker.
 */
export function readSpreadsheet(data: Uint8Array, options: SpreadsheetOptions = {}): ReadResult {
  if (data.length > MAX_FILE_BYTES)
    return refused({ type: "fileTooLarge", bytes: data.length, limit: MAX_FILE_BYTES });
  try {
    switch (sniffFile(data)) {
      case "empty":
        return { sheets: [], problems: [] };
      case "zip":
        return readXlsx(data, options);
      case "ole":
        return refused(oleProblem(data));
      case "markup":
        return refused({ type: "markup" });
      case "binary":
        return refused({ type: "notSpreadsheet" });
      case "text": {
        const { text, encoding } = decodeText(data);
        // 200 MB of commas would be 200 million cells: counted before they are made.
        if (separators(text) > MAX_CELLS)
          return refused({ type: "tooManyCells", limit: MAX_CELLS });
        const name = options.textName ?? options.file;
        const sheet = readCsv(text, {
          ...(options.file === undefined ? {} : { file: options.file }),
          ...(name === undefined ? {} : { name }),
          // "Unicode 文本" is tab-separated; other text says its own separator.
          ...(encoding.startsWith("utf-16") ? { delimiter: "\t" } : {}),
        });
        return { sheets: [sheet], problems: [] };
      }
    }
  } catch (error) {
    if (error instanceof ReadFailure) return refused(error.problem);
    // fflate's inflate errors (a truncated or corrupted part) carry a numeric code.
    if (error instanceof Error && typeof (error as { code?: unknown }).code === "number")
      return refused({ type: "damaged" });
    throw error;
  }
}
