import { TaizhangError } from "../errors";
import type { FieldDescriptor, TableSchemaDescriptor } from "./descriptor";

const TYPES = new Set([
  "string",
  "number",
  "integer",
  "boolean",
  "date",
  "datetime",
  "year",
  "any",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkField(field: unknown, index: number): FieldDescriptor {
  if (!isRecord(field) || typeof field.name !== "string" || field.name === "") {
    throw new TaizhangError("descriptorInvalid", `fields[${index}] has no name`);
  }
  if (field.type !== undefined && (typeof field.type !== "string" || !TYPES.has(field.type))) {
    throw new TaizhangError(
      "descriptorInvalid",
      `fields[${index}] (${field.name}) has an unsupported type "${String(field.type)}"`,
    );
  }
  if (field.constraints !== undefined && !isRecord(field.constraints)) {
    throw new TaizhangError("descriptorInvalid", `fields[${index}].constraints is not an object`);
  }
  return field as unknown as FieldDescriptor;
}

/**
 * A user's descriptor (parsed JSON) checked enough that the reader can trust it: fields with
 * names and supported types, keys that name existing fields. Throws TaizhangError otherwise.
 */
export function loadDescriptor(json: unknown): TableSchemaDescriptor {
  if (!isRecord(json) || !Array.isArray(json.fields) || json.fields.length === 0) {
    throw new TaizhangError("descriptorInvalid", 'a Table Schema needs a non-empty "fields" array');
  }
  const fields = json.fields.map(checkField);
  const names = new Set(fields.map((f) => f.name));
  if (names.size !== fields.length)
    throw new TaizhangError("descriptorInvalid", "two fields share a name");
  const keys = json.primaryKey === undefined ? [] : ([] as unknown[]).concat(json.primaryKey);
  for (const key of keys) {
    if (typeof key !== "string" || !names.has(key)) {
      throw new TaizhangError(
        "descriptorInvalid",
        `primaryKey names an unknown field "${String(key)}"`,
      );
    }
  }
  return json as unknown as TableSchemaDescriptor;
}
