// Looking into written packages: parts as text, the compressed bytes as stored, ExcelJS's view.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { readZip } from "../../../src/xlsx/package/zip";

export function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes))
      .filter(([name]) => !name.endsWith("/"))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** Each part's compressed bytes as the archive stores them. */
export function storedOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(readZip(bytes).map((e) => [e.name, e.data]));
}

export async function exceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Part names matching a pattern, sorted. */
export function named(parts: Record<string, string>, pattern: RegExp): string[] {
  return Object.keys(parts)
    .filter((n) => pattern.test(n))
    .sort();
}
