// Everything a rollup needs from one ledger, compiled once: row refs, office, the problem and
// cause keys (filled down over merged cells), and item states cached per row.
import { dayNumber } from "../dates/iso";
import type { Ledger, LedgerRow } from "../model/ledger";
import { itemStateReader, statusReader, type ItemState, type ItemStatus } from "./itemState";
import { listItems } from "./listItems";
import type { OfficeRegistry } from "./officeRegistry";
import { roleReader, textOf } from "./roles";
import type { RowRef } from "./rowRef";

export interface RollupContext {
  /** The as-of date (ISO) every date-dependent figure is computed for. */
  asOf: string;
  registry?: OfficeRegistry;
  /**
   * The scans made under this context, one per ledger: a summary's sections, flags, open items,
   * scores and caveats then read each ledger's rows once and share its states, row refs and
   * problem keys (a scan is a pure function of the ledger and the context) instead of holding
   * one copy of them per section at once.
   */
  scans?: WeakMap<Ledger, LedgerScan>;
}

export interface LedgerScan {
  ledger: Ledger;
  context: RollupContext;
  /** The row's reference, made on first use and shared by every figure that cites the row. */
  ref(index: number): RowRef;
  office(index: number): string | null;
  /** The row's whole state, made on each call: the loops over every row read the parts below. */
  state(index: number): ItemState;
  /** The status alone (cheaper than the whole state when that is all a rollup needs). */
  status(index: number): ItemStatus;
  /** `state(index).overdue`, `.daysLeft`, `.doneLate` and `.dueAtOnce`, read from the cache. */
  overdue(index: number): boolean;
  daysLeft(index: number): number | null;
  doneLate(index: number): boolean;
  dueAtOnce(index: number): boolean;
  /** The day number (see dayNumber) of the row's deadline, or null when it has none. */
  deadlineDay(index: number): number | null;
  /** `state(index).deadline`, without making the rest of the state. */
  deadline(index: number): string | null;
  /** "office␟problem" — one problem spans several measure rows. */
  problemKey(index: number): string | null;
  /**
   * The text of the row's cause list (its cause cell; on the rows below a problem's first row
   * without a cause of their own, the row above's), or null when the row has no causes. A cause
   * is an item of the list (see listItems), and an item of a problem: two rows of one problemKey
   * share a cause when their lists share an item — and rows with the same text share them all.
   */
  causeText(index: number): string | null;
  /** How many different items the row's cause list holds (0 without one). */
  causeCount(index: number): number;
}

const SEP = "\u001f";
const STATUS_CODES: Record<ItemStatus, number> = {
  done: 1,
  inProgress: 2,
  notStarted: 3,
  closed: 4,
  unknown: 5,
};
const CODE_STATUSES: Array<ItemStatus | undefined> = [
  undefined,
  "done",
  "inProgress",
  "notStarted",
  "closed",
  "unknown",
];

/** The ledger's scan: the one already made under this context, if it keeps scans. */
export function scanLedger(ledger: Ledger, context: RollupContext): LedgerScan {
  const made = context.scans?.get(ledger);
  if (made !== undefined) return made;
  const scan = newScan(ledger, context);
  context.scans?.set(ledger, scan);
  return scan;
}

function newScan(ledger: Ledger, context: RollupContext): LedgerScan {
  const rows = ledger.rows;
  const ref = rowRefMaker(ledger);
  const offices = officesOf(ledger);
  const office = (index: number): string | null => offices[index] ?? null;

  const readStatus = statusReader(ledger, context.asOf);
  const statusCodes = new Uint8Array(rows.length);
  const status = (index: number): ItemStatus => {
    let code = statusCodes[index] ?? 0;
    if (code === 0) {
      const row = rows[index];
      code = row === undefined ? 3 : STATUS_CODES[readStatus(row)];
      statusCodes[index] = code;
    }
    return CODE_STATUSES[code] as ItemStatus;
  };

  const states = compactStates(ledger, context.asOf, readStatus);

  let problems: { problem: Array<string | null>; causes: Array<string | null> } | undefined;
  const problemColumns = () => (problems ??= fillDownProblems(ledger, office));
  const causeText = (index: number): string | null => problemColumns().causes[index] ?? null;
  // Counted when first asked (the causes measure asks once per problem and group): the lists
  // themselves are not kept, only how many different items each has, one more than the count.
  let causeCounts: Int32Array | undefined;
  const causeCount = (index: number): number => {
    causeCounts ??= new Int32Array(rows.length);
    let stored = causeCounts[index] ?? 0;
    if (stored === 0) {
      const text = causeText(index);
      stored = (text === null ? 0 : distinctCount(listItems(text))) + 1;
      causeCounts[index] = stored;
    }
    return stored - 1;
  };

  return {
    ledger,
    context,
    ref,
    office,
    state: (index) => states.state(index, status(index)),
    status,
    overdue: (index) => states.has(index, OVERDUE),
    daysLeft: (index) => states.daysLeft(index),
    doneLate: (index) => states.has(index, DONE_LATE),
    dueAtOnce: (index) => states.has(index, DUE_AT_ONCE),
    deadlineDay: (index) => states.deadlineDay(index),
    deadline: (index) => states.deadline(index),
    problemKey: (index) => problemColumns().problem[index] ?? null,
    causeText,
    causeCount,
  };
}

// The yes-or-no parts of an item state, one bit each.
const READ = 1;
const OPEN_ENDED = 2;
const DUE_AT_ONCE = 4;
const OVERDUE = 8;
const DONE_LATE = 16;
const HAS_DONE_DATE = 32;

/**
 * The rows' item states, read on first use and kept in typed arrays rather than as one ItemState
 * per row: a summary holds every progress row's state until it is done, ~84 bytes a row as
 * objects and 18 here (a bit set, the days left and the deadline's day; NaN stands for null).
 * The dates themselves are read again from the row when a whole state is asked for.
 */
function compactStates(ledger: Ledger, asOf: string, readStatus: (row: LedgerRow) => ItemStatus) {
  const rows = ledger.rows;
  const readState = itemStateReader(ledger, asOf, readStatus);
  const readDeadline = roleReader(ledger, "deadline");
  const readDoneDate = roleReader(ledger, "doneDate");
  const bits = new Uint8Array(rows.length);
  const daysLeft = new Float64Array(rows.length);
  const deadlineDays = new Float64Array(rows.length);
  const rowAt = (index: number): LedgerRow => rows[index] ?? { rowNumber: 0, cells: {} };
  const bitsOf = (index: number): number => {
    let value = bits[index] as number;
    if (value === 0) {
      const state = readState(rowAt(index));
      value =
        READ |
        (state.openEnded ? OPEN_ENDED : 0) |
        (state.dueAtOnce ? DUE_AT_ONCE : 0) |
        (state.overdue ? OVERDUE : 0) |
        (state.doneLate ? DONE_LATE : 0) |
        (state.doneDate !== null ? HAS_DONE_DATE : 0);
      bits[index] = value;
      daysLeft[index] = state.daysLeft ?? Number.NaN;
      deadlineDays[index] =
        state.deadline === null ? Number.NaN : (dayNumber(state.deadline) ?? Number.NaN);
    }
    return value;
  };
  const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
  return {
    has: (index: number, bit: number): boolean => (bitsOf(index) & bit) !== 0,
    daysLeft(index: number): number | null {
      bitsOf(index);
      return orNull(daysLeft[index] as number);
    },
    deadlineDay(index: number): number | null {
      bitsOf(index);
      return orNull(deadlineDays[index] as number);
    },
    deadline(index: number): string | null {
      bitsOf(index);
      return Number.isNaN(deadlineDays[index] as number)
        ? null
        : textOf(readDeadline(rowAt(index)));
    },
    /** The whole state again, as itemStateReader made it (the status is the scan's, the same). */
    state(index: number, status: ItemStatus): ItemState {
      const set = bitsOf(index);
      const row = rowAt(index);
      return {
        status,
        deadline: Number.isNaN(deadlineDays[index] as number) ? null : textOf(readDeadline(row)),
        openEnded: (set & OPEN_ENDED) !== 0,
        dueAtOnce: (set & DUE_AT_ONCE) !== 0,
        doneDate: (set & HAS_DONE_DATE) !== 0 ? textOf(readDoneDate(row)) : null,
        overdue: (set & OVERDUE) !== 0,
        daysLeft: orNull(daysLeft[index] as number),
        doneLate: (set & DONE_LATE) !== 0,
      };
    },
  };
}

/** How many different items a (short) list holds. */
function distinctCount(items: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) if (items.indexOf(items[i] as string) === i) count++;
  return count;
}

/**
 * The ref of a row, made on first use and kept. A function of its own (not a closure inside
 * newScan): the figures keep it to list their rows on demand, and a closure there would keep
 * everything else the scan cached (states, offices, problem and cause keys) as long as they live.
 */
function rowRefMaker(ledger: Ledger): (index: number) => RowRef {
  const rows = ledger.rows;
  const refs: Array<RowRef | undefined> = new Array(rows.length);
  const file = ledger.file;
  const sheet = ledger.sheet;
  return (index) => {
    let value = refs[index];
    if (value === undefined) {
      const row = rows[index]?.rowNumber ?? 0;
      value = file === undefined ? { sheet, row } : { file, sheet, row };
      refs[index] = value;
    }
    return value;
  };
}

/**
 * Problem and cause belong to the parent row: merged cells leave them empty on the rows below,
 * so an empty problem (id and text) inherits the row above. The reader fills down as well; doing
 * it here too keeps ledgers built by other hosts correct.
 */
function fillDownProblems(ledger: Ledger, office: (index: number) => string | null) {
  const readId = roleReader(ledger, "problemId");
  const readText = roleReader(ledger, "problem");
  const readCause = roleReader(ledger, "cause");
  const problem: Array<string | null> = [];
  // The cause text of each row, not its items nor "problem␟item" keys: the cell's own string,
  // already held by the ledger, where a list of items per problem was an array and a string per
  // item held for the whole summary (the causes measure pairs the lists with problemKey).
  const causes: Array<string | null> = [];
  let previous: string | null = null;
  let previousCauses: string | null = null;
  // The reader fills a merged problem's cells down its measure rows: a row whose office, problem
  // and cause are the previous row's gets the previous row's key and list, not equal copies.
  let previousOwn: string | null = null;
  let previousOffice: string | null = null;
  let previousCauseText: string | null = null;
  ledger.rows.forEach((row, index) => {
    const own = textOf(readId(row)) ?? textOf(readText(row));
    const rowOffice = office(index);
    const causeText = textOf(readCause(row));
    if (
      own !== null &&
      index > 0 &&
      own === previousOwn &&
      rowOffice === previousOffice &&
      causeText === previousCauseText
    ) {
      problem.push(previous);
      causes.push(previousCauses);
      return;
    }
    previousOwn = own;
    previousOffice = rowOffice;
    previousCauseText = causeText;
    // Joined, not written as a template: that would leave a chain of concatenation nodes behind
    // each key, held as long as the scan; join makes one flat string, a third smaller.
    const key = own === null ? previous : [rowOffice ?? "", SEP, own].join("");
    let rowCauses: string | null;
    if (causeText !== null && key !== null) rowCauses = causeText;
    else rowCauses = key !== null && key === previous ? previousCauses : null;
    problem.push(key);
    causes.push(rowCauses);
    previous = key;
    previousCauses = rowCauses;
  });
  return { problem, causes };
}

/**
 * The office of each row. On a continuation row of a merged problem (no office, no problem of its
 * own) the office of the row above carries down; elsewhere an empty office stays empty.
 */
function officesOf(ledger: Ledger): Array<string | null> {
  const readOffice = roleReader(ledger, "office");
  const hasProblems = ledger.fields.some(
    (field) => field.role === "problem" || field.role === "problemId",
  );
  const readId = roleReader(ledger, "problemId");
  const readText = roleReader(ledger, "problem");
  let previous: string | null = null;
  return ledger.rows.map((row) => {
    const own = textOf(readOffice(row));
    const continuation =
      hasProblems && own === null && textOf(readId(row)) === null && textOf(readText(row)) === null;
    previous = own ?? (continuation ? previous : null);
    return previous;
  });
}
