import type { Cell } from "../model/cell";
import { classifyRow, rowSummary } from "./classifyRow";
import type { SkippedRow } from "./readResult";

export interface DataRows {
  /** 0-based indexes of the rows to read. */
  rows: number[];
  skipped: SkippedRow[];
  /** 0-based blank rows between data rows (blank-row errors); trailing blanks are not counted. */
  blankRows: number[];
}

/** Walks down from the header: data rows in, 合计/小计 rows out, the footer (注：, 填表人：) ends it. */
export function findDataRows(values: Cell[][], start: number, width: number): DataRows {
  const rows: number[] = [];
  const skipped: SkippedRow[] = [];
  const blankRows: number[] = [];
  let pendingBlanks: number[] = [];
  for (let r = start; r < values.length; r++) {
    const kind = classifyRow(values[r], width);
    if (kind === "footer") {
      skipped.push({ rowNumber: r + 1, reason: "footer", text: rowSummary(values[r]) });
      break;
    }
    if (kind === "blank") {
      pendingBlanks.push(r);
      continue;
    }
    if (pendingBlanks.length > 0) {
      for (const b of pendingBlanks) {
        blankRows.push(b);
        skipped.push({ rowNumber: b + 1, reason: "blank", text: "" });
      }
      pendingBlanks = [];
    }
    if (kind === "total")
      skipped.push({ rowNumber: r + 1, reason: "total", text: rowSummary(values[r]) });
    else rows.push(r);
  }
  skipped.sort((a, b) => a.rowNumber - b.rowNumber);
  return { rows, skipped, blankRows };
}
