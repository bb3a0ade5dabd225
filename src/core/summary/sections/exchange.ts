// 人员交流台账: exchanges per type (挂职, 遴选, 交流, 跟班学习) in all and per weak office.
import type { Ledger } from "../../model/ledger";
import { normalizeOfficeName, officeKey } from "../../normalize/office";
import { roleReader, textOf } from "../../rollup/roles";
import type { Figure, RowRef } from "../../rollup/rowRef";
import type { RollupContext } from "../../rollup/scan";
import type { ExchangeSection } from "../types";
import { scansOf } from "./shared";

/**
 * The types the seed names, each with the words that say it, tried in order (挂职交流 is a
 * secondment; 互派 and 双向交流 are exchanges). A type none of them names counts as written.
 */
export const EXCHANGE_TYPES: ReadonlyArray<readonly [string, RegExp]> = [
  ["挂职", /挂职|挂任|下派|派驻/],
  ["遴选", /遴选|选调/],
  ["跟班学习", /跟班|跟岗|跟学/],
  ["交流", /交流|互派|轮岗|双向|借调/],
];

export function exchangeType(text: string | null): string | null {
  if (text === null) return null;
  return EXCHANGE_TYPES.find(([, words]) => words.test(text))?.[0] ?? text;
}

/** Weak offices by place (officeKey): the registry's and the pairings' (their 薄弱院 column). */
function weakOffices(ledgers: readonly Ledger[], context: RollupContext): Set<string> {
  const weak = new Set((context.registry?.names ?? []).map(officeKey));
  for (const ledger of ledgers) {
    if (ledger.kind !== "pairing") continue;
    const read = roleReader(ledger, "office");
    for (const row of ledger.rows) {
      const office = textOf(read(row));
      if (office !== null) weak.add(officeKey(office));
    }
  }
  return weak;
}

export function exchangeSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): ExchangeSection | undefined {
  const scans = scansOf(ledgers, "exchange", context);
  if (scans.length === 0) return undefined;
  const weak = weakOffices(ledgers, context);
  const all: RowRef[] = [];
  const byType = new Map<string, RowRef[]>();
  const offices = new Map<string | null, { all: RowRef[]; byType: Map<string, RowRef[]> }>();
  const add = (map: Map<string, RowRef[]>, key: string, ref: RowRef) =>
    map.set(key, [...(map.get(key) ?? []), ref]);
  for (const scan of scans) {
    const ledger = scan.ledger;
    const read = {
      from: roleReader(ledger, "helper"),
      to: roleReader(ledger, "office"),
      mode: roleReader(ledger, "category"),
    };
    ledger.rows.forEach((row, index) => {
      const ref = scan.ref(index);
      const from = textOf(read.from(row));
      const to = textOf(read.to(row));
      // The weak side: the sender when only it is a weak office (young staff sent to learn),
      // else the receiving office, the ledger's office column.
      const side =
        from !== null && weak.has(officeKey(from)) && (to === null || !weak.has(officeKey(to)))
          ? from
          : to;
      const office =
        side === null ? null : (context.registry?.canonical(side) ?? normalizeOfficeName(side));
      const type = exchangeType(textOf(read.mode(row)));
      all.push(ref);
      let entry = offices.get(office);
      if (entry === undefined) {
        entry = { all: [], byType: new Map() };
        offices.set(office, entry);
      }
      entry.all.push(ref);
      if (type !== null) {
        add(byType, type, ref);
        add(entry.byType, type, ref);
      }
    });
  }
  const figure = (rows: RowRef[]): Figure => ({ value: rows.length, rows });
  const types = (map: Map<string, RowRef[]>) =>
    Object.fromEntries([...map.entries()].map(([type, rows]) => [type, figure(rows)]));
  return {
    totals: { exchanges: figure(all), byType: types(byType) },
    byOffice: [...offices.entries()].map(([office, entry]) => ({
      office,
      exchanges: figure(entry.all),
      byType: types(entry.byType),
    })),
  };
}
