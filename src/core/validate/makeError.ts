import { fillTemplate, fillTemplateWith } from "../text/fillTemplate";
import { columnLetter } from "../model/address";
import { formatDateZh } from "../dates/format";
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

/**
 * A message placeholder's value: the position's own (field, cell, row, column), names looked up
 * for details (a type's, a constraint's, a ledger's), else the detail itself. Worked out only for
 * the placeholders a message has: up to 1,000 errors are made per sheet, and building one record
 * of every value per error was a tenth of a 100k-row check.
 */
function messageValue(name: string, position: ErrorPosition): string | number | undefined {
  const details = position.details;
  switch (name) {
    case "field":
      return position.fieldTitle ?? position.fieldName ?? "";
    case "cell":
      return position.cell;
    case "row":
      return position.rowNumber ?? "";
    case "column":
      return position.fieldNumber === null ? "" : columnLetter(position.fieldNumber - 1);
    case "expected":
    case "expectedEn": {
      const type = typeof details?.expected === "string" ? TYPE_NAMES[details.expected] : undefined;
      if (type) return name === "expected" ? type.zh : type.en;
      break;
    }
    case "constraintZh":
      if (typeof details?.constraint === "string") {
        const constraint = CONSTRAINT_NAMES[details.constraint] ?? details.constraint;
        return fillTemplate(constraint, { limit: details.limit ?? "" });
      }
      break;
    // Dates in Chinese messages as a clerk writes them (2021年11月1日), and a date typed without
    // its year (3月底) with the year the reader gave it.
    case "otherZh":
      return typeof details?.other === "string" ? formatDateZh(details.other) : details?.other;
    case "readAsZh":
      return typeof details?.value === "string" && !/\d{4}/.test(position.cell)
        ? `（按${formatDateZh(details.value)}计）`
        : "";
    case "referenceZh":
      if (typeof details?.reference === "string")
        return RESOURCE_NAMES[details.reference] ?? details.reference;
      break;
  }
  return details?.[name];
}

/** An error record with its messages, from the one message table. */
export function makeError(type: ErrorType, position: ErrorPosition): TableError {
  const template = ERROR_MESSAGES[type];
  const valueOf = (name: string) => messageValue(name, position);
  const error: TableError = {
    type,
    rowNumber: position.rowNumber,
    fieldNumber: position.fieldNumber,
    fieldName: position.fieldName,
    cell: position.cell,
    message: {
      // An error with no cell (an office read from the file name) leaves the position blank.
      zh: fillTemplateWith(template.zh, valueOf).trimStart(),
      en: fillTemplateWith(template.en, valueOf).trimStart(),
    },
  };
  if (position.details) error.details = position.details;
  return error;
}
