/** ExcelApi requirement-set versions ("1.4" < "1.10"), compared by number, not as text. */
export type ExcelApiVersion = `1.${number}`;

export const HIGHEST_EXCEL_API: ExcelApiVersion = "1.17";

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function isVersionAtLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}
