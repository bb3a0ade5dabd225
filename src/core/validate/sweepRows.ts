import type { Cell } from "../model/cell";
import type { LedgerRow, NormalizedCell } from "../model/ledger";
import { cellText, isEmptyCell, isPlainText, normalizeText } from "../text";
import type { CellValue, FieldPlan } from "./compileField";
import { classifyRow, rowSummary } from "../read/classifyRow";
import type { SkippedRow } from "../read/readResult";
import { RULE_ROLES, ruleBreak, type RowRule } from "./domainChecks";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";
import { rowYear, rowYearSources } from "./rowYear";
import { rememberKeys, reportRepeats, sheetKeys } from "./keyCheck";
import { isIsoDate } from "../dates/iso";
import { COMMON_STATUS_WORDS } from "../normalize/status";
import { constraintBreaks } from "./checks";

export interface SweepInput {
  /** Values with merged areas filled. */
  values: Cell[][];
  /** Values as read (row lengths tell a short CSV row, missing-cell). */
  rawValues: Cell[][];
  numberFormats?: string[][];
  /** 0-based first row below the header. */
  dataStart: number;
  /** Header width: cells beyond it are extra-cell errors. */
  width: number;
  /** Label per column, for errors on columns no field claims. */
  columnNames: string[];
  plans: FieldPlan[];
  /** Problem-level fields: when all are blank in a row, the row continues the previous problem. */
  parentFields: ReadonlySet<string>;
  primaryKey: string[];
  rules: RowRule[];
  missingValues: ReadonlySet<string>;
  errors: ErrorCollector;
  /** False: check only, keep no rows (validateSheet). Default true. */
  collectRows?: boolean;
  /**
   * Report blank rows inside the data as `blank-row` errors. Only for a table no ledger schema
   * applies to (Frictionless's no-schema case); a recognised ledger's blank rows are separators,
   * skipped and listed in `skipped` without an error.
   */
  reportBlankRows?: boolean;
}

/** The cell of a column the row does not reach (short CSV row); shared, never mutated. */
const EMPTY_CELL: NormalizedCell = Object.freeze({
  text: "",
  raw: null,
  value: null,
}) as NormalizedCell;

const EMPTY_TEXT_CELL: NormalizedCell = Object.freeze({
  text: "",
  raw: "",
  value: null,
}) as NormalizedCell;

function normalised(
  raw: Cell,
  text: string,
  value: NormalizedCell["value"],
  extra?: { approximate?: boolean; openEnded?: boolean },
): NormalizedCell {
  const cell: NormalizedCell = { text, raw, value };
  if (extra?.approximate) cell.approximate = true;
  if (extra?.openEnded) cell.openEnded = true;
  return cell;
}

function reportCell(
  input: SweepInput,
  type: "type-error" | "constraint-error" | "foreign-key",
  plan: FieldPlan,
  rowNumber: number,
  text: string,
  key: string,
  value: string | number,
): void {
  if (!input.errors.count(type)) return;
  input.errors.push(
    makeError(type, {
      rowNumber,
      fieldNumber: plan.column + 1,
      fieldName: plan.name,
      fieldTitle: plan.title,
      cell: text,
      details: { [key]: value },
    }),
  );
}

/** Distinct texts remembered per column; beyond this, cells are read without the memo. */
const MEMO_LIMIT = 1024;

/**
 * Reads a cell through its column's memo: a text seen before gives the same (shared, never
 * mutated) NormalizedCell, and only its checks run again — errors are reported per occurrence.
 */
function readCellMemo(
  plan: FieldPlan,
  raw: Cell,
  format: string | undefined,
  rowNumber: number,
  input: SweepInput,
): NormalizedCell {
  const memo = plan.memo;
  if (memo === undefined || typeof raw !== "string")
    return readCell(plan, raw, format, rowNumber, input);
  // Neighbouring rows often repeat a value (same office, same deadline): try the last one first.
  const known = raw === plan.lastText ? plan.lastCell : memo.get(raw);
  if (known === undefined) {
    const cell = readCell(plan, raw, format, rowNumber, input);
    if (memo.size < MEMO_LIMIT) {
      memo.set(raw, cell);
      if (
        cell.value === null &&
        !cell.openEnded &&
        raw !== "" &&
        plan.parse(raw, format).ok === false
      )
        plan.unreadable!.add(raw);
    }
    // A column of free text (every cell new) stops paying for the memo.
    else if (memo.size === MEMO_LIMIT && ++plan.memoMisses! > MEMO_LIMIT) plan.memo = undefined;
    return cell;
  }
  plan.lastText = raw;
  plan.lastCell = known;
  const value = known.value;
  if (value === null) {
    // Null from a non-empty text: unreadable, unless it is a missing word or open-ended.
    if (known.openEnded) return known;
    if (plan.unreadable!.has(raw))
      reportCell(input, "type-error", plan, rowNumber, raw, "expected", plan.expected);
    else if (plan.required)
      reportCell(input, "constraint-error", plan, rowNumber, raw, "constraint", "required");
    return known;
  }
  checkValue(plan, value, raw, rowNumber, input);
  return known;
}

function checkValue(
  plan: FieldPlan,
  value: string | number | boolean,
  text: string,
  rowNumber: number,
  input: SweepInput,
): void {
  const broken = plan.constraints === undefined ? null : constraintBreaks(plan.constraints, value);
  if (broken !== null) {
    for (const details of broken) {
      if (!input.errors.count("constraint-error")) continue;
      input.errors.push(
        makeError("constraint-error", {
          rowNumber,
          fieldNumber: plan.column + 1,
          fieldName: plan.name,
          fieldTitle: plan.title,
          cell: text,
          details: { ...details },
        }),
      );
    }
  }
  if (plan.registry && typeof value === "string" && plan.registry.canonical(value) === null) {
    reportCell(input, "foreign-key", plan, rowNumber, text, "reference", "office");
  }
}

/** Parses and checks one cell; bad cells keep their text with a null value. */
function readCell(
  plan: FieldPlan,
  raw: Cell,
  format: string | undefined,
  rowNumber: number,
  input: SweepInput,
  year?: number,
): NormalizedCell {
  const text = typeof raw === "string" ? raw : cellText(raw);
  const parsed =
    raw === null || (typeof raw === "string" && input.missingValues.has(raw))
      ? null
      : year !== undefined && plan.parseInYear !== undefined
        ? plan.parseInYear(raw, format, year)
        : plan.parse(raw, format);
  if (parsed !== null && !parsed.ok) {
    reportCell(input, "type-error", plan, rowNumber, text, "expected", plan.expected);
    return { text, raw, value: null };
  }
  const value = parsed === null ? null : parsed.value;
  if (value === null) {
    if (plan.required && !(parsed?.ok && parsed.openEnded))
      reportCell(input, "constraint-error", plan, rowNumber, text, "constraint", "required");
    return parsed === null ? { text, raw, value: null } : normalised(raw, text, null, parsed);
  }
  checkValue(plan, value, text, rowNumber, input);
  return parsed!.approximate || parsed!.openEnded
    ? normalised(raw, text, value, parsed!)
    : { text, raw, value };
}

/** Empty, white space only, or a missing-value word (无, —): what a required text cell must not be. */
function isBlankText(
  raw: Cell,
  missingValues: ReadonlySet<string>,
  longestMissing: number,
): boolean {
  if (raw === null) return true;
  if (typeof raw !== "string") return false;
  if (isEmptyCell(raw)) return true;
  // Only a short text, or one that normalising would shorten, can be a missing-value word.
  if (hasVisibleBeyond(raw, longestMissing)) return false;
  if (raw.length > longestMissing && isPlainText(raw)) return false;
  return missingValues.has(normalizeText(raw));
}

/**
 * More than `limit` characters that normalising keeps as one visible character each (printable
 * ASCII, 、 to U+FEFE — 汉字 among it): the normalised text is then longer than any missing-value
 * word. Stops as soon as that is known, so a long required text is not scanned to its end.
 */
function hasVisibleBeyond(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code > 0x20 && code < 0x7f) || (code > 0x3000 && code < 0xfeff)) {
      if (++visible > limit) return true;
    }
  }
  return false;
}

function isContinuation(row: Cell[], parentColumns: readonly number[]): boolean {
  if (parentColumns.length === 0) return false;
  for (let i = 0; i < parentColumns.length; i++)
    if (!isEmptyCell(row[parentColumns[i]!])) return false;
  return true;
}

/**
 * The row sweep: each field's parser and checks were chosen once (FieldPlan); here they run
 * cell by cell, uniqueness and the primary key are tracked in maps, and programme rules run
 * on the normalised row.
 */
export interface SweepResult {
  /** Normalised rows (empty when collectRows is false). */
  rows: LedgerRow[];
  /** Data rows read. */
  rowCount: number;
  /** Blank, 合计/小计 and footer rows left out, in sheet order. */
  skipped: SkippedRow[];
}

export function sweepRows(input: SweepInput): SweepResult {
  const { values, rawValues, numberFormats, plans, width, errors } = input;
  const collect = input.collectRows !== false;
  const isParent = plans.map((p) => input.parentFields.has(p.name));
  const parentColumns = plans.filter((_p, i) => isParent[i]).map((p) => p.column);
  const hasChecks = plans.map((p) => p.constraints !== undefined || p.registry !== undefined);
  // Checking only (no rows kept), a text column with no constraint whose value no rule, key or
  // uniqueness reads can only be wrong by being empty: its cells need no reading at all.
  const keyFields = new Set(input.primaryKey);
  const emptyOnly = plans.map(
    (p) =>
      !collect &&
      p.expected === "string" &&
      !hasChecks[plans.indexOf(p)] &&
      !p.unique &&
      !keyFields.has(p.name) &&
      !RULE_ROLES.has(p.role),
  );
  // What the cell loop reads per column, hoisted out of the plans into flat arrays.
  const planCount = plans.length;
  const columns = Int32Array.from(plans, (p) => p.column);
  const parentMask = Uint8Array.from(isParent, (b) => (b ? 1 : 0));
  const required = Uint8Array.from(plans, (p) => (p.required ? 1 : 0));
  const checked = Uint8Array.from(hasChecks, (b) => (b ? 1 : 0));
  const kinds = Uint8Array.from(plans, (p, i) => (emptyOnly[i] ? EMPTY_ONLY : fastKindOf(p)));
  const missingValues = input.missingValues;
  // Key tables are sized once for the rows below the header (an upper bound on data rows; a
  // sheet of a million blank rows grows them instead).
  const maxRows = Math.min(1 << 20, Math.max(0, values.length - input.dataStart));
  const keys = sheetKeys(plans, input.primaryKey, maxRows);
  const rows: LedgerRow[] = [];
  // Every row's cells start as a copy of one object holding all the fields, so rows share one
  // shape and are allocated at their final size.
  const template: Record<string, NormalizedCell> = {};
  for (const plan of plans) template[plan.name] = EMPTY_CELL;
  // The row as it is swept, in plan order: each field's value (null: empty or unreadable) and the
  // cell it came from (its text goes into error records). Rules, keys and the row's year read
  // these; a continuing row keeps the previous row's parent fields in them. Only when rows are
  // kept does each cell also become a NormalizedCell.
  const rowValues: Array<CellValue | null> = plans.map(() => null);
  const rowCells: Cell[] = plans.map(() => null);
  const cells: NormalizedCell[] = plans.map(() => EMPTY_CELL);
  let started = false;
  const longestMissing = Math.max(0, ...[...input.missingValues].map((m) => m.length));
  const skipped: SkippedRow[] = [];
  const pendingBlanks: number[] = [];
  let rowCount = 0;
  // Yearless dates (3月底) wait until the row's other dates are read: they take the row's year.
  const yearSources = rowYearSources(plans);
  const deferred = new Uint8Array(plans.length);
  let deferredCount = 0;
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
    rowCount += 1;
    const rawLength = (rawValues[r] ?? []).length;
    const rowNumber = r + 1;
    const formats = numberFormats?.[r];
    const continuing = started && isContinuation(row, parentColumns);
    started = true;
    if (deferredCount > 0) {
      deferred.fill(0);
      deferredCount = 0;
    }
    for (let p = 0; p < planCount; p++) {
      // A continuing row keeps the previous row's parent fields.
      if (continuing && parentMask[p] === 1) continue;
      const column = columns[p]!;
      const kind = kinds[p]!;
      if (kind === EMPTY_ONLY) {
        if (
          required[p] === 1 &&
          column < rawLength &&
          isBlankText(row[column] ?? null, missingValues, longestMissing)
        ) {
          reportCell(
            input,
            "constraint-error",
            plans[p]!,
            rowNumber,
            cellText(row[column] ?? null),
            "constraint",
            "required",
          );
        }
        continue;
      }
      if (column >= rawLength) {
        rowValues[p] = null;
        rowCells[p] = null;
        if (collect) cells[p] = EMPTY_CELL;
        continue;
      }
      const raw = row[column] ?? null;
      rowCells[p] = raw;
      if (raw === "" || raw === null) {
        if (required[p] === 1)
          reportCell(input, "constraint-error", plans[p]!, rowNumber, "", "constraint", "required");
        rowValues[p] = null;
        if (collect) cells[p] = raw === null ? EMPTY_CELL : EMPTY_TEXT_CELL;
        continue;
      }
      // Fast paths for what well-kept sheets mostly hold; anything else goes through the parser.
      if (typeof raw === "string" && kind !== FAST_NONE) {
        let value: string | boolean | undefined;
        if (kind === FAST_PLAIN) {
          if (isPlainText(raw) && (raw.length > longestMissing || !missingValues.has(raw)))
            value = raw;
        } else if (kind === FAST_DATE) {
          if (isIsoDay(raw)) value = raw;
        } else if (kind === FAST_STATUS) {
          value = COMMON_STATUS_WORDS.get(raw);
        } else if (kind === FAST_YES_NO) {
          value = raw === "是" ? true : raw === "否" ? false : undefined;
        }
        if (value !== undefined) {
          if (checked[p] === 1) checkValue(plans[p]!, value, raw, rowNumber, input);
          rowValues[p] = value;
          if (collect) cells[p] = { text: raw, raw, value };
          continue;
        }
      }
      const plan = plans[p]!;
      if (plan.needsYear !== undefined && typeof raw === "string" && plan.needsYear(raw)) {
        deferred[p] = 1;
        deferredCount += 1;
        rowValues[p] = null;
        continue;
      }
      const cell = readCellMemo(plan, raw, formats?.[column], rowNumber, input);
      rowValues[p] = cell.value;
      if (collect) cells[p] = cell;
    }
    if (deferredCount > 0) {
      // Undefined: the plan's own parser, which has the sheet's year (title, then option) if any.
      const year = rowYear(yearSources, rowValues, deferred);
      for (let p = 0; p < plans.length; p++) {
        if (deferred[p] !== 1) continue;
        const plan = plans[p]!;
        const cell = readCell(
          plan,
          row[plan.column] ?? null,
          formats?.[plan.column],
          rowNumber,
          input,
          year,
        );
        rowValues[p] = cell.value;
        if (collect) cells[p] = cell;
      }
    }
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
    if (keys.columns.length > 0) rememberKeys(keys, rowValues, rowNumber, continuing);
    const rules = input.rules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const broken = ruleBreak(rule, rowValues);
      if (broken && errors.count(rule.type)) {
        errors.push(
          makeError(rule.type, {
            rowNumber,
            fieldNumber: rule.at.column + 1,
            fieldName: rule.at.name,
            fieldTitle: rule.at.title,
            cell: broken.cell ?? cellText(rowCells[rule.textAt] ?? null),
            details: { other: broken.other },
          }),
        );
      }
    }
    if (collect) {
      const record: Record<string, NormalizedCell> = { ...template };
      for (let p = 0; p < plans.length; p++) record[plans[p]!.name] = cells[p]!;
      rows.push({ rowNumber, cells: record });
    }
  }
  reportRepeats(keys, errors, (rowNumber, column) =>
    cellText(values[rowNumber - 1]?.[column] ?? null),
  );
  return { rows, rowCount, skipped };
}

const FAST_NONE = 0;
const FAST_PLAIN = 1;
const FAST_DATE = 2;
const FAST_STATUS = 3;
const FAST_YES_NO = 4;
/** A column read only to see whether it is empty (see emptyOnly in sweepRows). */
const EMPTY_ONLY = 5;

/** Which fast path a column may take: plain text (not offices: those are renamed), ISO dates, common words. */
function fastKindOf(plan: FieldPlan): number {
  if (plan.expected === "string") return plan.role === "office" ? FAST_NONE : FAST_PLAIN;
  if (plan.expected === "date") return FAST_DATE;
  if (plan.expected === "status") return FAST_STATUS;
  if (plan.expected === "boolean") return FAST_YES_NO;
  return FAST_NONE;
}

/** "YYYY-MM-DD" naming a real day from 1900 to 2999: such a text is its own date value. */
function isIsoDay(text: string): boolean {
  const millennium = text.charCodeAt(0);
  const inRange = millennium === 50 || (millennium === 49 && text.charCodeAt(1) === 57);
  return inRange && isIsoDate(text);
}
