// The 薄弱院名册 (office registry) as a lookup: where each office sits and how many prosecutors
// it actually has (实有员额检察官), the denominator of every 人均 figure.
import type { Ledger } from "../model/ledger";
import { numberOf, roleReader, textOf } from "./roles";
import { rowRefsOf, type RowRef } from "./rowRef";

export interface OfficeInfo {
  office: string;
  city: string | null;
  province: string | null;
  category: string | null;
  /** 实有员额检察官; null when the registry does not say. */
  prosecutors: number | null;
  /** The advanced office it is paired with (结对先进院), if the registry names one. */
  pairedWith: string | null;
  rows: RowRef[];
}

export type OfficeRegistry = ReadonlyMap<string, OfficeInfo>;

/** Builds the registry from every ledger of kind "office"; later rows fill gaps, never overwrite. */
export function officeRegistry(ledgers: readonly Ledger[]): OfficeRegistry {
  const registry = new Map<string, OfficeInfo>();
  for (const ledger of ledgers) {
    if (ledger.kind !== "office") continue;
    const refs = rowRefsOf(ledger);
    const read = {
      office: roleReader(ledger, "office"),
      city: roleReader(ledger, "city"),
      province: roleReader(ledger, "province"),
      category: roleReader(ledger, "category"),
      prosecutors: roleReader(ledger, "prosecutors"),
      helper: roleReader(ledger, "helper"),
    };
    ledger.rows.forEach((row, index) => {
      const office = textOf(read.office(row));
      if (office === null) return;
      const known = registry.get(office);
      const info: OfficeInfo = {
        office,
        city: known?.city ?? textOf(read.city(row)),
        province: known?.province ?? textOf(read.province(row)),
        category: known?.category ?? textOf(read.category(row)),
        prosecutors: known?.prosecutors ?? numberOf(read.prosecutors(row)),
        pairedWith: known?.pairedWith ?? textOf(read.helper(row)),
        rows: [...(known?.rows ?? []), refs[index] as RowRef],
      };
      registry.set(office, info);
    });
  }
  return registry;
}
