// A new workbook holding standard ledger sheets (`taizhang template`, later the browser page):
// the templates the task pane inserts one at a time, written into a sheetless workbook.
import { TaizhangError } from "../core/errors";
import { LEDGER_SCHEMAS, isLedgerKind } from "../core/ledgers";
import type { WorkbookHost } from "./host";
import { mergePlans, templatePlan } from "../core/plan";

/** Writes one template sheet per kind, in the order given; resolves to the sheets' names. */
export async function writeTemplates(
  host: WorkbookHost,
  kinds: readonly string[],
): Promise<string[]> {
  const unknown = kinds.find((kind) => !isLedgerKind(kind));
  if (unknown !== undefined) throw new TaizhangError("kindUnknown", unknown);
  // One write with every template, in the order asked for: the host adds a plan's new sheets
  // in its order (the first becomes active), whichever sheets the workbook already has.
  const plans = kinds.filter(isLedgerKind).map((kind) => templatePlan(LEDGER_SCHEMAS[kind]));
  const written = await host.write({
    sheets: [],
    build: () => ({ plan: mergePlans(...plans), activate: true }),
  });
  return plans.flatMap((plan) => plan.sheets.map((s) => written.sheetNames[s.key] ?? s.name));
}
