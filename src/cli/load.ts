import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { SheetInput } from "../core/model/cell";
import type { AppContext } from "../app/context";
import { readLedgers, type SourceOptions } from "../app/readLedgers";
import type { ReadLedgerResult } from "../core/read";
import { isEmptyCell } from "../core/text";
import { decodeCsv, readCsv, readWorkbook } from "../xlsx";
import { CliError } from "./cliError";

export interface LoadOptions {
  /** Only this worksheet of each workbook. */
  sheet?: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

function hasContent(sheet: SheetInput): boolean {
  return sheet.values.some((row) => row.some((cell) => !isEmptyCell(cell)));
}

/** Reads each file into SheetInputs: every worksheet of an .xlsx (empty ones left out), a .csv as one. */
export async function loadSheets(
  files: string[],
  options: LoadOptions = {},
): Promise<SheetInput[]> {
  const sheets: SheetInput[] = [];
  for (const file of files) {
    if (!existsSync(file)) throw new CliError("fileMissing", { file });
    const ext = extname(file).toLowerCase();
    const name = basename(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new CliError("fileUnreadable", { file, detail: errorText(error) });
    }
    if (ext === ".csv" || ext === ".txt") {
      sheets.push(readCsv(decodeCsv(bytes), { file: name, name: basename(file, ext) }));
    } else if (ext === ".xlsx" || ext === ".xlsm") {
      let found: SheetInput[];
      try {
        found = await readWorkbook(bytes, { file: name, sheetName: options.sheet });
      } catch (error) {
        throw new CliError("fileUnreadable", { file, detail: errorText(error) });
      }
      sheets.push(...found.filter(hasContent));
    } else {
      throw new CliError("fileType", { file });
    }
  }
  if (options.sheet !== undefined && sheets.length === 0)
    throw new CliError("sheetMissing", { name: options.sheet });
  return sheets;
}

/**
 * The shared first step of every command: files → sheets → ledgers read and cross-checked
 * (院名称 against an office registry among the files, 问题编号 against a problem ledger).
 */
export async function loadLedgers(
  files: string[],
  context: AppContext,
  options: LoadOptions & { source?: SourceOptions } = {},
): Promise<ReadLedgerResult[]> {
  const sheets = await loadSheets(files, options);
  return readLedgers(
    sheets.map((input) => ({ input })),
    context,
    options.source,
  );
}
