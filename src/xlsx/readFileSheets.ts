import type { SheetInput } from "../core/model";
import { readProblemText } from "./readMessages";
import { readSpreadsheet } from "./readSpreadsheet";

/** A file's sheets, or why it cannot be read (in both languages): what a workflow takes in. */
export interface FileSheets {
  sheets: SheetInput[];
  problem?: { zh: string; en: string };
}

/** The name a text file's one sheet takes: the file's, without its folder or extension. */
export function textSheetName(file: string): string {
  const base = file.replace(/^.*[\\/]/, "");
  return base.replace(/\.[^.]*$/, "") || base;
}

/**
 * Reads one file handed in (an office's workbook, a CSV): its sheets, or the reader's first
 * problem worded for the user. `file` is the name the user knows it by (a path on the command
 * line, a file name in the pane or the page). Never throws on bad bytes.
 */
export function readFileSheets(bytes: Uint8Array, file: string): FileSheets {
  const read = readSpreadsheet(bytes, { file, textName: textSheetName(file) });
  const problem = read.problems[0];
  if (problem === undefined) return { sheets: read.sheets };
  return {
    sheets: [],
    problem: { zh: readProblemText(problem, "zh"), en: readProblemText(problem, "en") },
  };
}
