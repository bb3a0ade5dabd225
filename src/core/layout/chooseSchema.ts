import { LEDGER_SCHEMAS, type TableSchemaDescriptor } from "../ledgers";
import type { Cell, CellArea } from "../model/cell";
import { compactText } from "../text";
import { detectLayout } from "./detectLayout";
import type { SheetLayout } from "./layout";
import { mapColumns, type ColumnMapping } from "./mapColumns";
import { compileFieldKeys } from "./matchLabel";

export interface SchemaFit {
  schema: TableSchemaDescriptor;
  layout: SheetLayout;
  mapping: ColumnMapping[];
  score: number;
  /** 0..1: mapped fields' confidence, required fields weighing double. */
  confidence: number;
}

/** Reads the sheet's layout and mapping as if it were this ledger, and scores the fit. */
export function fitSchema(
  schema: TableSchemaDescriptor,
  raw: Cell[][],
  filled: Cell[][],
  merges: CellArea[],
): SchemaFit {
  const keys = compileFieldKeys(schema);
  const layout = detectLayout(raw, filled, merges, keys);
  const mapping = mapColumns(layout.labels, keys);
  const mapped = new Map(mapping.map((m) => [m.field, m.confidence]));
  let score = 0;
  let possible = 0;
  for (const field of schema.fields) {
    const weight = field.constraints?.required ? 2 : 1;
    const confidence = mapped.get(field.name) ?? 0;
    score += weight * confidence;
    possible += weight;
    if (weight === 2 && confidence === 0) score -= 1;
  }
  const title = compactText(layout.titleLines.join(""));
  if ((schema.taizhang?.titles ?? []).some((t) => title.includes(t))) score += 1.5;
  return {
    schema,
    layout,
    mapping,
    score,
    confidence: possible === 0 ? 0 : Math.max(0, Math.min(1, score / possible)),
  };
}

/** At least two columns must name a shipped ledger's fields before a sheet is taken as that ledger. */
const MIN_MAPPED = 2;

/** The shipped ledger the sheet fits best, or undefined when none fits. */
export function chooseSchema(
  raw: Cell[][],
  filled: Cell[][],
  merges: CellArea[],
): SchemaFit | undefined {
  let best: SchemaFit | undefined;
  for (const schema of Object.values(LEDGER_SCHEMAS)) {
    const fit = fitSchema(schema, raw, filled, merges);
    if (fit.mapping.length < MIN_MAPPED || fit.score <= 0) continue;
    if (!best || fit.score > best.score) best = fit;
  }
  return best;
}
