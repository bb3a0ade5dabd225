import { columnLetter } from "../model/address";
import type { ColumnMapping, SchemaFit } from "../layout";

/**
 * A column the user assigned in 台账识别: the field it holds (null: none of the ledger's), with
 * the header text it had then, so an assignment follows its column when columns are inserted
 * and is dropped when the header is gone.
 */
export interface UserColumn {
  /** 0-based column when the user assigned it. */
  column: number;
  label: string;
  field: string | null;
}

/**
 * The detected mapping with the user's assignments laid over it: an assigned column holds the
 * field the user chose (or none), and a field the user put elsewhere leaves the column it was
 * detected in. An assignment whose header is no longer in the header row is ignored. Columns
 * the user confirmed have confidence 1; the kind's confidence stays the detection's.
 */
export function withUserColumns(fit: SchemaFit, columns: readonly UserColumn[]): SchemaFit {
  const labels = fit.layout.labels;
  const fields = new Set(fit.schema.fields.map((f) => f.name));
  const assigned = new Map<number, string | null>();
  for (const c of columns) {
    const at =
      labels[c.column]?.text === c.label ? c.column : labels.findIndex((l) => l.text === c.label);
    if (at < 0 || (c.field !== null && !fields.has(c.field))) continue;
    assigned.set(at, c.field);
  }
  if (assigned.size === 0) return fit;
  const moved = new Set([...assigned.values()].filter((f): f is string => f !== null));
  const kept = fit.mapping.filter((m) => !assigned.has(m.column - 1) && !moved.has(m.field));
  const chosen: ColumnMapping[] = [];
  for (const [column, field] of assigned) {
    if (field === null) continue;
    chosen.push({
      field,
      column: column + 1,
      letter: columnLetter(column),
      label: labels[column]?.text ?? "",
      confidence: 1,
    });
  }
  return { ...fit, mapping: [...kept, ...chosen].sort((a, b) => a.column - b.column) };
}
