import ExcelJS from "exceljs";

export type SheetSpec = {
  name: string;
  rows: Array<Array<string | number | boolean | Date | null>>;
  merges?: string[];
  /** Number formats by address, e.g. { I5: "yyyy-mm-dd" }. */
  formats?: Record<string, string>;
  /** Hidden sheets hold drop-down lists or old copies. */
  state?: "visible" | "hidden" | "veryHidden";
};

/** An .xlsx in memory, built the way an office's messy sheet looks. */
export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(
      spec.name,
      spec.state === undefined ? {} : { state: spec.state },
    );
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const [address, format] of Object.entries(spec.formats ?? {}))
      ws.getCell(address).numFmt = format;
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
