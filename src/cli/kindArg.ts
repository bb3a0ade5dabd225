// --kind and --kinds name a ledger by its code (problem) or by its Chinese name (问题整改台账):
// a clerk knows the ledger by its name, and the error lists both.
import { KIND_OPTIONS } from "../app/kinds";
import type { LedgerKind } from "../core/model/ledger";
import { CliError } from "./cliError";

/** The choices as a bad --kind lists them: codes with their names in Chinese, codes in English. */
export const KIND_CHOICES = {
  zh: KIND_OPTIONS.map((o) => `${o.kind}（${o.title}）`).join("、"),
  en: KIND_OPTIONS.map((o) => o.kind).join(", "),
};

/** The kind a --kind value names, by code or by Chinese name; a CliError (exit 2) otherwise. */
export function ledgerKindArg(text: string): LedgerKind {
  const trimmed = text.trim();
  const found = KIND_OPTIONS.find((o) => o.kind === trimmed || o.title === trimmed);
  if (found === undefined) throw new CliError("badKind", { name: text, kinds: KIND_CHOICES });
  return found.kind;
}
