import type { LedgerKind } from "../model/ledger";
import type { TableSchemaDescriptor } from "./descriptor";
import activity from "./descriptors/activity.json";
import exchange from "./descriptors/exchange.json";
import funding from "./descriptors/funding.json";
import measure from "./descriptors/measure.json";
import office from "./descriptors/office.json";
import pairing from "./descriptors/pairing.json";
import performance from "./descriptors/performance.json";
import petition from "./descriptors/petition.json";
import problem from "./descriptors/problem.json";
import review from "./descriptors/review.json";

/** The ten ledgers Taizhang ships, by kind (the JSON files beside this one are the source). */
export const LEDGER_SCHEMAS: Readonly<Record<LedgerKind, TableSchemaDescriptor>> = {
  office: office as TableSchemaDescriptor,
  problem: problem as TableSchemaDescriptor,
  measure: measure as TableSchemaDescriptor,
  pairing: pairing as TableSchemaDescriptor,
  exchange: exchange as TableSchemaDescriptor,
  petition: petition as TableSchemaDescriptor,
  activity: activity as TableSchemaDescriptor,
  performance: performance as TableSchemaDescriptor,
  funding: funding as TableSchemaDescriptor,
  review: review as TableSchemaDescriptor,
};

export function isLedgerKind(kind: string): kind is LedgerKind {
  return Object.prototype.hasOwnProperty.call(LEDGER_SCHEMAS, kind);
}

/** The shipped descriptor for a kind, or undefined for a kind we do not ship. */
export function ledgerSchema(kind: string): TableSchemaDescriptor | undefined {
  return isLedgerKind(kind) ? LEDGER_SCHEMAS[kind] : undefined;
}
