import type { FieldDescriptor } from "../ledgers";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";

/** blank-label and duplicate-label over the flattened header, as Frictionless reports them. */
export function checkLabels(
  labels: Array<{ column: number; text: string }>,
  errors: ErrorCollector,
): void {
  const seen = new Set<string>();
  for (const { column, text } of labels) {
    const fieldNumber = column + 1;
    if (text === "") {
      errors.add("blank-label", () =>
        makeError("blank-label", { rowNumber: null, fieldNumber, fieldName: null, cell: "" }),
      );
      continue;
    }
    if (seen.has(text)) {
      errors.add("duplicate-label", () =>
        makeError("duplicate-label", { rowNumber: null, fieldNumber, fieldName: text, cell: text }),
      );
    }
    seen.add(text);
  }
}

/** missing-label: a required field no column names. */
export function checkRequiredColumns(
  fields: FieldDescriptor[],
  mapped: ReadonlySet<string>,
  errors: ErrorCollector,
): void {
  for (const field of fields) {
    if (!field.constraints?.required || mapped.has(field.name)) continue;
    errors.add("missing-label", () =>
      makeError("missing-label", {
        rowNumber: null,
        fieldNumber: null,
        fieldName: field.name,
        fieldTitle: field.title ?? field.name,
        cell: "",
      }),
    );
  }
}
