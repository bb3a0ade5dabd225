// Writes seed sheets to real files (.xlsx through ExcelJS, .csv as text) for the CLI tests.
import ExcelJS from "exceljs";
import type { SheetInput } from "../../../src/core/model/cell";

/** One workbook holding the given sheets, merges included. */
export async function workbookOf(sheets: readonly SheetInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const m of sheet.merges ?? [])
      ws.mergeCells(m.row + 1, m.column + 1, m.row + m.rowCount, m.column + m.columnCount);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sheet as CSV text (merged areas simply stay empty, as a CSV export leaves them). */
export function csvOf(sheet: SheetInput): string {
  const quote = (value: unknown) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return sheet.values.map((row) => row.map(quote).join(",")).join("\n");
}
