import { fillTemplate } from "../text/fillTemplate";
import { columnLetter } from "./columnLetter";
import type { ErrorType } from "./errorTypes";
import { CONSTRAINT_NAMES, ERROR_MESSAGES, RESOURCE_NAMES, TYPE_NAMES } from "./messages";
import type { TableError } from "./tableError";

export interface ErrorPosition {
  rowNumber: number | null;
  fieldNumber: number | null;
  fieldName: string | null;
  /** Title shown in messages (defaults to the field name). */
  fieldTitle?: string;
  cell: string;
  details?: Record<string, string | number>;
}

/** Values derived from details for the message table: names of types, constraints, ledgers. */
function derived(details: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const expected = typeof details.expected === "string" ? TYPE_NAMES[details.expected] : undefined;
  if (expected) {
    out.expected = expected.zh;
    out.expectedEn = expected.en;
  }
  if (typeof details.constraint === "string") {
    const name = CONSTRAINT_NAMES[details.constraint] ?? details.constraint;
    out.constraintZh = fillTemplate(name, { limit: details.limit ?? "" });
  }
  if (typeof details.reference === "string")
    out.referenceZh = RESOURCE_NAMES[details.reference] ?? details.reference;
  return out;
}

/** An error record with its messages, from the one message table. */
export function makeError(type: ErrorType, position: ErrorPosition): TableError {
  const details = position.details ?? {};
  const values: Record<string, string | number> = {
    ...details,
    ...derived(details),
    field: position.fieldTitle ?? position.fieldName ?? "",
    cell: position.cell,
    row: position.rowNumber ?? "",
    column: position.fieldNumber === null ? "" : columnLetter(position.fieldNumber),
  };
  const template = ERROR_MESSAGES[type];
  const error: TableError = {
    type,
    rowNumber: position.rowNumber,
    fieldNumber: position.fieldNumber,
    fieldName: position.fieldName,
    cell: position.cell,
    message: { zh: fillTemplate(template.zh, values), en: fillTemplate(template.en, values) },
  };
  if (position.details) error.details = position.details;
  return error;
}
