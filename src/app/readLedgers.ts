import type { SheetInput } from "../core/model";
import { readLedger, validateLedgers, type ReadLedgerResult, type ReadOptions } from "../core/read";
import { isLedgerKind } from "../core/ledgers";
import { contextYearOf, type AppContext } from "./context";
import { withoutOwnedColumns } from "./ownedColumns";

/** One sheet to read, and what the user said about it (a bound ledger's kind). */
export interface LedgerSource {
  input: SheetInput;
  kind?: string;
}

/** Options the command line adds: a user's descriptor, a forced kind. */
export type SourceOptions = Pick<ReadOptions, "schema" | "kind" | "registry">;

/**
 * A sheet read as a ledger, the same way in every front end: the add-in's own columns left
 * out, the kind the user chose, yearless dates in the context's year.
 */
export function readSource(
  source: LedgerSource,
  context: AppContext,
  options: SourceOptions = {},
): ReadLedgerResult {
  const kind = source.kind !== undefined && isLedgerKind(source.kind) ? source.kind : undefined;
  return readLedger(withoutOwnedColumns(source.input), {
    ...options,
    ...(kind === undefined ? {} : { kind }),
    contextYear: contextYearOf(context),
  });
}

/** Sheets read as ledgers and checked against each other (院名称 in the registry, 问题编号). */
export function readLedgers(
  sources: readonly LedgerSource[],
  context: AppContext,
  options: SourceOptions = {},
): ReadLedgerResult[] {
  return validateLedgers(sources.map((source) => readSource(source, context, options)));
}

/** The office names a registry ledger among the results lists, if there is one. */
export function registryNames(results: readonly ReadLedgerResult[]): string[] | undefined {
  const offices = results.filter((r) => r.kind === "office");
  if (offices.length === 0) return undefined;
  return offices.flatMap((r) =>
    r.rows.map((row) => row.cells.name?.value).filter((v): v is string => typeof v === "string"),
  );
}
