import type { DomainErrorType } from "./errorTypes";
import type { CellValue, FieldPlan } from "./compileField";

/** A row's field values in plan order, as the sweep read them (null: empty or unreadable). */
export type RowValues = readonly (CellValue | null)[];

/**
 * A programme rule over one row's values, compiled once from the fields' roles. Rules are data
 * read by one function (ruleBreak) rather than a closure each: the sweep runs every rule on
 * every row, and one small function over same-shaped records is what the engine runs fastest.
 */
export interface RowRule {
  type: DomainErrorType;
  /** The column the error points at. */
  at: FieldPlan;
  /** Index (plan order) of the cell whose text the error quotes. */
  textAt: number;
  /** The fields the rule reads (indexes into the row's values); -1 where it reads none. */
  first: number;
  second: number;
  /** count-exceeds-total: the part counts. */
  parts: number[];
}

/** What a broken rule reports: the other value for the message, and the text to quote when it is not a cell's own. */
export interface RuleBreak {
  other: string | number;
  cell?: string;
  /** The value read from the cell quoted, when the message says how it was read (3月底). */
  value?: string;
}

const NO_OTHER: RuleBreak = Object.freeze({ other: "" });

/** Null when the row passes the rule. */
export function ruleBreak(rule: RowRule, values: RowValues): RuleBreak | null {
  const a = rule.first < 0 ? null : values[rule.first];
  const b = rule.second < 0 ? null : values[rule.second];
  switch (rule.type) {
    // first: the later date (完成时间 or 完成时限), second: 开始时间.
    case "done-before-start":
    case "deadline-before-start":
      return typeof a === "string" && typeof b === "string" && a < b
        ? { other: b, value: a }
        : null;
    // first: 进展状态, second: 完成时间.
    case "done-without-date":
      return (a === "done" || a === "closed") && (b === null || b === undefined) ? NO_OTHER : null;
    case "date-without-done":
      return a === "notStarted" && typeof b === "string" ? NO_OTHER : null;
    // first: 进展状态, second: 是否销号.
    case "closed-before-done":
      return b === true && (a === "notStarted" || a === "inProgress") ? NO_OTHER : null;
    // first: the total count; parts: the counts that cannot exceed it together.
    case "count-exceeds-total": {
      // A negative total is already a constraint error; a sum "exceeding" it says nothing more.
      if (typeof a !== "number" || a < 0) return null;
      let sum = 0;
      for (const part of rule.parts) {
        const value = values[part];
        if (typeof value === "number") sum += value;
      }
      return sum > a ? { cell: String(sum), other: a } : null;
    }
    default:
      return null;
  }
}

function indexOfRole(plans: readonly FieldPlan[], role: string): number {
  return plans.findIndex((p) => p.role === role);
}

/** Roles whose values the rules read: checking-only sweeps must read these columns. */
export const RULE_ROLES: ReadonlySet<string> = new Set([
  "startDate",
  "doneDate",
  "deadline",
  "status",
  "closed",
  "count",
  "flawed",
  "unqualified",
]);

/** The rules that apply to the columns present: no 开始时间 column, no date-order rule. */
export function compileRowRules(plans: FieldPlan[]): RowRule[] {
  const rules: RowRule[] = [];
  const rule = (type: DomainErrorType, at: number, textAt: number, first: number, second: number) =>
    rules.push({ type, at: plans[at]!, textAt, first, second, parts: [] });
  const start = indexOfRole(plans, "startDate");
  const done = indexOfRole(plans, "doneDate");
  const deadline = indexOfRole(plans, "deadline");
  const status = indexOfRole(plans, "status");
  const closed = indexOfRole(plans, "closed");
  if (start >= 0 && done >= 0) rule("done-before-start", done, done, done, start);
  if (start >= 0 && deadline >= 0)
    rule("deadline-before-start", deadline, deadline, deadline, start);
  if (status >= 0 && done >= 0) {
    rule("done-without-date", done, status, status, done);
    rule("date-without-done", status, status, status, done);
  }
  if (status >= 0 && closed >= 0) rule("closed-before-done", status, status, status, closed);
  const total = indexOfRole(plans, "count");
  const parts = [indexOfRole(plans, "flawed"), indexOfRole(plans, "unqualified")].filter(
    (at) => at >= 0,
  );
  if (total >= 0 && parts.length > 0)
    rules.push({
      type: "count-exceeds-total",
      at: plans[total]!,
      textAt: total,
      first: total,
      second: -1,
      parts,
    });
  return rules;
}
