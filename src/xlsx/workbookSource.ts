// An office's file as consolidation reads it (src/app/consolidate.ts): its bytes taken only when
// its turn comes, read as the command line reads a file, the reason in both languages where the
// file is no workbook. Shared by `taizhang consolidate` (bytes from disk) and the browser page
// (bytes the user opened).
import type { WorkbookSource } from "../app/consolidate";
import { readProblemText } from "./readMessages";
import { readSpreadsheet } from "./readSpreadsheet";

/** The name a text file's one sheet takes: the file's, without its extension or folder. */
export function textSheetName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, "");
}

/** A file for consolidation whose bytes `bytes()` gives when it is read. */
export function workbookSource(name: string, bytes: () => Uint8Array): WorkbookSource {
  return {
    name,
    async read() {
      const read = readSpreadsheet(bytes(), { file: name, textName: textSheetName(name) });
      const problem = read.problems[0];
      if (problem !== undefined)
        return {
          sheets: [],
          problem: { zh: readProblemText(problem, "zh"), en: readProblemText(problem, "en") },
        };
      return { sheets: read.sheets };
    },
  };
}
