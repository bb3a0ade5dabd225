// Offices' files as consolidation takes them in (合并报送): a problem ledger as a spreadsheet
// program writes it, under each office's own column titles and order, and the office registry.
import ExcelJS from "exceljs";

/** An office's problem ledger (title row, header, rows) as ExcelJS writes it. */
export async function officeWorkbook(
  header: string[],
  rows: (string | Date | null)[][],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("问题整改台账");
  ws.addRow(["2021年问题整改台账"]);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The office registry (薄弱院名册) naming these offices. */
export async function registryWorkbook(offices: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("薄弱院名册");
  ws.addRow(["院名称", "所属市州", "实有员额检察官"]);
  offices.forEach((o, i) => ws.addRow([o, "阿坝州", 5 + i]));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
