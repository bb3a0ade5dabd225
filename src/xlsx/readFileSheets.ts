import type { SheetInput } from "../core/model";
import { readProblemText } from "./readMessages";
import { readSpreadsheet } from "./readSpreadsheet";

/** A file's sheets, or why it cannot be read (in both languages): what a workflow takes in. */
export interface FileSheets {
  sheets: SheetInput[];
  problem?: { zh: string; en: string };
}

/**
 * Reads one file handed in (an office's workbook, a CSV): its sheets, or the reader's first
 * problem worded for the user. A text file's one sheet is named after the file without its
 * extension. `file` is the name the user knows it by (a path on the command line, a file name in
 * the pane). Never throws on bad bytes.
 */
export function readFileSheets(bytes: Uint8Array, file: string): FileSheets {
  const base = file.replace(/^.*[\\/]/, "");
  const read = readSpreadsheet(bytes, { file, textName: base.replace(/\.[^.]*$/, "") || base });
  const problem = read.problems[0];
  if (problem === undefined) return { sheets: read.sheets };
  return {
    sheets: [],
    problem: { zh: readProblemText(problem, "zh"), en: readProblemText(problem, "en") },
  };
}
