import type { ReadLedgerResult } from "../core/read";
import type { ErrorType } from "../core/validate";
import { columnLetter } from "../core/model";
import { headingsOf, issueText } from "./issueText";
import type { Issue, Validation } from "./validation";

function positionOf(rowNumber: number | null, fieldNumber: number | null): string {
  const letter = fieldNumber === null ? "" : columnLetter(fieldNumber - 1);
  return `${letter}${rowNumber ?? ""}`;
}

export function issuesOf(result: ReadLedgerResult): Issue[] {
  const headings = headingsOf(result);
  return result.errors.map((e) => {
    const said = issueText(e, headings);
    return {
      sheet: result.sheet,
      type: e.type,
      rowNumber: e.rowNumber,
      fieldNumber: e.fieldNumber,
      position: positionOf(e.rowNumber, e.fieldNumber),
      field: said.label,
      cell: e.cell,
      where: said.where,
      message: said.text,
    };
  });
}

/** The 校验 view of validated ledgers (after validateLedgers' cross-ledger checks). */
export function validationOf(
  results: readonly ReadLedgerResult[],
  bound: ReadonlySet<string>,
): Validation {
  const counts: Partial<Record<ErrorType, number>> = {};
  for (const r of results)
    for (const [type, n] of Object.entries(r.errorCounts) as [ErrorType, number][])
      counts[type] = (counts[type] ?? 0) + n;
  return {
    ledgers: results.map((r) => ({
      sheet: r.sheet,
      kind: String(r.kind),
      rows: r.rowCount,
      errors: Object.values(r.errorCounts).reduce((s: number, n) => s + (n ?? 0), 0),
      bound: bound.has(r.sheet),
    })),
    issues: results.flatMap(issuesOf),
    counts,
    truncated: results.some((r) => r.truncated),
  };
}
