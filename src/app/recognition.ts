import { isLedgerKind } from "../core/ledgers";
import { locate } from "../core/plan/locate";
import type { ReadLedgerResult, UserColumn } from "../core/read";
import { kindTitle } from "./kinds";

/** One recognised column: which field it holds and how sure the reader is. */
export interface RecognisedColumn {
  /** 0-based sheet column. */
  column: number;
  letter: string;
  label: string;
  field: string;
  fieldTitle: string;
  /** 0..1 */
  confidence: number;
  /** The user assigned this column (台账识别's 对应栏目), rather than the reader. */
  chosen: boolean;
}

/** A field of the ledger kind, as the 对应栏目 choices list it. */
export interface FieldChoice {
  name: string;
  title: string;
  required: boolean;
}

/** How Taizhang understood a sheet, as the 台账识别 panel shows it and a binding stores it. */
export interface Recognition {
  sheet: string;
  kind: string;
  /** The ledger's Chinese name; "" when the sheet is not one of the ten ledgers. */
  kindTitle: string;
  /** The sheet is one of the ten ledgers (its header matched one, or the user chose one). */
  isLedger: boolean;
  /** 0..1: how well the sheet fits the kind, the same whether detected or chosen. */
  kindConfidence: number;
  /** Physical 1-based header rows (two for a grouped header). */
  headerRows: number[];
  dataRows: number;
  columns: RecognisedColumn[];
  unmapped: { column: number; letter: string; label: string }[];
  /** Every field of the kind, for choosing a column's field by hand. */
  fields: FieldChoice[];
  /** Required fields with no column (missing-label errors). */
  missingFields: string[];
  /** The assignments the user made that are in effect (saved with the binding). */
  userColumns: UserColumn[];
  /** Where the binding keeps the table: 0-based last header row and field → 0-based column. */
  binding: { headerRow: number; mapping: Record<string, number> };
}

export function recognitionOf(
  result: ReadLedgerResult,
  userColumns: readonly UserColumn[] = [],
): Recognition {
  const titleOf = (field: string) => result.fields.find((f) => f.name === field)?.title ?? field;
  const located = locate(result);
  const kind = String(result.kind);
  const isLedger = isLedgerKind(kind);
  const labelAt = (column: number) => result.mapping.find((m) => m.column === column + 1)?.label;
  // An assignment is in effect when its column now holds what the user chose.
  const inEffect = userColumns.filter((c) => {
    const now = result.mapping.find((m) => m.label === c.label);
    return c.field === null ? now === undefined : now?.field === c.field;
  });
  const chosen = new Set(inEffect.map((c) => c.label));
  return {
    sheet: result.sheet,
    kind,
    kindTitle: isLedger ? kindTitle(kind) : "",
    isLedger,
    kindConfidence: isLedger ? result.kindConfidence : 0,
    headerRows: result.headerRows,
    dataRows: result.rowCount,
    columns: isLedger
      ? result.mapping.map((m) => ({
          column: m.column - 1,
          letter: m.letter,
          label: m.label,
          field: m.field,
          fieldTitle: titleOf(m.field),
          confidence: m.confidence,
          chosen: chosen.has(m.label) && labelAt(m.column - 1) === m.label,
        }))
      : [],
    unmapped: (isLedger
      ? result.unmappedColumns
      : result.mapping.map((m) => ({ column: m.column, letter: m.letter, label: m.label }))
    ).map((u) => ({ column: u.column - 1, letter: u.letter, label: u.label })),
    fields: isLedger
      ? result.schema.fields.map((f) => ({
          name: f.name,
          title: f.title ?? f.name,
          required: f.constraints?.required === true,
        }))
      : [],
    missingFields: result.errors
      .filter((e) => e.type === "missing-label" && e.fieldName !== null)
      .map((e) => titleOf(e.fieldName ?? "")),
    userColumns: inEffect.map((c) => ({ ...c })),
    binding: { headerRow: located.headerRow, mapping: located.columns },
  };
}
