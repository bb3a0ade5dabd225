// Sums of one or several numeric columns (funding in 万元; 瑕疵 + 不合格). A sum cites the rows
// that had a number.
import type { FieldRole } from "../../model/ledger";
import { numberOf, roleReader } from "../roles";
import { lazyFigure } from "../rowRef";
import { RowList } from "../rowList";
import type { Tally } from "./counting";
import type { MeasureDefinition, MeasureSpec } from "./types";

function rolesOf(spec: MeasureSpec): FieldRole[] {
  return spec.roles ?? (spec.role === undefined ? [] : [spec.role]);
}

export const sum: MeasureDefinition<Tally> = {
  label: { zh: "合计", en: "Sum" },
  init: () => ({ value: 0, rows: new RowList() }),
  compile(scan, spec) {
    const readers = rolesOf(spec).map((role) => roleReader(scan.ledger, role));
    const rows = scan.ledger.rows;
    const ref = scan.ref;
    return (state, index) => {
      const row = rows[index];
      if (row === undefined) return;
      let seen = false;
      for (const read of readers) {
        const value = numberOf(read(row));
        if (value !== null) {
          state.value += value;
          seen = true;
        }
      }
      if (seen) state.rows.add(ref, index);
    };
  },
  finish: (state) => lazyFigure(state.value, state.rows),
};
