import { headerLabel } from "../text";
import type { TableSchemaDescriptor } from "../ledgers";

/** A field's matching keys, compiled once per schema. */
export interface FieldKeys {
  field: string;
  /** key → confidence: 1 for the title or name, 0.9 for a synonym. */
  exact: Map<string, number>;
  keys: string[];
}

const EXACT_TITLE = 1;
const EXACT_SYNONYM = 0.9;
/** Below this a label is not taken as naming the field. */
export const MIN_CONFIDENCE = 0.55;

export function compileFieldKeys(schema: TableSchemaDescriptor): FieldKeys[] {
  return schema.fields.map((field) => {
    const exact = new Map<string, number>();
    for (const synonym of field.taizhang?.synonyms ?? []) {
      const key = headerLabel(synonym).key;
      if (key !== "") exact.set(key, EXACT_SYNONYM);
    }
    for (const title of [field.title, field.name]) {
      if (title === undefined) continue;
      const key = headerLabel(title).key;
      if (key !== "") exact.set(key, EXACT_TITLE);
    }
    return { field: field.name, exact, keys: [...exact.keys()] };
  });
}

/**
 * How well a label names a field, 0..1. Exact title or synonym first; otherwise a label that
 * contains a synonym (整改完成时限 ⊃ 完成时限) scores by how much of the label the synonym covers.
 */
export function labelConfidence(labelKey: string, field: FieldKeys): number {
  if (labelKey === "") return 0;
  const exact = field.exact.get(labelKey);
  if (exact !== undefined) return exact;
  let best = 0;
  for (const key of field.keys) {
    if (key.length < 2 || !labelKey.includes(key)) continue;
    const score = 0.5 + 0.35 * (key.length / labelKey.length);
    if (score > best) best = score;
  }
  return best;
}
