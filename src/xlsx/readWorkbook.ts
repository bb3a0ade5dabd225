import ExcelJS from "exceljs";
import type { Cell, CellArea, SheetInput } from "../core/model/cell";
import { cellValue } from "./cellValue";
import { parseAddress } from "../core/model/address";

const DATE_FORMAT = "yyyy-mm-dd";

function sheetInput(worksheet: ExcelJS.Worksheet, file: string | undefined): SheetInput {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const values: Cell[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    // Rows are padded to the sheet's width, as Excel shows them: no "missing cells" in a workbook.
    const cells: Cell[] = new Array<Cell>(columnCount).fill(null);
    const formats: string[] = new Array<string>(columnCount).fill("");
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = cell.value;
      cells[c - 1] = cellValue(raw);
      formats[c - 1] = raw instanceof Date ? cell.numFmt || DATE_FORMAT : (cell.numFmt ?? "");
    });
    values.push(cells);
    numberFormats.push(formats);
  }
  const ranges = (worksheet.model as { merges?: string[] }).merges ?? [];
  const merges = ranges.map(parseAddress).filter((area): area is CellArea => area !== null);
  const sheet: SheetInput = { name: worksheet.name, values, numberFormats, merges };
  if (file !== undefined) sheet.file = file;
  return sheet;
}

/** Every worksheet of an .xlsx as SheetInputs (or only `sheetName`). Throws on a file that is not .xlsx. */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: { file?: string; sheetName?: string } = {},
): Promise<SheetInput[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook.worksheets
    .filter((ws) => options.sheetName === undefined || ws.name === options.sheetName)
    .map((ws) => sheetInput(ws, options.file));
}
