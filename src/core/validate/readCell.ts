import type { Cell } from "../model/cell";
import type { NormalizedCell } from "../model/ledger";
import { cellText, isEmptyCell, isPlainText, normalizeText } from "../text";
import type { FieldPlan } from "./compileField";
import { makeError } from "./makeError";
import type { SweepInput } from "./sweepInput";
import { constraintBreaks } from "./checks";
import { sharedDateCell } from "./sharedDateCells";

// Reading and checking one cell of a data row, for the sweep (see RowReader): through the
// column's memo, the parser, the constraints and the office registry; errors go to the sweep's
// collector.

/** The cell of a column the row does not reach (short CSV row); shared, never mutated. */
export const EMPTY_CELL: NormalizedCell = Object.freeze({
  text: "",
  raw: null,
  value: null,
}) as NormalizedCell;

export const EMPTY_TEXT_CELL: NormalizedCell = Object.freeze({
  text: "",
  raw: "",
  value: null,
}) as NormalizedCell;

function normalised(
  raw: Cell,
  text: string,
  value: NormalizedCell["value"],
  extra?: { approximate?: boolean; openEnded?: boolean; immediate?: boolean },
): NormalizedCell {
  const cell: NormalizedCell = { text, raw, value };
  if (extra?.approximate) cell.approximate = true;
  if (extra?.openEnded) cell.openEnded = true;
  if (extra?.immediate) cell.immediate = true;
  return cell;
}

export function reportCell(
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
export function readCellMemo(
  plan: FieldPlan,
  raw: Cell,
  format: string | undefined,
  rowNumber: number,
  input: SweepInput,
): NormalizedCell {
  if (typeof raw === "number") return readNumberMemo(plan, raw, format, rowNumber, input);
  const memo = plan.memo;
  if (!plan.memoOn || typeof raw !== "string") return readCell(plan, raw, format, rowNumber, input);
  // Neighbouring rows often repeat a value (same office, same deadline): try the last one first.
  const known = raw === plan.lastText ? plan.lastCell : memo.get(raw);
  if (known === undefined) {
    const cell = readCell(plan, raw, format, rowNumber, input);
    if (memo.size < MEMO_LIMIT) {
      // Frozen: every row holding this text keeps this one object.
      memo.set(raw, Object.freeze(cell));
      if (
        cell.value === null &&
        !cell.openEnded &&
        !cell.immediate &&
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
    // Null from a non-empty text: unreadable, unless it is a missing word, open-ended or "at once".
    if (known.openEnded || known.immediate) return known;
    if (plan.unreadable.has(raw))
      reportCell(input, "type-error", plan, rowNumber, raw, "expected", plan.expected);
    else if (plan.required)
      reportCell(input, "constraint-error", plan, rowNumber, raw, "constraint", "required");
    return known;
  }
  checkValue(plan, value, raw, rowNumber, input);
  return known;
}

/**
 * Reads a number cell through its column's number memo: a number seen before in the same format
 * gives the same (frozen) NormalizedCell, and only its checks run again. Dates typed as Excel
 * serials repeat down a ledger (one deadline for many measures), and a kept row would otherwise
 * hold a cell, its text and its ISO date per date column. Only readings with a value are
 * remembered: a number that fails or reads as nothing is read afresh, which reports it.
 */
function readNumberMemo(
  plan: FieldPlan,
  raw: number,
  format: string | undefined,
  rowNumber: number,
  input: SweepInput,
): NormalizedCell {
  // -0 would find the reading of 0 (Map keys compare -0 and 0 equal), whose value is +0.
  if (!plan.numberMemoOn || Object.is(raw, -0))
    return readCell(plan, raw, format, rowNumber, input);
  let byNumber = plan.numberMemo.get(format);
  const known = byNumber?.get(raw);
  if (known !== undefined) {
    if (known.value !== null) checkValue(plan, known.value, known.text, rowNumber, input);
    return known;
  }
  const cell = readCell(plan, raw, format, rowNumber, input);
  if (cell.value === null) return cell;
  if (plan.numberMemoSize < MEMO_LIMIT) {
    const shared = plan.expected === "date" ? sharedDateCell(cell) : Object.freeze(cell);
    if (byNumber === undefined) plan.numberMemo.set(format, (byNumber = new Map()));
    byNumber.set(raw, shared);
    plan.numberMemoSize += 1;
    return shared;
  }
  // A column of amounts (every number new) stops paying for the memo.
  if (++plan.numberMemoMisses > MEMO_LIMIT) {
    plan.numberMemoOn = false;
    plan.numberMemo.clear();
  }
  return cell;
}

export function checkValue(
  plan: FieldPlan,
  value: string | number | boolean,
  text: string,
  rowNumber: number,
  input: SweepInput,
): void {
  const broken = plan.constraints === undefined ? null : constraintBreaks(plan.constraints, value);
  if (broken !== null) {
    // An indexed loop: an iterator here was allocated for every bad cell (~20k a 100k-row sheet).
    for (let i = 0; i < broken.length; i++) {
      const details = broken[i]!;
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
export function readCell(
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
  const parsedValue = parsed === null ? null : parsed.value;
  // A value that reads as the text typed keeps the text's string: the parser may have built an
  // equal copy (displayText rebuilds 措施1：…, full-width colon and all), and a kept row would
  // hold both.
  const value = typeof parsedValue === "string" && parsedValue === text ? text : parsedValue;
  if (value === null) {
    if (plan.required && !(parsed?.ok && (parsed.openEnded || parsed.immediate)))
      reportCell(input, "constraint-error", plan, rowNumber, text, "constraint", "required");
    return parsed === null ? { text, raw, value: null } : normalised(raw, text, null, parsed);
  }
  checkValue(plan, value, text, rowNumber, input);
  return parsed!.approximate || parsed!.openEnded || parsed!.immediate
    ? normalised(raw, text, value, parsed!)
    : { text, raw, value };
}

/** Empty, white space only, or a missing-value word (无, —): what a required text cell must not be. */
export function isBlankText(
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
