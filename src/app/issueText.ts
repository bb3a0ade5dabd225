import { fillTemplate } from "../core/text/fillTemplate";
import { formatDateEn, formatDateZh } from "../core/dates";
import { columnLetter, type Lang } from "../core/model";
import type { ReadLedgerResult } from "../core/read";
import {
  CONSTRAINT_NAMES,
  ISSUE_PLACES,
  ISSUE_TEXTS,
  RESOURCE_NAMES,
  TYPE_EXAMPLES,
  TYPE_SHORT_NAMES,
  type TableError,
} from "../core/validate";

type Local = { zh: string; en: string };

/** The role of the other column a programme rule reads, by rule. */
const OTHER_ROLE: Partial<Record<TableError["type"], string>> = {
  "done-before-start": "startDate",
  "deadline-before-start": "startDate",
  "done-without-date": "status",
  "date-without-done": "doneDate",
  "closed-before-done": "closed",
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RESOURCE_EN: Record<string, string> = {
  office: "office registry",
  problem: "problem ledger",
};

/**
 * Headings as the ledger has them: the sheet's own header text for each mapped field (答复时间,
 * not the descriptor's 完成时间), else the field's title.
 */
export function headingsOf(result: ReadLedgerResult): {
  ofField(field: string | null): string;
  ofRole(role: string): string;
} {
  const label = new Map(result.mapping.map((m) => [m.field, m.label]));
  const ofField = (field: string | null) => {
    if (field === null) return "";
    const own = label.get(field);
    if (own !== undefined && own !== "") return own;
    return result.fields.find((f) => f.name === field)?.title ?? field;
  };
  const ofRole = (role: string) => {
    const field = result.schema.fields.find((f) => f.taizhang?.role === role);
    return field ? ofField(field.name) : "";
  };
  return { ofField, ofRole };
}

/** Where the error is (第4行“完成时限”, 表头E列) and what to do about it, in both languages. */
export function issueText(
  error: TableError,
  headings: ReturnType<typeof headingsOf>,
): { where: Local; text: Local; label: string } {
  const label = headings.ofField(error.fieldName);
  const details = error.details ?? {};
  const placeKey =
    error.rowNumber !== null
      ? label !== ""
        ? "cell"
        : "row"
      : error.fieldNumber !== null
        ? "headerColumn"
        : "header";
  const place = ISSUE_PLACES[placeKey]!;
  const column = error.fieldNumber === null ? "" : columnLetter(error.fieldNumber - 1);
  const placeValues = { row: String(error.rowNumber ?? ""), label, column };
  const variant =
    error.type === "constraint-error" && typeof details.constraint === "string"
      ? ISSUE_TEXTS[`${error.type}:${details.constraint}`]
      : undefined;
  const template = variant ?? ISSUE_TEXTS[error.type] ?? error.message;
  const otherRole = OTHER_ROLE[error.type];
  const fill = (lang: Lang) => {
    const expected = typeof details.expected === "string" ? details.expected : "";
    const other = details.other ?? "";
    const reference = typeof details.reference === "string" ? details.reference : "";
    const constraint =
      typeof details.constraint === "string"
        ? fillTemplate(CONSTRAINT_NAMES[details.constraint] ?? details.constraint, {
            limit: String(details.limit ?? ""),
          })
        : "";
    return fillTemplate(template[lang], {
      label,
      cell: error.cell,
      expected: TYPE_SHORT_NAMES[expected]?.[lang] ?? expected,
      example: TYPE_EXAMPLES[expected]?.[lang] ?? "",
      otherLabel: otherRole ? headings.ofRole(otherRole) : "",
      other:
        typeof other === "string" && ISO_DATE.test(other)
          ? lang === "zh"
            ? formatDateZh(other)
            : formatDateEn(other)
          : String(other),
      reference:
        lang === "zh"
          ? (RESOURCE_NAMES[reference] ?? reference)
          : (RESOURCE_EN[reference] ?? reference),
      constraint: lang === "zh" ? constraint : String(details.constraint ?? ""),
      key: String(details.key ?? ""),
    });
  };
  return {
    where: { zh: fillTemplate(place.zh, placeValues), en: fillTemplate(place.en, placeValues) },
    text: { zh: fill("zh"), en: fill("en") },
    label,
  };
}
