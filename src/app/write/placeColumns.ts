import { columnFate } from "../ownership/fates";
import { withLedger, type Bindings, type LedgerBinding, type OwnedColumnRecord } from "../bindings";
import { TaizhangError } from "../../core/errors";
import { OWNED_MARK } from "../../core/plan/ownedMark";
import type { OwnedColumnPlan } from "../../core/plan/types";
import type { OwnedFound, SheetRead } from "./survey";

export interface PlacedColumn {
  plan: OwnedColumnPlan;
  /** 0-based sheet column the add-in writes. */
  column: number;
  /** Rows the add-in wrote there last time (to clear what the new plan no longer fills). */
  previous: { firstRow: number; lastRow: number } | null;
  /** A person changed the header: it stays theirs. */
  keepHeader: boolean;
  /** 0-based rows where a person typed over the formula (人工标识): left alone. */
  typedRows: number[];
  /** A column no earlier run wrote: its cells are checked for a person's typing as it is written. */
  fresh: boolean;
}

/**
 * Where each owned column goes: where its mark (a name over its range, which follows inserted
 * columns and rows) says it is; for a workbook from before marks, where the bindings recorded it
 * if that header cell still holds the header the add-in wrote; else the next empty column right
 * of the sheet's data, one further when the sheet holds an Excel table (a column written right
 * beside a table would join it). A column that merely looks like the add-in's (a pasted copy) is
 * never taken for it.
 */
export function placeColumns(
  plans: readonly OwnedColumnPlan[],
  binding: LedgerBinding,
  sheet: SheetRead,
  found: OwnedFound,
): PlacedColumn[] {
  const used = sheet.used;
  let free = (used ? used.column + used.columnCount : 0) + (sheet.tableCount > 0 ? 1 : 0);
  const taken = new Set<number>();
  const placed: PlacedColumn[] = [];
  for (const plan of plans) {
    const marked = found.columns.get(`${plan.sheet}:${plan.key}`);
    const fate = columnFate(marked);
    let column = fate.column;
    let previous = fate.previous;
    if (column === null) {
      const record = binding.ownedColumns.find((c) => c.key === plan.key);
      const legacy = record ? legacyColumn(record, plan.headerRow, sheet, taken) : null;
      if (legacy !== null && record) {
        column = legacy;
        previous = { firstRow: plan.headerRow, lastRow: Math.max(plan.headerRow, record.lastRow) };
      }
    }
    const fresh = column === null;
    if (column === null || taken.has(column)) {
      while (taken.has(free)) free++;
      column = free++;
      previous = null;
    }
    taken.add(column);
    placed.push({
      plan,
      column,
      previous,
      keepHeader: fate.keepHeader,
      typedRows: fate.typedRows,
      fresh,
    });
  }
  return placed;
}

/** Every owned column of a plan placed, sheet by sheet; a sheet not read or not bound is missing. */
export function placePlanColumns(
  columns: readonly OwnedColumnPlan[],
  sheets: readonly SheetRead[],
  ledgers: readonly LedgerBinding[] | undefined,
  found: OwnedFound,
): PlacedColumn[] {
  const placed: PlacedColumn[] = [];
  for (const sheetName of new Set(columns.map((c) => c.sheet))) {
    const read = sheets.find((s) => s.name === sheetName);
    const binding = ledgers?.find((l) => l.sheet === sheetName);
    if (!read || !binding) throw new TaizhangError("sheetMissing", sheetName);
    placed.push(
      ...placeColumns(
        columns.filter((c) => c.sheet === sheetName),
        binding,
        read,
        found,
      ),
    );
  }
  return placed;
}

/** A column an earlier version recorded by its header text alone, if that header is still there. */
function legacyColumn(
  record: OwnedColumnRecord,
  headerRow: number,
  sheet: SheetRead,
  taken: Set<number>,
): number | null {
  if (!record.header.startsWith(OWNED_MARK)) return null;
  const header = sheet.input.values[headerRow] ?? [];
  if (header[record.column] === record.header && !taken.has(record.column)) return record.column;
  return null;
}

/** The ledger's binding with the columns this write placed on its sheet recorded as its own. */
export function withPlacedColumns(
  bindings: Bindings,
  ledger: LedgerBinding,
  placed: readonly PlacedColumn[],
): Bindings {
  const own = placed.filter((p) => p.plan.sheet === ledger.sheet);
  if (own.length === 0) return bindings;
  const keep = ledger.ownedColumns.filter((c) => !own.some((p) => p.plan.key === c.key));
  return withLedger(bindings, { ...ledger, ownedColumns: [...keep, ...own.map(ownedRecord)] });
}

function ownedRecord(p: PlacedColumn): OwnedColumnRecord {
  return {
    key: p.plan.key,
    column: p.column,
    header: p.plan.header,
    lastRow: p.plan.firstRow + p.plan.rowCount - 1,
  };
}
