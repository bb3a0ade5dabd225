export type {
  TableSchemaDescriptor,
  FieldDescriptor,
  FieldConstraints,
  FieldExtension,
  SchemaExtension,
  ForeignKey,
} from "./descriptor";
export { LEDGER_SCHEMAS, ledgerSchema, isLedgerKind } from "./registry";
export { loadDescriptor } from "./loadDescriptor";
export { ledgerFields, ledgerFieldType, fieldList } from "./fieldsOf";
export { TaizhangError } from "../errors";
