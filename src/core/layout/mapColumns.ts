import { columnLetter } from "../model/address";
import type { ColumnLabel } from "./layout";
import { MIN_CONFIDENCE, labelConfidence, type FieldKeys } from "./matchLabel";

/** Which physical column holds a field, and how sure the reader is (1 = the title itself). */
export interface ColumnMapping {
  field: string;
  /** Physical 1-based column. */
  column: number;
  letter: string;
  label: string;
  confidence: number;
}

function bestConfidence(label: ColumnLabel, field: FieldKeys): number {
  let best = 0;
  // A group label (整改情况) counts less than the sub-column under it.
  label.keys.forEach((key, i) => {
    const score = labelConfidence(key, field) * (i === 0 ? 1 : 0.8);
    if (score > best) best = score;
  });
  return best;
}

/** Assigns columns to fields greedily, surest pair first; one column per field and vice versa. */
export function mapColumns(labels: ColumnLabel[], fields: FieldKeys[]): ColumnMapping[] {
  const pairs: Array<{ label: ColumnLabel; field: FieldKeys; order: number; confidence: number }> =
    [];
  fields.forEach((field, order) => {
    for (const label of labels) {
      const confidence = bestConfidence(label, field);
      if (confidence >= MIN_CONFIDENCE) pairs.push({ label, field, order, confidence });
    }
  });
  pairs.sort(
    (a, b) => b.confidence - a.confidence || a.label.column - b.label.column || a.order - b.order,
  );
  const usedFields = new Set<string>();
  const usedColumns = new Set<number>();
  const mapping: ColumnMapping[] = [];
  for (const { label, field, confidence } of pairs) {
    if (usedFields.has(field.field) || usedColumns.has(label.column)) continue;
    usedFields.add(field.field);
    usedColumns.add(label.column);
    mapping.push({
      field: field.field,
      column: label.column + 1,
      letter: columnLetter(label.column),
      label: label.text,
      confidence: Math.round(confidence * 100) / 100,
    });
  }
  return mapping.sort((a, b) => a.column - b.column);
}
