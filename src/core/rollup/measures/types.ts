// What a measure is: a named running state, a per-row step compiled once per ledger, and the
// final figure. Plans name measures by string (see registry.ts).
import type { FieldRole } from "../../model/ledger";
import type { ItemStatus } from "../itemState";
import type { LocalText } from "../localText";
import type { Figure } from "../rowRef";
import type { RowList } from "../rowList";
import type { LedgerScan, RollupContext } from "../scan";

/** Every measure a plan can name (registry.ts holds one definition for each). */
export type MeasureName =
  | "count"
  | "statusCount"
  | "completed"
  | "completionRate"
  | "overdue"
  | "dueSoon"
  | "doneLate"
  | "due"
  | "onTime"
  | "closed"
  | "distinctCount"
  | "distinctItems"
  | "offices"
  | "problems"
  | "causes"
  | "sum"
  | "ratio"
  | "perOffice"
  | "perProsecutor";

export interface MeasureSpec {
  fn: MeasureName;
  /** The column for distinctCount, distinctItems and sum. */
  role?: FieldRole;
  /** Several columns summed together (瑕疵 + 不合格). */
  roles?: FieldRole[];
  /** For statusCount. */
  status?: ItemStatus;
  /** For dueSoon: due within this many days of the as-of date. */
  days?: number;
  /** For ratio. */
  numerator?: MeasureSpec;
  denominator?: MeasureSpec;
  /** For perOffice and perProsecutor: the measure to divide. */
  of?: MeasureSpec;
}

export type Step<S> = (state: S, index: number) => void;

export interface MeasureDefinition<S = unknown> {
  label: LocalText;
  init(spec: MeasureSpec): S;
  compile(scan: LedgerScan, spec: MeasureSpec): Step<S>;
  /**
   * `group` holds every row of the group: counts, distinct counts and rates are computed from all
   * of them and cite them all; measures that pick rows (overdue, closed, sums) cite their own.
   */
  finish(state: S, spec: MeasureSpec, context: RollupContext, group: RowList): Figure;
}

/** Looks a measure up by its spec (composite measures use it for their parts). */
export type MeasureLookup = (spec: MeasureSpec) => MeasureDefinition<unknown>;

/** A spec's required part, or a thrown Error: a malformed plan is a programming mistake. */
export function required(spec: MeasureSpec | undefined, what: string): MeasureSpec {
  if (spec === undefined) throw new Error(`measure spec needs "${what}"`);
  return spec;
}
