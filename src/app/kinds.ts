import { LEDGER_SCHEMAS } from "../core/ledgers";
import { LEDGER_KINDS, type LedgerKind } from "../core/model/ledger";

export interface KindOption {
  kind: LedgerKind;
  /** The ledger's Chinese name from its descriptor (问题整改台账). */
  title: string;
}

/** The ten ledgers Taizhang ships, in the order DOMAIN.md lists them. */
export const KIND_OPTIONS: readonly KindOption[] = LEDGER_KINDS.map((kind) => ({
  kind,
  title: LEDGER_SCHEMAS[kind].title ?? kind,
}));

/** A ledger kind's Chinese name; a user's own kind is shown as it is named. */
export function kindTitle(kind: string): string {
  return KIND_OPTIONS.find((o) => o.kind === kind)?.title ?? kind;
}
