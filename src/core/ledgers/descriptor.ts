import type { FieldRole } from "../model/ledger";

/**
 * A Frictionless Table Schema (v2) descriptor as Taizhang reads it. What Table Schema lacks
 * lives in a `taizhang` object, on the schema and on each field (custom properties are allowed
 * by the spec and ignored by other tools):
 *   schema.taizhang = { kind, titles }        — ledger kind and sheet titles that name it
 *   field.taizhang  = { role, synonyms, parent, unit, period }
 */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: Array<string | number | boolean>;
  minimum?: number | string;
  maximum?: number | string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

export interface FieldExtension {
  /** What the field means to the programme (rollups and flags find fields by role). */
  role: FieldRole;
  /** Other header titles real sheets use for this column (the title itself need not repeat). */
  synonyms?: string[];
  /** Problem-level field: one value spans several measure rows (merged cells) and fills down. */
  parent?: boolean;
  /** Unit the value is stored in, e.g. 万元: 180,000元 in a cell becomes 18. */
  unit?: string;
  /**
   * The text is a reporting period (2021年第二季度, 2021-Q2, 2021年6月, 2021年度), read to the key
   * the rollups order by ("2021-Q2", "2021-06", "2021-H1", "2021"); other texts are type-errors.
   * Not implied by role "period": a review's 批次 (第一批) is a period of sorts but no calendar one.
   */
  period?: boolean;
  /**
   * An office field the sheet's own office fills when no column holds it: the office named by a
   * 填表单位 line, the title (庆元县人民检察院2021年整改台账), the sheet's or the file's name. Only
   * for ledgers an office keeps of itself (its problems, its difficulties, its performance).
   */
  fromContext?: boolean;
  /**
   * What summaries leave out when no column holds the field, said to the user beside the figures
   * (“未找到进展状态列：完成情况无法统计”).
   */
  whenMissing?: { zh: string; en: string };
}

export interface FieldDescriptor {
  name: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  constraints?: FieldConstraints;
  taizhang?: FieldExtension;
}

export interface ForeignKey {
  fields: string[] | string;
  reference: { resource: string; fields: string[] | string };
}

export interface SchemaExtension {
  /** Ledger kind: one of LEDGER_KINDS for the shipped ledgers, any name for a user's own. */
  kind?: string;
  /** Words in a sheet's title rows that point to this ledger (问题整改台账). */
  titles?: string[];
}

export interface TableSchemaDescriptor {
  $schema?: string;
  name?: string;
  title?: string;
  fields: FieldDescriptor[];
  primaryKey?: string[] | string;
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
  taizhang?: SchemaExtension;
}
