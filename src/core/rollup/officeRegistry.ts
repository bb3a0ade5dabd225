// The 薄弱院名册 (office registry) read into the one registry type: where each office sits and
// how many prosecutors it actually has (实有员额检察官), the denominator of every 人均 figure.
import type { Ledger } from "../model/ledger";
import { createOfficeRegistry, type OfficeInfo, type OfficeRegistry } from "../normalize/office";
import { numberOf, roleReader, textOf } from "./roles";
import { rowRefsOf, type RowRef } from "./rowRef";

export type { OfficeInfo, OfficeRegistry };

/** Builds the registry from every ledger of kind "office"; later rows fill gaps, never overwrite. */
export function officeRegistry(ledgers: readonly Ledger[]): OfficeRegistry {
  const offices = new Map<string, OfficeInfo>();
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
      const known = offices.get(office);
      offices.set(office, {
        office,
        city: known?.city ?? textOf(read.city(row)),
        province: known?.province ?? textOf(read.province(row)),
        category: known?.category ?? textOf(read.category(row)),
        prosecutors: known?.prosecutors ?? numberOf(read.prosecutors(row)),
        pairedWith: known?.pairedWith ?? textOf(read.helper(row)),
        rows: [...(known?.rows ?? []), refs[index] as RowRef],
      });
    });
  }
  return createOfficeRegistry(offices.values());
}
