import type { SheetInput } from "../core/model";
import {
  readLedger,
  readWorkbookLedgers,
  validateLedgers,
  type ReadLedgerResult,
  type ReadOptions,
  type UserColumn,
  type WorkbookRead,
  type WorkbookReadOptions,
} from "../core/read";
import { isLedgerKind } from "../core/ledgers";
import { contextYearOf, type AppContext } from "./context";
import { withoutOwnedColumns } from "./ownedColumns";

/** One sheet to read, and what the user said about it (a bound ledger's kind). */
export interface LedgerSource {
  input: SheetInput;
  kind?: string;
  /** Columns the user assigned (a binding's, or 台账识别's before it is saved). */
  columns?: readonly UserColumn[];
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
    ...(source.columns && source.columns.length > 0 ? { columns: source.columns } : {}),
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

/**
 * A whole workbook (or several files' sheets) read as a clerk reads it: hidden and 作废 sheets,
 * per-office count tables and older monthly copies left out with a note each, two tables on one
 * sheet read apart, the office taken from a title where no column names it. For the command line
 * and the browser page, which see every sheet of a file.
 */
export function readWorkbook(
  sources: readonly LedgerSource[],
  context: AppContext,
  options: SourceOptions & Partial<Pick<WorkbookReadOptions, "include" | "snapshots">> = {},
): WorkbookRead {
  // The user's choices per sheet (kind, columns), by the very input handed to the reader.
  const chosen = new Map<SheetInput, ReadOptions>();
  const inputs = sources.map((source) => {
    const input = withoutOwnedColumns(source.input);
    const kind = source.kind !== undefined && isLedgerKind(source.kind) ? source.kind : undefined;
    const columns = source.columns && source.columns.length > 0 ? source.columns : undefined;
    if (kind !== undefined || columns !== undefined)
      chosen.set(input, {
        ...(kind === undefined ? {} : { kind }),
        ...(columns === undefined ? {} : { columns }),
      });
    return input;
  });
  const { include, snapshots, ...read } = options;
  return readWorkbookLedgers(inputs, {
    ...read,
    contextYear: contextYearOf(context),
    ...(include === undefined ? {} : { include }),
    ...(snapshots === undefined ? {} : { snapshots }),
    sheetOptions: (sheet) => chosen.get(sheet),
  });
}
