import { OWNED_MARK } from "../core/plan/ownedMark";

/**
 * Bindings: which sheets are ledgers and what the add-in owns, stored with the workbook (Excel
 * keeps them in the workbook's settings) so they travel with the file to the next person. Owned
 * sheets are tracked by worksheet id, never by sheet name. Plain data: every host stores the
 * same JSON.
 */
import type { UserColumn } from "../core/read";

export const SETTINGS_KEY = "taizhang";

export interface OwnedSheetRecord {
  key: string;
  id: string;
}

/**
 * An owned column is identified by its header text, which carries the 【台账助手】 mark and the
 * key's title: if a user inserts columns before it, it is found again by that header in the
 * header row; a column whose header is not ours is never taken for it.
 */
export interface OwnedColumnRecord {
  key: string;
  /** 0-based column where it was last written. */
  column: number;
  header: string;
  /** 0-based last row written (the range to clear before rewriting). */
  lastRow: number;
}

export interface LedgerBinding {
  id: string;
  sheet: string;
  sheetId?: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** Field name → 0-based column. */
  mapping: Record<string, number>;
  kind: string;
  /**
   * The header row's labels when the sheet was bound: a sheet whose header has lost most of them
   * is not this ledger any more, and is not checked as it.
   */
  header?: string[];
  /** Columns the user assigned in 台账识别, laid over what is detected each time it is read. */
  columns?: UserColumn[];
  scheme?: string;
  options?: Record<string, unknown>;
  ownedColumns: OwnedColumnRecord[];
}

export interface Bindings {
  version: 1;
  ledgers: LedgerBinding[];
  ownedSheets: OwnedSheetRecord[];
  /** The workbook's as-of date (YYYY-MM-DD) every panel and the ribbon count from, once set. */
  asOf?: string;
}

export function emptyBindings(): Bindings {
  return { version: 1, ledgers: [], ownedSheets: [] };
}

/** Reads what settings hold; anything unreadable counts as no bindings rather than an error. */
export function parseBindings(stored: unknown): Bindings {
  let data = stored;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return emptyBindings();
    }
  }
  if (typeof data !== "object" || data === null) return emptyBindings();
  const d = data as Partial<Bindings>;
  return {
    version: 1,
    ledgers: Array.isArray(d.ledgers)
      ? d.ledgers.filter(isLedgerBinding).map(withColumnsChecked)
      : [],
    ownedSheets: Array.isArray(d.ownedSheets)
      ? d.ownedSheets.filter(
          (s): s is OwnedSheetRecord => typeof s?.key === "string" && typeof s?.id === "string",
        )
      : [],
    ...(typeof d.asOf === "string" && ISO_DATE.test(d.asOf) ? { asOf: d.asOf } : {}),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Stored assignments a hand-edited or older file may hold in another shape are dropped. */
function withColumnsChecked(binding: LedgerBinding): LedgerBinding {
  if (binding.columns === undefined) return binding;
  const columns = Array.isArray(binding.columns)
    ? binding.columns.filter(
        (c) =>
          typeof c?.column === "number" &&
          typeof c.label === "string" &&
          (c.field === null || typeof c.field === "string"),
      )
    : [];
  const { columns: _dropped, ...rest } = binding;
  return columns.length > 0 ? { ...rest, columns } : rest;
}

function isLedgerBinding(b: unknown): b is LedgerBinding {
  if (typeof b !== "object" || b === null) return false;
  const l = b as Partial<LedgerBinding>;
  return (
    typeof l.id === "string" &&
    typeof l.sheet === "string" &&
    typeof l.headerRow === "number" &&
    Array.isArray(l.ownedColumns)
  );
}

/** Stored as a JSON string: every host keeps strings in settings the same way. */
export function serializeBindings(bindings: Bindings): string {
  return JSON.stringify(bindings);
}

/** The binding for a sheet (by worksheet id when known, else by name), or a new one. */
export function bindingFor(
  bindings: Bindings,
  sheet: string,
  sheetId: string | undefined,
): LedgerBinding | undefined {
  return (
    bindings.ledgers.find((l) => sheetId !== undefined && l.sheetId === sheetId) ??
    bindings.ledgers.find((l) => l.sheet === sheet)
  );
}

export function nextBindingId(bindings: Bindings): string {
  const used = new Set(bindings.ledgers.map((l) => l.id));
  let n = 1;
  while (used.has(`L${n}`)) n++;
  return `L${n}`;
}

export function withLedger(bindings: Bindings, ledger: LedgerBinding): Bindings {
  return { ...bindings, ledgers: [...bindings.ledgers.filter((l) => l.id !== ledger.id), ledger] };
}

/** The bindings without the ledger of this sheet (by worksheet id when known, else by name). */
export function withoutLedger(bindings: Bindings, sheet: string, sheetId?: string): Bindings {
  const gone = bindingFor(bindings, sheet, sheetId);
  return gone
    ? { ...bindings, ledgers: bindings.ledgers.filter((l) => l.id !== gone.id) }
    : bindings;
}

export function withOwnedSheet(bindings: Bindings, record: OwnedSheetRecord): Bindings {
  return {
    ...bindings,
    ownedSheets: [...bindings.ownedSheets.filter((s) => s.key !== record.key), record],
  };
}

/** What the user confirmed about a ledger sheet: its kind, header row and columns. */
export interface BindingRequest {
  sheet: string;
  kind: string;
  /** 0-based (last) header row. */
  headerRow: number;
  /** Field name → 0-based column. */
  mapping: Record<string, number>;
  /** The header row's labels (see headerLabels). */
  header?: string[];
  /** Columns the user assigned; none keeps what the binding had. */
  columns?: UserColumn[];
}

/**
 * The binding a request makes of a sheet: an existing binding of the same sheet (by id, else by
 * name) keeps its id, scheme, options and owned columns.
 */
export function bindingOf(
  bindings: Bindings,
  sheet: { name: string; id: string },
  request: BindingRequest,
): LedgerBinding {
  const existing = bindingFor(bindings, sheet.name, sheet.id);
  return {
    ...existing,
    id: existing?.id ?? nextBindingId(bindings),
    sheet: sheet.name,
    sheetId: sheet.id,
    headerRow: request.headerRow,
    mapping: { ...request.mapping },
    kind: request.kind,
    ...(request.header === undefined ? {} : { header: request.header }),
    ...(request.columns === undefined ? {} : { columns: request.columns.map((c) => ({ ...c })) }),
    ownedColumns: existing?.ownedColumns ?? [],
  };
}

/**
 * The labels of a header row as a person wrote them: empty cells, spacing and the add-in's own
 * columns do not count.
 */
export function headerLabels(values: readonly (readonly unknown[])[], headerRow: number): string[] {
  return (values[headerRow] ?? [])
    .map((cell) => (cell === null || cell === undefined ? "" : String(cell).replace(/\s+/g, "")))
    .filter((label) => label !== "" && !label.startsWith(OWNED_MARK));
}

/**
 * Whether a header row is still the bound ledger's: most of the labels it was bound with are
 * still there (a column added, removed or renamed is the ledger changing, not another sheet).
 */
export function sameHeader(bound: readonly string[], now: readonly string[]): boolean {
  if (bound.length === 0) return true;
  const present = new Set(now);
  return bound.filter((label) => present.has(label)).length >= Math.ceil(bound.length * 0.7);
}
