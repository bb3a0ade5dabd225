import type { Cell } from "../model/cell";
import type { NormalizedCell } from "../model/ledger";
import { cellText, isPlainText } from "../text";
import type { CellValue, FieldPlan } from "./compileField";
import { RULE_ROLES, ruleBreak } from "./domainChecks";
import { makeError } from "./makeError";
import { rowYear, rowYearSources, type RowYearSources } from "./rowYear";
import { isIsoDate } from "../dates/iso";
import { COMMON_STATUS_WORDS } from "../normalize/status";
import { onlyAllowed, surelyMeets } from "./checks";
import {
  checkValue,
  EMPTY_CELL,
  EMPTY_TEXT_CELL,
  isBlankText,
  readCell,
  readCellMemo,
  reportCell,
} from "./readCell";
import type { SweepInput } from "./sweepInput";

/**
 * Reads a data row's cells, field by field, and checks them and the row's rules. Its per-row
 * work is a method of its own rather than the body of the sweep's loop: the engine then
 * optimises it as a function called 100k times, with what each column needs hoisted into flat
 * arrays, instead of compiling one long loop while it is already running.
 */
export class RowReader {
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
  /** Per FAST_DATE column, the last ISO date it read. */
  private readonly lastDates: string[];
  /** Per FAST_ENUM column, its allowed words. */
  private readonly enumWords: Array<ReadonlySet<string> | undefined>;
  private readonly longestMissing: number;
  private readonly yearSources: RowYearSources;
  /** Yearless dates (3月底) wait until the row's other dates are read: they take the row's year. */
  private readonly deferred: Uint8Array;
  /** Per column, the fast paths' cells by text, while the column's texts repeat (see fastCell). */
  private readonly shared: Array<Map<string, NormalizedCell> | null>;
  private readonly sharedLookups: Uint32Array;
  private readonly sharedHits: Uint32Array;

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
    this.lastDates = plans.map(() => "");
    this.enumWords = plans.map((p) => enumWordsOf(p, input.missingValues));
    this.kinds = Uint8Array.from(plans, (p, i) =>
      emptyOnly[i] ? EMPTY_ONLY : this.enumWords[i] !== undefined ? FAST_ENUM : fastKindOf(p),
    );
    this.active = Int32Array.from(
      plans.map((_p, i) => i).filter((i) => !(emptyOnly[i] && this.required[i] === 0)),
    );
    this.longestMissing = Math.max(0, ...[...input.missingValues].map((m) => m.length));
    this.yearSources = rowYearSources(plans);
    this.deferred = new Uint8Array(plans.length);
    this.values = plans.map(() => null);
    this.sources = plans.map(() => null);
    this.cells = plans.map(() => EMPTY_CELL);
    this.shared = plans.map(() => (collect ? new Map() : null));
    this.sharedLookups = new Uint32Array(plans.length);
    this.sharedHits = new Uint32Array(plans.length);
  }

  /**
   * A fast path's cell for `raw`, whose value follows from the text alone: one object per
   * distinct text of the column, shared by every kept row that holds it. Units, people,
   * categories, statuses and dates repeat down a ledger, and a consolidation keeps every row of
   * every file, so a cell object per row would be most of their memory. A column whose texts
   * seldom repeat (problem and measure texts) stops looking after a while; a column with very
   * many distinct texts stops adding.
   */
  private fastCell(p: number, raw: string, value: string | boolean): NormalizedCell {
    const shared = this.shared[p];
    if (shared === null || shared === undefined) return { text: raw, raw, value };
    const lookups = ++this.sharedLookups[p]!;
    let cell = shared.get(raw);
    if (cell !== undefined) {
      this.sharedHits[p]!++;
      return cell;
    }
    cell = { text: raw, raw, value };
    if (lookups >= SHARED_TRIAL && this.sharedHits[p]! * 4 < lookups) this.shared[p] = null;
    // Frozen: every row holding this text keeps this one object.
    else if (shared.size < SHARED_MOST) shared.set(raw, Object.freeze(cell));
    return cell;
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
        if (kind === FAST_PLAIN || kind === FAST_ENUM) {
          if (kind === FAST_ENUM && this.enumWords[p]!.has(raw)) {
            // One of the allowed words as written: its own value, meeting the column's constraint.
            values[p] = raw;
            if (collect) cells[p] = this.fastCell(p, raw, raw);
            continue;
          }
          if (isPlainText(raw) && (raw.length > longestMissing || !missingValues.has(raw)))
            value = raw;
        } else if (kind === FAST_DATE) {
          // Rows often share a date (one deadline for many measures): the last one read is known good.
          if (raw === this.lastDates[p] || isIsoDay(raw)) value = this.lastDates[p] = raw;
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
          if (collect) cells[p] = this.fastCell(p, raw, value);
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
            details:
              broken.value === undefined
                ? { other: broken.other }
                : { other: broken.other, value: broken.value },
          }),
        );
      }
    }
  }
}

/** Texts a column's shared cells are tried on before a column that seldom repeats gives up. */
const SHARED_TRIAL = 64;
/** Distinct texts a column shares cells for at most. */
const SHARED_MOST = 4_096;

const FAST_NONE = 0;
const FAST_PLAIN = 1;
const FAST_DATE = 2;
const FAST_STATUS = 3;
const FAST_YES_NO = 4;
/** A column read only to see whether it is empty (see emptyOnly in the RowReader constructor). */
const EMPTY_ONLY = 5;
/** Plain text whose only constraint is an enum of plain words (see enumWordsOf). */
const FAST_ENUM = 6;

/** Which fast path a column may take: plain text (not offices: those are renamed), ISO dates, common words. */
function fastKindOf(plan: FieldPlan): number {
  if (plan.expected === "string") return plan.role === "office" ? FAST_NONE : FAST_PLAIN;
  if (plan.expected === "date") return FAST_DATE;
  if (plan.expected === "status") return FAST_STATUS;
  if (plan.expected === "boolean") return FAST_YES_NO;
  return FAST_NONE;
}

/**
 * A FAST_PLAIN column's allowed words, when an enum is all it checks and every word is its own
 * value (plain text, not a missing-value word): a cell holding one of them needs no other test.
 */
function enumWordsOf(
  plan: FieldPlan,
  missingValues: ReadonlySet<string>,
): ReadonlySet<string> | undefined {
  if (fastKindOf(plan) !== FAST_PLAIN || plan.registry !== undefined) return undefined;
  const words = plan.constraints === undefined ? undefined : onlyAllowed(plan.constraints);
  if (words === undefined) return undefined;
  for (const word of words) if (!isPlainText(word) || missingValues.has(word)) return undefined;
  return words;
}

/** "YYYY-MM-DD" naming a real day from 1900 to 2999: such a text is its own date value. */
function isIsoDay(text: string): boolean {
  const millennium = text.charCodeAt(0);
  const inRange = millennium === 50 || (millennium === 49 && text.charCodeAt(1) === 57);
  return inRange && isIsoDate(text);
}
