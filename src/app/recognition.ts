import { locate } from "../core/plan/locate";
import type { ReadLedgerResult } from "../core/read";
import { kindTitle } from "./kinds";

/** One recognised column: which field it holds and how sure the reader is. */
export interface RecognisedColumn {
  letter: string;
  label: string;
  field: string;
  fieldTitle: string;
  /** 0..1 */
  confidence: number;
}

/** How Taizhang understood a sheet, as the 台账识别 panel shows it and a binding stores it. */
export interface Recognition {
  sheet: string;
  kind: string;
  kindTitle: string;
  /** 0..1; 1 when the user chose the kind. */
  kindConfidence: number;
  /** Physical 1-based header rows (two for a grouped header). */
  headerRows: number[];
  dataRows: number;
  columns: RecognisedColumn[];
  unmapped: { letter: string; label: string }[];
  /** Required fields with no column (missing-label errors). */
  missingFields: string[];
  /** Where the binding keeps the table: 0-based last header row and field → 0-based column. */
  binding: { headerRow: number; mapping: Record<string, number> };
}

export function recognitionOf(result: ReadLedgerResult): Recognition {
  const titleOf = (field: string) => result.fields.find((f) => f.name === field)?.title ?? field;
  const located = locate(result);
  return {
    sheet: result.sheet,
    kind: String(result.kind),
    kindTitle: kindTitle(String(result.kind)),
    kindConfidence: result.kindConfidence,
    headerRows: result.headerRows,
    dataRows: result.rowCount,
    columns: result.mapping.map((m) => ({
      letter: m.letter,
      label: m.label,
      field: m.field,
      fieldTitle: titleOf(m.field),
      confidence: m.confidence,
    })),
    unmapped: result.unmappedColumns.map((u) => ({ letter: u.letter, label: u.label })),
    missingFields: result.errors
      .filter((e) => e.type === "missing-label" && e.fieldName !== null)
      .map((e) => titleOf(e.fieldName ?? "")),
    binding: { headerRow: located.headerRow, mapping: located.columns },
  };
}
