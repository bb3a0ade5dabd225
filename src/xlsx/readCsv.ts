import Papa from "papaparse";
import type { Cell, SheetInput } from "../core/model/cell";

/** Decodes CSV bytes: UTF-8 (with or without BOM), else GB18030 — what Chinese Excel saves as "CSV". */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * A CSV file as one SheetInput. Rows stay ragged (a short row is Frictionless's missing-cell);
 * every value is text, as in the file. The trailing line break does not make a row.
 */
export function readCsv(text: string, options: { file?: string; name?: string } = {}): SheetInput {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const values: Cell[][] = parsed.data.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  const last = values[values.length - 1];
  if (last && last.length === 1 && last[0] === null) values.pop();
  const sheet: SheetInput = { name: options.name ?? options.file ?? "csv", values };
  if (options.file !== undefined) sheet.file = options.file;
  return sheet;
}
