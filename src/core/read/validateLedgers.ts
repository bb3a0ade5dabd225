import { fieldList } from "../ledgers";
import type { NormalizedCell } from "../model/ledger";
import { createOfficeRegistry, type OfficeRegistry } from "../normalize";
import type { ReadLedgerResult } from "./readResult";
import { ErrorCollector, mergeReports } from "../validate/errorReport";
import { makeError } from "../validate/makeError";

export interface ValidateLedgersOptions {
  /** Offices to check 院名称 against; by default the office registry among the ledgers, if any. */
  registry?: OfficeRegistry | readonly string[];
}

function registryOf(
  results: ReadLedgerResult[],
  given: ValidateLedgersOptions["registry"],
): OfficeRegistry | undefined {
  if (given !== undefined)
    return Array.isArray(given) ? createOfficeRegistry(given) : (given as OfficeRegistry);
  const offices = results.filter((r) => r.kind === "office");
  if (offices.length === 0) return undefined;
  const names = offices
    .flatMap((r) => r.rows.map((row) => row.cells.name?.value))
    .filter((v): v is string => typeof v === "string");
  return createOfficeRegistry(names);
}

/** Values a referenced ledger holds in the referenced field(s), or undefined when it is not among the inputs. */
function referencedValues(
  results: ReadLedgerResult[],
  resource: string,
  field: string,
): Set<string> | undefined {
  const targets = results.filter((r) => r.kind === resource);
  if (targets.length === 0) return undefined;
  return new Set(
    targets
      .flatMap((r) => r.rows.map((row) => row.cells[field]?.value))
      .filter((v) => v !== null && v !== undefined)
      .map(String),
  );
}

/**
 * Foreign keys across ledgers: each office field whose schema points at the office registry must
 * name a registered office (values become the registry's names), and each reference to another
 * ledger (a measure's 问题编号) must exist there. Returns new results; the inputs are untouched.
 */
export function validateLedgers(
  results: ReadLedgerResult[],
  options: ValidateLedgersOptions = {},
): ReadLedgerResult[] {
  const registry = registryOf(results, options.registry);
  return results.map((result) => {
    const errors = new ErrorCollector();
    let rows = result.rows;
    const checked = [...result.checkedReferences];
    for (const fk of result.schema.foreignKeys ?? []) {
      const resource = fk.reference.resource;
      if (checked.includes(resource)) continue;
      const [field] = fieldList(fk.fields);
      const [target] = fieldList(fk.reference.fields);
      const mapping = result.mapping.find((m) => m.field === field);
      if (field === undefined || target === undefined) continue;
      // No column, but the title (or …) named the office: check that one name once.
      const fromContext = result.officeFrom?.field === field ? result.officeFrom : undefined;
      if (!mapping && fromContext === undefined) continue;
      const title = result.fields.find((f) => f.name === field)?.title ?? field;
      const known = resource === "office" ? undefined : referencedValues(results, resource, target);
      if (resource === "office" ? !registry : !known) continue;
      checked.push(resource);
      if (!mapping && fromContext !== undefined) {
        const canonical = registry?.canonical(fromContext.office) ?? null;
        if (canonical === null)
          errors.add("foreign-key", () =>
            makeError("foreign-key", {
              rowNumber: fromContext.row,
              fieldNumber: null,
              fieldName: field,
              fieldTitle: title,
              cell: fromContext.text,
              details: { reference: resource },
            }),
          );
        else if (canonical !== fromContext.office)
          rows = rows.map((row) => {
            const cell = row.cells[field];
            if (!cell) return row;
            return { ...row, cells: { ...row.cells, [field]: { ...cell, value: canonical } } };
          });
        continue;
      }
      if (!mapping) continue;
      rows = rows.map((row) => {
        const cell = row.cells[field];
        if (!cell || cell.value === null) return row;
        const value = String(cell.value);
        const canonical =
          resource === "office" ? registry!.canonical(value) : known!.has(value) ? value : null;
        if (canonical === null) {
          errors.add("foreign-key", () =>
            makeError("foreign-key", {
              rowNumber: row.rowNumber,
              fieldNumber: mapping.column,
              fieldName: field,
              fieldTitle: title,
              cell: cell.text,
              details: { reference: resource },
            }),
          );
          return row;
        }
        if (canonical === value) return row;
        const fixed: NormalizedCell = { ...cell, value: canonical };
        return { ...row, cells: { ...row.cells, [field]: fixed } };
      });
    }
    if (errors.size === 0)
      return checked.length === result.checkedReferences.length && rows === result.rows
        ? result
        : { ...result, rows, checkedReferences: checked };
    const merged = mergeReports([
      { errors: result.errors, errorCounts: result.errorCounts, truncated: result.truncated },
      errors.report(),
    ]);
    return {
      ...result,
      rows,
      errors: merged.errors,
      errorCounts: merged.errorCounts,
      truncated: merged.truncated,
      valid: false,
      checkedReferences: checked,
    };
  });
}
