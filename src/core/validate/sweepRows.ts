import type { Cell } from "../model/cell";
import type { LedgerRow, NormalizedCell } from "../model/ledger";
import { cellText, isEmptyCell } from "../text";
import {
  classifyRow,
  headerCopies,
  isHeaderCopy,
  rowSummary,
  sectionHeading,
  type SkippedRow,
} from "../layout";
import { makeError } from "./makeError";
import { rememberKeys, reportRepeats, sheetKeys } from "./keyCheck";
import { EMPTY_CELL } from "./readCell";
import { RowReader } from "./rowReader";
import type { SweepInput } from "./sweepInput";

export type { SweepInput };

function isContinuation(row: Cell[], parentColumns: Int32Array): boolean {
  if (parentColumns.length === 0) return false;
  for (let i = 0; i < parentColumns.length; i++)
    if (!isEmptyCell(row[parentColumns[i]!])) return false;
  return true;
}

export interface SweepResult {
  /** Normalised rows (empty when collectRows is false). */
  rows: LedgerRow[];
  /** Data rows read. */
  rowCount: number;
  /** Blank, 合计/小计, section heading and footer rows left out, in sheet order. */
  skipped: SkippedRow[];
}

/**
 * The row sweep: each field's parser and checks were chosen once (FieldPlan); here rows are
 * classified and read one by one (RowReader), their keys remembered and checked once the sheet
 * is read (keyCheck), and the programme's rules run on each row's values.
 */
export function sweepRows(input: SweepInput): SweepResult {
  const { values, rawValues, numberFormats, plans, width, errors } = input;
  const collect = input.collectRows !== false;
  const reader = new RowReader(input, collect);
  // A typed array: a plain array's map varied from sweep to sweep (with how `map` built it),
  // and code compiled for one was thrown away at the next.
  const parentColumns = Int32Array.from(
    plans.filter((p) => input.parentFields.has(p.name)),
    (p) => p.column,
  );
  // Key tables are sized once for the rows below the header (an upper bound on data rows; a
  // sheet of a million blank rows grows them instead).
  const maxRows = Math.min(1 << 20, Math.max(0, values.length - input.dataStart));
  const keys = sheetKeys(plans, input.primaryKey, input.parentFields, maxRows);
  const rows: LedgerRow[] = [];
  // Every row's cells start as a copy of one object holding all the fields, so rows share one
  // shape and are allocated at their final size.
  const template = cellsTemplate(plans.map((p) => p.name));
  const copies = headerCopies(values, input.headerRows ?? [], width);
  let started = false;
  const skipped: SkippedRow[] = [];
  const pendingBlanks: number[] = [];
  let rowCount = 0;
  // Rows are classified as they are swept (one pass over the sheet): blank separators wait until
  // a data row follows them, 合计/小计 rows are left out, the footer (注：, 填表人：) ends the table.
  for (let r = input.dataStart; r < values.length; r++) {
    const row = values[r] ?? [];
    const kind = classifyRow(row, width);
    if (kind === "footer") {
      skipped.push({ rowNumber: r + 1, reason: "footer", text: rowSummary(row) });
      break;
    }
    if (kind === "blank") {
      pendingBlanks.push(r);
      continue;
    }
    if (pendingBlanks.length > 0) {
      for (const b of pendingBlanks) {
        skipped.push({ rowNumber: b + 1, reason: "blank", text: "" });
        if (input.reportBlankRows === true && errors.count("blank-row")) {
          errors.push(
            makeError("blank-row", {
              rowNumber: b + 1,
              fieldNumber: null,
              fieldName: null,
              cell: "",
            }),
          );
        }
      }
      pendingBlanks.length = 0;
    }
    if (kind === "total") {
      skipped.push({ rowNumber: r + 1, reason: "total", text: rowSummary(row) });
      continue;
    }
    // A heading over the rows below (一、队伍方面（6项）) is read from the row as typed: merged
    // across the table, its filled copy has every cell set.
    const heading = sectionHeading(rawValues[r]);
    if (heading !== null) {
      skipped.push({ rowNumber: r + 1, reason: "section", text: heading.text });
      continue;
    }
    if (copies.length > 0 && isHeaderCopy(row, copies, width)) {
      skipped.push({ rowNumber: r + 1, reason: "header", text: rowSummary(row) });
      continue;
    }
    rowCount += 1;
    const rawLength = (rawValues[r] ?? []).length;
    const rowNumber = r + 1;
    const continuing = started && isContinuation(row, parentColumns);
    started = true;
    reader.read(row, rowNumber, rawLength, numberFormats?.[r], continuing);
    if (rawLength < width || row.length > width) reportRowShape(input, row, rowNumber, rawLength);
    if (keys.columns.length > 0) rememberKeys(keys, reader.values, rowNumber, continuing);
    reader.checkRules(rowNumber);
    if (collect) {
      const record: Record<string, NormalizedCell> = { ...template };
      for (let p = 0; p < plans.length; p++) record[plans[p]!.name] = reader.cells[p]!;
      rows.push({ rowNumber, cells: record });
    }
  }
  reportRepeats(keys, errors, (rowNumber, column) =>
    cellText(values[rowNumber - 1]?.[column] ?? null),
  );
  return { rows, rowCount, skipped };
}

/**
 * An object with every field (EMPTY_CELL), whose copies hold all their fields in the object
 * itself. Built by JSON.parse, which sizes an object for all its keys: one built key by key
 * keeps only its first few there and the rest in a second, separate array — 24 more bytes per
 * kept row of 15 fields (measured with v8 heap snapshots), and a consolidation keeps every row.
 */
function cellsTemplate(names: readonly string[]): Record<string, NormalizedCell> {
  const template = JSON.parse(
    `{${names.map((name) => `${JSON.stringify(name)}:null`).join(",")}}`,
  ) as Record<string, unknown>;
  for (const name of names) template[name] = EMPTY_CELL;
  return template as Record<string, NormalizedCell>;
}

/** missing-cell for each column a short row does not reach, extra-cell for each filled one past the header. */
function reportRowShape(input: SweepInput, row: Cell[], rowNumber: number, rawLength: number) {
  const { errors, width } = input;
  for (let c = rawLength; c < width; c++) {
    if (errors.count("missing-cell"))
      errors.push(
        makeError("missing-cell", {
          rowNumber,
          fieldNumber: c + 1,
          fieldName: input.columnNames[c] ?? "",
          cell: "",
        }),
      );
  }
  for (let c = width; c < row.length; c++) {
    if (isEmptyCell(row[c])) continue;
    if (errors.count("extra-cell"))
      errors.push(
        makeError("extra-cell", {
          rowNumber,
          fieldNumber: c + 1,
          fieldName: null,
          cell: cellText(row[c] ?? null),
        }),
      );
  }
}
