import { headerLabel } from "../text";
import type { TableSchemaDescriptor } from "../ledgers";
import { isCountLabel, matchKey } from "./headerWords";

/** A field's matching keys, compiled once per schema. */
export interface FieldKeys {
  field: string;
  /** key → confidence: 1 for the title or name, 0.9 for a synonym. */
  exact: Map<string, number>;
  keys: string[];
  /** The field holds a number (a count, an amount): a label such as 问题数 may name it. */
  numeric: boolean;
}

const EXACT_TITLE = 1;
const EXACT_SYNONYM = 0.9;
/** Below this a label is not taken as naming the field. */
export const MIN_CONFIDENCE = 0.55;

/** Texts kept with their keys: every file of a consolidation repeats its header and its offices,
 * states and dates. Emptied when full, so a run over thousands of files does not grow it. */
const KEYS_KEPT = 20_000;
const keys = new Map<string, string>();

/** The key a header text is compared by: headerLabel's, in the form of the header word classes. */
export function labelKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = matchKey(headerLabel(text).key);
    keys.set(text, key);
  }
  return key;
}

/** Each schema's keys, compiled on its first sheet: every sheet of every file is fitted to every
 * shipped schema. Callers only read them. */
const compiled = new WeakMap<TableSchemaDescriptor, FieldKeys[]>();

export function compileFieldKeys(schema: TableSchemaDescriptor): FieldKeys[] {
  let fieldKeys = compiled.get(schema);
  if (fieldKeys === undefined) {
    fieldKeys = compileKeys(schema);
    compiled.set(schema, fieldKeys);
  }
  return fieldKeys;
}

function compileKeys(schema: TableSchemaDescriptor): FieldKeys[] {
  return schema.fields.map((field) => {
    const exact = new Map<string, number>();
    for (const synonym of field.taizhang?.synonyms ?? []) {
      const key = labelKey(synonym);
      if (key !== "") exact.set(key, EXACT_SYNONYM);
    }
    for (const title of [field.title, field.name]) {
      if (title === undefined) continue;
      const key = labelKey(title);
      if (key !== "") exact.set(key, EXACT_TITLE);
    }
    const numeric = field.type === "integer" || field.type === "number";
    return { field: field.name, exact, keys: [...exact.keys()], numeric };
  });
}

/**
 * How well a label names a field, 0..1. Exact title or synonym first; otherwise a label that
 * contains a synonym (整改完成时限 ⊃ 完成时限) scores by how much of the label the synonym covers,
 * unless the label counts something (问题数 contains 问题 but is a number of problems, not the
 * problem) and the field holds no number.
 */
export function labelConfidence(labelKey: string, field: FieldKeys): number {
  if (labelKey === "") return 0;
  const exact = field.exact.get(labelKey);
  if (exact !== undefined) return exact;
  if (!field.numeric && isCountLabel(labelKey)) return 0;
  let best = 0;
  for (const key of field.keys) {
    if (key.length < 2 || !labelKey.includes(key)) continue;
    const score = 0.5 + 0.35 * (key.length / labelKey.length);
    if (score > best) best = score;
  }
  return best;
}
