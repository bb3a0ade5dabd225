import { basename, extname } from "node:path";
import type { SheetInput } from "../core/model/cell";
import type { AppContext } from "../app/context";
import { readWorkbook, type SourceOptions } from "../app/readLedgers";
import type { WorkbookRead } from "../core/read";
import { isEmptyCell } from "../core/text";
import { readProblemText, readSpreadsheet } from "../xlsx";
import { CliError } from "./cliError";
import { readFileBytes } from "./readFileBytes";

export interface LoadOptions {
  /** Only this worksheet of each workbook. */
  sheet?: string;
}

function hasContent(sheet: SheetInput): boolean {
  return sheet.values.some((row) => row.some((cell) => !isEmptyCell(cell)));
}

/**
 * Reads each file into SheetInputs: every worksheet of a workbook (empty ones left out), a text
 * file as one. What a file is comes from its bytes, not its name. A file that cannot be read,
 * or holds no sheet with data, is a CliError: one line saying why, exit 2.
 */
export async function loadSheets(
  files: string[],
  options: LoadOptions = {},
): Promise<SheetInput[]> {
  const sheets: SheetInput[] = [];
  for (const file of files) {
    const bytes = readFileBytes(file);
    const name = basename(file);
    const read = readSpreadsheet(bytes, {
      file: name,
      textName: basename(file, extname(file)),
      ...(options.sheet === undefined ? {} : { sheetName: options.sheet }),
    });
    const problem = read.problems[0];
    if (problem !== undefined)
      throw new CliError("fileUnreadable", {
        file,
        detail: { zh: readProblemText(problem, "zh"), en: readProblemText(problem, "en") },
      });
    // A text file's one sheet is named after the file: --sheet picks it or leaves it out, as it
    // does a workbook's sheets.
    const found = read.sheets.filter(
      (sheet) => hasContent(sheet) && (options.sheet === undefined || sheet.name === options.sheet),
    );
    if (found.length === 0 && options.sheet === undefined) throw new CliError("noLedger", { file });
    sheets.push(...found);
  }
  if (options.sheet !== undefined && sheets.length === 0)
    throw new CliError("sheetMissing", { name: options.sheet });
  return sheets;
}

/**
 * The shared first step of every command: files → sheets → the ledgers among them, read as a
 * clerk reads a workbook (hidden and 作废 sheets, count tables and older monthly copies left
 * out, each with a note) and cross-checked (院名称 against an office registry among the files,
 * 问题编号 against a problem ledger). A sheet named with --sheet is read even if hidden.
 */
export async function loadLedgers(
  files: string[],
  context: AppContext,
  options: LoadOptions & { source?: SourceOptions } = {},
): Promise<WorkbookRead> {
  const sheets = await loadSheets(files, options);
  return readWorkbook(
    sheets.map((input) => ({ input })),
    context,
    {
      ...options.source,
      ...(options.sheet === undefined ? {} : { include: [options.sheet] }),
    },
  );
}
