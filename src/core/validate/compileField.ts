import type { FieldDescriptor } from "../ledgers";
import type { Cell } from "../model/cell";
import type { NormalizedCell } from "../model/ledger";
import {
  dateNeedsYear,
  parseDate,
  parseNumber,
  parsePeriodLabel,
  parseStatus,
  parseYesNo,
  normalizeOfficeName,
  type OfficeRegistry,
  type Parsed,
} from "../normalize";
import { displayText, normalizeText } from "../text";
import { compileConstraints, type ConstraintSet } from "./checks";

export type CellValue = string | number | boolean;

/** Everything decided once per column before the rows are swept. */
export interface FieldPlan {
  name: string;
  role: string;
  title: string;
  /** 0-based physical column. */
  column: number;
  /** Type name for messages: date, number, integer, boolean, status, string. */
  expected: string;
  required: boolean;
  unique: boolean;
  parse: (cell: Cell, numberFormat: string | undefined) => Parsed<CellValue>;
  /**
   * Date fields: reads a yearless date (3月底) in the row's year (see rowYear), and tells such a
   * text apart (memoised per column). Undefined for other fields.
   */
  parseInYear:
    ((cell: Cell, numberFormat: string | undefined, year: number) => Parsed<CellValue>) | undefined;
  needsYear: ((text: string) => boolean) | undefined;
  /** enum, minimum/maximum, pattern, min/maxLength; undefined when the field has none. */
  constraints: ConstraintSet | undefined;
  /** Readings of texts already seen in this column (see readCellMemo). */
  memo: Map<string, NormalizedCell>;
  /** False once the column proved to be free text (see readCellMemo): its cells skip the memo. */
  memoOn: boolean;
  /**
   * The last text read through the memo and its reading (rows repeat their neighbours). Starts
   * as "" with a blank reading: the memo is never asked for an empty text.
   */
  lastText: string;
  lastCell: NormalizedCell;
  /** Texts in the memo that did not parse (their memo entry has a null value). */
  unreadable: Set<string>;
  /** Misses once the memo is full; too many and the column reads without it. */
  memoMisses: number;
  /**
   * Readings of numbers already seen in this column, per number format (a serial's reading
   * depends on its format): dates typed as Excel serials repeat down a ledger as texts do.
   */
  numberMemo: Map<string | undefined, Map<number, NormalizedCell>>;
  /** Numbers in numberMemo, across its formats. */
  numberMemoSize: number;
  /** False once the column's numbers proved not to repeat (amounts): they skip the memo. */
  numberMemoOn: boolean;
  /** Misses once numberMemo is full. */
  numberMemoMisses: number;
  /** Office field checked against a registry: values not in it are foreign-key errors. */
  registry?: OfficeRegistry | undefined;
}

export interface PlanContext {
  contextYear?: number;
  date1904?: boolean;
  /** Unit from the column's header brackets or the sheet's 单位：万元 line. */
  sourceUnit?: string;
  registry?: OfficeRegistry;
  missingValues: ReadonlySet<string>;
}

function textParser(
  missing: ReadonlySet<string>,
  office: OfficeRegistry | "normalise" | undefined,
) {
  return (cell: Cell): Parsed<CellValue> => {
    if (cell === null) return { ok: true, value: null };
    // Missing words are compared half-width (／ is /); the value keeps the user's punctuation.
    if (typeof cell === "string" && missing.has(normalizeText(cell)))
      return { ok: true, value: null };
    const text = typeof cell === "string" ? displayText(cell) : String(cell);
    if (office === undefined) return { ok: true, value: text };
    const normalised = normalizeOfficeName(text);
    if (office === "normalise") return { ok: true, value: normalised };
    return { ok: true, value: office.canonical(text) ?? normalised };
  };
}

function parserFor(
  field: FieldDescriptor,
  context: PlanContext,
): { expected: string; parse: FieldPlan["parse"] } {
  const role = field.taizhang?.role;
  const type = field.type ?? "string";
  if (role === "status") return { expected: "status", parse: (cell) => parseStatus(cell) };
  // 绩效考评 periods read to the key the rollups order by (2021年第二季度 → 2021-Q2).
  if (field.taizhang?.period === true)
    return { expected: "period", parse: (cell) => parsePeriodLabel(cell) };
  switch (type) {
    case "date":
      return {
        expected: "date",
        parse: (cell, numberFormat) =>
          parseDate(cell, {
            contextYear: context.contextYear,
            numberFormat,
            date1904: context.date1904,
          }),
      };
    case "number":
    case "integer": {
      const unit = field.taizhang?.unit;
      const sourceUnit = context.sourceUnit;
      const integer = type === "integer";
      return {
        expected: type,
        parse: (cell, numberFormat) =>
          parseNumber(cell, { unit, sourceUnit, numberFormat, integer }),
      };
    }
    case "boolean":
      return { expected: "boolean", parse: (cell) => parseYesNo(cell) };
    default: {
      const office = role === "office" ? (context.registry ?? "normalise") : undefined;
      return { expected: "string", parse: textParser(context.missingValues, office) };
    }
  }
}

/** Distinct texts whose yearlessness is remembered per column (a column repeats 3月底, 年底前). */
const YEARLESS_LIMIT = 1024;

function yearlessMemo(): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let needs = known.get(text);
    if (needs === undefined) {
      needs = dateNeedsYear(text);
      if (known.size < YEARLESS_LIMIT) known.set(text, needs);
    }
    return needs;
  };
}

/** Compiles one mapped field: its parser and its constraint checks, chosen once. */
export function compileField(
  field: FieldDescriptor,
  column: number,
  context: PlanContext,
  checkRegistry: boolean,
): FieldPlan {
  const constraints = field.constraints ?? {};
  const { expected, parse } = parserFor(field, context);
  const isDate = expected === "date";
  // Every plan gets every property up front: one object shape for all columns keeps the sweep's
  // property reads monomorphic.
  return {
    name: field.name,
    role: field.taizhang?.role ?? "other",
    title: field.title ?? field.name,
    column,
    expected,
    required: constraints.required === true,
    unique: constraints.unique === true,
    parse,
    parseInYear: isDate
      ? (cell, numberFormat, year) =>
          parseDate(cell, { contextYear: year, numberFormat, date1904: context.date1904 })
      : undefined,
    needsYear: isDate ? yearlessMemo() : undefined,
    constraints: compileConstraints(constraints),
    // Ledger columns repeat themselves (a few statuses, offices, a year of dates) and a cell's
    // reading depends only on its text once the column is compiled: remember readings per column.
    // Columns of free text (问题描述, 整改措施) drop the memo once it stops paying (see readCellMemo).
    // Every mutable property starts with a value of the type it keeps: a property that changes
    // type later (undefined, then a string) makes the engine discard code that relied on it.
    memo: new Map(),
    memoOn: true,
    unreadable: new Set(),
    memoMisses: 0,
    numberMemo: new Map(),
    numberMemoSize: 0,
    numberMemoOn: true,
    numberMemoMisses: 0,
    lastText: "",
    lastCell: { text: "", raw: null, value: null },
    registry:
      checkRegistry && context.registry && field.taizhang?.role === "office"
        ? context.registry
        : undefined,
  };
}
