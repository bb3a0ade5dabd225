import Papa from "papaparse";
import type { Cell, SheetInput } from "../core/model/cell";
import { decodeText } from "./decodeText";

/** Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030. */
export function decodeCsv(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

export interface CsvOptions {
  file?: string;
  name?: string;
  /** "\t" for "Unicode 文本"; otherwise found from the text (comma, tab, semicolon…). */
  delimiter?: string;
}

/**
 * A CSV file as one SheetInput. Rows stay ragged (a short row is Frictionless's missing-cell);
 * every value is text, as in the file. The trailing line break does not make a row.
 */
export function readCsv(text: string, options: CsvOptions = {}): SheetInput {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
  });
  const values: Cell[][] = parsed.data.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  const last = values[values.length - 1];
  if (last && last.length === 1 && last[0] === null) values.pop();
  const sheet: SheetInput = { name: options.name ?? options.file ?? "csv", values };
  if (options.file !== undefined) sheet.file = options.file;
  return sheet;
}
