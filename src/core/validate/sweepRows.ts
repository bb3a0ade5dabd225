import type { Cell } from "../model/cell";
import type { LedgerRow, NormalizedCell } from "../model/ledger";
import { cellText, isEmptyCell, isPlainText, normalizeText } from "../text";
import type { CellValue, FieldPlan } from "./compileField";
import { classifyRow, rowSummary } from "../read/classifyRow";
import type { SkippedRow } from "../read/readResult";
import { RULE_ROLES, ruleBreak, type RowRule } from "./domainChecks";
import type { ErrorCollector } from "./errorReport";
import { makeError } from "./makeError";
import { rowYear, rowYearSources, type RowYearSources } from "./rowYear";
import { rememberKeys, reportRepeats, sheetKeys } from "./keyCheck";
import { isIsoDate } from "../dates/iso";
import { COMMON_STATUS_WORDS } from "../normalize/status";
import { constraintBreaks, surelyMeets } from "./checks";

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
  if (!plan.memoOn || typeof raw !== "string") return readCell(plan, raw, format, rowNumber, input);
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
        plan.unreadable.add(raw);
    }
    // A column of free text (every cell new) stops paying for the memo.
    else if (++plan.memoMisses > MEMO_LIMIT) {
      plan.memoOn = false;
      memo.clear();
    }
    return cell;
  }
  plan.lastText = raw;
  plan.lastCell = known;
  const value = known.value;
  if (value === null) {
    // Null from a non-empty text: unreadable, unless it is a missing word or open-ended.
    if (known.openEnded) return known;
    if (plan.unreadable.has(raw))
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
  const reader = new RowReader(input, collect);
  const parentColumns = plans.filter((p) => input.parentFields.has(p.name)).map((p) => p.column);
  // Key tables are sized once for the rows below the header (an upper bound on data rows; a
  // sheet of a million blank rows grows them instead).
  const maxRows = Math.min(1 << 20, Math.max(0, values.length - input.dataStart));
  const keys = sheetKeys(plans, input.primaryKey, maxRows);
  const rows: LedgerRow[] = [];
  // Every row's cells start as a copy of one object holding all the fields, so rows share one
  // shape and are allocated at their final size.
  const template: Record<string, NormalizedCell> = {};
  for (const plan of plans) template[plan.name] = EMPTY_CELL;
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

/**
 * Reads a data row's cells, field by field, and checks them and the row's rules. Its per-row
 * work is a method of its own rather than the body of the sweep's loop: the engine then
 * optimises it as a function called 100k times, with what each column needs hoisted into flat
 * arrays, instead of compiling one long loop while it is already running.
 */
class RowReader {
  /** The row's value per field (plan order); null: empty or unreadable. */
  readonly values: Array<CellValue | null>;
  /** The cell each value came from: error records quote its text. */
  readonly sources: Cell[];
  /** The row's NormalizedCells, filled only when rows are kept. */
  readonly cells: NormalizedCell[];
  /** Plans that need any reading (see EMPTY_ONLY), in plan order. */
  private readonly active: Int32Array;
  private readonly columns: Int32Array;
  private readonly parentMask: Uint8Array;
  private readonly required: Uint8Array;
  private readonly checked: Uint8Array;
  private readonly kinds: Uint8Array;
  private readonly longestMissing: number;
  private readonly yearSources: RowYearSources;
  /** Yearless dates (3月底) wait until the row's other dates are read: they take the row's year. */
  private readonly deferred: Uint8Array;

  constructor(
    private readonly input: SweepInput,
    private readonly collect: boolean,
  ) {
    const plans = input.plans;
    const hasChecks = plans.map((p) => p.constraints !== undefined || p.registry !== undefined);
    // Checking only (no rows kept), a text column with no constraint whose value no rule, key or
    // uniqueness reads can only be wrong by being empty: its cells need no reading at all.
    const keyFields = new Set(input.primaryKey);
    const emptyOnly = plans.map(
      (p, i) =>
        !collect &&
        p.expected === "string" &&
        !hasChecks[i] &&
        !p.unique &&
        !keyFields.has(p.name) &&
        !RULE_ROLES.has(p.role),
    );
    this.columns = Int32Array.from(plans, (p) => p.column);
    this.parentMask = Uint8Array.from(plans, (p) => (input.parentFields.has(p.name) ? 1 : 0));
    this.required = Uint8Array.from(plans, (p) => (p.required ? 1 : 0));
    this.checked = Uint8Array.from(hasChecks, (b) => (b ? 1 : 0));
    this.kinds = Uint8Array.from(plans, (p, i) => (emptyOnly[i] ? EMPTY_ONLY : fastKindOf(p)));
    this.active = Int32Array.from(
      plans.map((_p, i) => i).filter((i) => !(emptyOnly[i] && this.required[i] === 0)),
    );
    this.longestMissing = Math.max(0, ...[...input.missingValues].map((m) => m.length));
    this.yearSources = rowYearSources(plans);
    this.deferred = new Uint8Array(plans.length);
    this.values = plans.map(() => null);
    this.sources = plans.map(() => null);
    this.cells = plans.map(() => EMPTY_CELL);
  }

  /** A continuing row keeps the previous row's parent fields. */
  read(
    row: Cell[],
    rowNumber: number,
    rawLength: number,
    formats: string[] | undefined,
    continuing: boolean,
  ): void {
    const { input, collect, active, columns, parentMask, required, checked, kinds } = this;
    const { values, sources, cells, longestMissing } = this;
    const { plans, missingValues } = input;
    let deferredCount = 0;
    for (let a = 0; a < active.length; a++) {
      const p = active[a]!;
      if (continuing && parentMask[p] === 1) continue;
      const column = columns[p]!;
      const kind = kinds[p]!;
      if (kind === EMPTY_ONLY) {
        // Only required ones are active.
        const raw = column < rawLength ? (row[column] ?? null) : undefined;
        if (raw !== undefined && isBlankText(raw, missingValues, longestMissing))
          reportCell(
            input,
            "constraint-error",
            plans[p]!,
            rowNumber,
            cellText(raw),
            "constraint",
            "required",
          );
        continue;
      }
      if (column >= rawLength) {
        values[p] = null;
        sources[p] = null;
        if (collect) cells[p] = EMPTY_CELL;
        continue;
      }
      const raw = row[column] ?? null;
      sources[p] = raw;
      if (raw === "" || raw === null) {
        if (required[p] === 1)
          reportCell(input, "constraint-error", plans[p]!, rowNumber, "", "constraint", "required");
        values[p] = null;
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
          if (checked[p] === 1) {
            const plan = plans[p]!;
            const set = plan.constraints;
            if (
              set === undefined ||
              plan.registry !== undefined ||
              typeof value !== "string" ||
              !surelyMeets(set, value)
            )
              checkValue(plan, value, raw, rowNumber, input);
          }
          values[p] = value;
          if (collect) cells[p] = { text: raw, raw, value };
          continue;
        }
      }
      const plan = plans[p]!;
      if (plan.needsYear !== undefined && typeof raw === "string" && plan.needsYear(raw)) {
        this.deferred[p] = 1;
        deferredCount += 1;
        values[p] = null;
        continue;
      }
      const cell = readCellMemo(plan, raw, formats?.[column], rowNumber, input);
      values[p] = cell.value;
      if (collect) cells[p] = cell;
    }
    if (deferredCount > 0) this.readDeferred(row, rowNumber, formats);
  }

  /** The row's yearless dates, read in the year its other dates give. */
  private readDeferred(row: Cell[], rowNumber: number, formats: string[] | undefined): void {
    const { input, deferred, values } = this;
    // Undefined: the plan's own parser, which has the sheet's year (title, then option) if any.
    const year = rowYear(this.yearSources, values, deferred);
    for (let p = 0; p < input.plans.length; p++) {
      if (deferred[p] !== 1) continue;
      const plan = input.plans[p]!;
      const cell = readCell(
        plan,
        row[plan.column] ?? null,
        formats?.[plan.column],
        rowNumber,
        input,
        year,
      );
      values[p] = cell.value;
      if (this.collect) this.cells[p] = cell;
    }
    deferred.fill(0);
  }

  checkRules(rowNumber: number): void {
    const { rules, errors } = this.input;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const broken = ruleBreak(rule, this.values);
      if (broken && errors.count(rule.type)) {
        errors.push(
          makeError(rule.type, {
            rowNumber,
            fieldNumber: rule.at.column + 1,
            fieldName: rule.at.name,
            fieldTitle: rule.at.title,
            cell: broken.cell ?? cellText(this.sources[rule.textAt] ?? null),
            details: { other: broken.other },
          }),
        );
      }
    }
  }
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
