// 困难问题反映台账: received, answered, resolved, pending.
import type { Ledger } from "../../model/ledger";
import type { Figure, RowRef } from "../../rollup/rowRef";
import type { RollupContext } from "../../rollup/scan";
import type { PetitionSection } from "../types";
import { scansOf } from "./shared";

/**
 * 受理 = every row; 已答复 and 已协调解决 are both "done" to the normaliser, so the status text
 * tells them apart (…解决 → resolved, any other finished state → answered); 协调解决中 is still
 * being handled (pending). A status nobody can read is counted apart (unknown), never pending.
 */
export function petitionSection(
  ledgers: readonly Ledger[],
  context: RollupContext,
): PetitionSection | undefined {
  const scans = scansOf(ledgers, "petition", context);
  if (scans.length === 0) return undefined;
  const received: RowRef[] = [];
  const answered: RowRef[] = [];
  const resolved: RowRef[] = [];
  const pending: RowRef[] = [];
  const unknown: RowRef[] = [];
  for (const scan of scans) {
    const statusField = scan.ledger.fields.find((field) => field.role === "status")?.name;
    scan.ledger.rows.forEach((row, index) => {
      const ref = scan.ref(index);
      received.push(ref);
      const status = scan.status(index);
      const text = statusField === undefined ? "" : (row.cells[statusField]?.text ?? "");
      if (status === "done" || status === "closed")
        (/解决|resolved/i.test(text) ? resolved : answered).push(ref);
      else if (status === "unknown") unknown.push(ref);
      else pending.push(ref);
    });
  }
  const figure = (rows: RowRef[]): Figure => ({ value: rows.length, rows });
  return {
    totals: {
      received: figure(received),
      answered: figure(answered),
      resolved: figure(resolved),
      pending: figure(pending),
      unknown: figure(unknown),
    },
  };
}
