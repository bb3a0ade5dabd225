import type { LedgerField } from "../model/ledger";
import type { FieldDescriptor, TableSchemaDescriptor } from "./descriptor";

/** The type rollups see: Table Schema's, except that a status field reads as "status". */
export function ledgerFieldType(field: FieldDescriptor): string {
  if (field.taizhang?.role === "status") return "status";
  return field.type ?? "string";
}

/** The descriptor's fields as the rest of the core sees them. */
export function ledgerFields(schema: TableSchemaDescriptor): LedgerField[] {
  return schema.fields.map((field) => {
    const out: LedgerField = {
      name: field.name,
      title: field.title ?? field.name,
      role: field.taizhang?.role ?? "other",
      type: ledgerFieldType(field),
    };
    if (field.taizhang?.parent === true) out.parent = true;
    if (field.taizhang?.whenMissing !== undefined) out.whenMissing = field.taizhang.whenMissing;
    return out;
  });
}

/** Primary and foreign key field lists are a string or an array in Table Schema. */
export function fieldList(fields: string[] | string | undefined): string[] {
  if (fields === undefined) return [];
  return typeof fields === "string" ? [fields] : fields;
}
