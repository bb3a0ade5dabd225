// Builds Ledger objects for tests the way the reader hands them over: named fields with roles,
// normalised cell values.
import type { FieldRole, Ledger, LedgerField, NormalizedCell } from "../../src/core/model/ledger";

export type TestValue = string | number | boolean | null;

/** A field spec: [name, role] or [name, role, title]. */
export type TestField = [string, FieldRole] | [string, FieldRole, string];

/** A ledger with the given fields and rows (row numbers start at `firstRow`, default 3). */
export function testLedger(
  kind: string,
  fields: TestField[],
  rows: TestValue[][],
  options: { sheet?: string; file?: string; firstRow?: number; openEnded?: string[] } = {},
): Ledger {
  const ledgerFields: LedgerField[] = fields.map(([name, role, title]) => ({
    name,
    role,
    title: title ?? name,
    type: "string",
  }));
  const firstRow = options.firstRow ?? 3;
  return {
    kind,
    sheet: options.sheet ?? kind,
    ...(options.file === undefined ? {} : { file: options.file }),
    fields: ledgerFields,
    rows: rows.map((values, index) => {
      const cells: Record<string, NormalizedCell> = {};
      ledgerFields.forEach((field, column) => {
        const value = values[column] ?? null;
        const openEnded = value === "长期坚持";
        cells[field.name] = {
          text: value === null ? "" : String(value),
          raw: value,
          value: openEnded ? null : value,
          ...(openEnded ? { openEnded: true } : {}),
        };
      });
      return { rowNumber: firstRow + index, cells };
    }),
  };
}
