import type { NormalizedCell } from "../model/ledger";
import type { DomainErrorType } from "./errorTypes";
import type { FieldPlan } from "./compileField";

/** A programme rule over one row's normalised cells, compiled once from the fields' roles. */
export interface RowRule {
  type: DomainErrorType;
  /** The column the error points at. */
  at: FieldPlan;
  /** Null when the row passes; else the cell text to report and the other value for the message. */
  test: (cells: readonly NormalizedCell[]) => { cell: string; other: string | number } | null;
}

/** A field found by role, with its index in the row's cells (cells come in plan order). */
interface Slot {
  plan: FieldPlan;
  at: number;
}

function byRole(plans: FieldPlan[], role: string): Slot | undefined {
  const at = plans.findIndex((p) => p.role === role);
  return at < 0 ? undefined : { plan: plans[at]!, at };
}

function isoOf(cells: readonly NormalizedCell[], slot: Slot): string | null {
  const value = cells[slot.at]?.value;
  return typeof value === "string" ? value : null;
}

function dateOrder(type: DomainErrorType, later: Slot, start: Slot): RowRule {
  return {
    type,
    at: later.plan,
    test: (cells) => {
      const end = isoOf(cells, later);
      const begin = isoOf(cells, start);
      return end !== null && begin !== null && end < begin
        ? { cell: cells[later.at]!.text, other: begin }
        : null;
    },
  };
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
  const start = byRole(plans, "startDate");
  const done = byRole(plans, "doneDate");
  const deadline = byRole(plans, "deadline");
  const status = byRole(plans, "status");
  const closed = byRole(plans, "closed");
  if (start && done) rules.push(dateOrder("done-before-start", done, start));
  if (start && deadline) rules.push(dateOrder("deadline-before-start", deadline, start));
  if (status && done) {
    rules.push({
      type: "done-without-date",
      at: done.plan,
      test: (cells) => {
        const state = cells[status.at];
        const date = cells[done.at];
        return state &&
          (state.value === "done" || state.value === "closed") &&
          (date?.value ?? null) === null
          ? { cell: state.text, other: "" }
          : null;
      },
    });
    rules.push({
      type: "date-without-done",
      at: status.plan,
      test: (cells) => {
        const state = cells[status.at];
        return state?.value === "notStarted" && isoOf(cells, done) !== null
          ? { cell: state.text, other: "" }
          : null;
      },
    });
  }
  if (status && closed) {
    rules.push({
      type: "closed-before-done",
      at: status.plan,
      test: (cells) => {
        const state = cells[status.at];
        const isClosed = cells[closed.at]?.value === true;
        const notDone = state?.value === "notStarted" || state?.value === "inProgress";
        return isClosed && notDone ? { cell: state.text, other: "" } : null;
      },
    });
  }
  const total = byRole(plans, "count");
  const parts = [byRole(plans, "flawed"), byRole(plans, "unqualified")].filter(
    (p): p is Slot => p !== undefined,
  );
  if (total && parts.length > 0) {
    rules.push({
      type: "count-exceeds-total",
      at: total.plan,
      test: (cells) => {
        const all = cells[total.at]?.value;
        if (typeof all !== "number") return null;
        const sum = parts.reduce((acc, p) => {
          const value = cells[p.at]?.value;
          return acc + (typeof value === "number" ? value : 0);
        }, 0);
        return sum > all ? { cell: String(sum), other: all } : null;
      },
    });
  }
  return rules;
}
