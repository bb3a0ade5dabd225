import { LEDGER_SCHEMAS } from "../core/ledgers";
import { LEDGER_KINDS, type LedgerKind } from "../core/model/ledger";
import type { Lang } from "../core/model";

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

/** The ledgers' English names, for an English pane (the sheets keep their Chinese names). */
const ENGLISH_NAMES: Record<LedgerKind, string> = {
  office: "Office registry",
  problem: "Problems and rectification",
  measure: "Assistance measures",
  pairing: "Pairing",
  exchange: "Staff exchange",
  petition: "Difficulty reports",
  activity: "Activity log",
  performance: "Performance",
  funding: "Funding",
  review: "Case-quality review",
};

/** A ledger kind's Chinese name; a user's own kind is shown as it is named. */
export function kindTitle(kind: string): string {
  return KIND_OPTIONS.find((o) => o.kind === kind)?.title ?? kind;
}

/** A ledger kind's name in the reader's language. */
export function kindName(kind: string, lang: Lang): string {
  if (lang === "en" && kind in ENGLISH_NAMES) return ENGLISH_NAMES[kind as LedgerKind];
  return kindTitle(kind);
}
