import type { Ledger } from "../model/ledger";
import type { LocatedLedger } from "./inputs";

/** What the reader reports about where the table sits (1-based, as src/core/read gives it). */
export interface ReaderLayout extends Ledger {
  headerRow: number | null;
  headerRows?: number[];
  mapping: readonly { field: string; column: number }[];
}

/** The reader's result as plan builders use it: 0-based header row (the last header row of a
 * two-row header) and field → 0-based column. */
export function locate(result: ReaderLayout): LocatedLedger {
  const last =
    result.headerRows && result.headerRows.length > 0
      ? Math.max(...result.headerRows)
      : result.headerRow;
  const columns: Record<string, number> = {};
  for (const m of result.mapping) columns[m.field] = m.column - 1;
  return {
    kind: result.kind,
    ...(result.file === undefined ? {} : { file: result.file }),
    sheet: result.sheet,
    fields: result.fields,
    rows: result.rows,
    headerRow: (last ?? 1) - 1,
    columns,
  };
}
