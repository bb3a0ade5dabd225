// The progress facts of one item (a measure row, a petition…) as of a given date. Flags, overdue
// counts, reminders and the progress score all read these, so the rules live in one place.
import { dayNumber } from "../dates/iso";
import type { FieldRole, Ledger, LedgerRow, Status } from "../model/ledger";
import { parseStatus } from "../normalize/status";
import { fieldFor, isYes, roleReader, textOf } from "./roles";

/**
 * An item's state as of a date: one of the reader's statuses, or "unknown" when nothing in the
 * row says how far it got — a status word the reader could not read (an error at its cell) and no
 * 完成时间, or a ledger with no column that tells progress at all. Unknown items carry no flag and
 * are left out of completion rates, overdue counts and reminders, and summaries count them apart
 * (状态无法识别) rather than as not done.
 */
export type ItemStatus = Status | "unknown";

export interface ItemState {
  /** The status as of the as-of date (see `itemStateReader` for how it is derived). */
  status: ItemStatus;
  deadline: string | null;
  /** The deadline is open-ended (长期坚持): never overdue, never due soon. */
  openEnded: boolean;
  /**
   * Due at once (立行立改) with no start date to date it: an unfinished item is overdue, by an
   * unknown number of days (daysLeft null).
   */
  dueAtOnce: boolean;
  doneDate: string | null;
  /** Not done or closed, with a deadline before the as-of date (超期未完成). */
  overdue: boolean;
  /** Days from the as-of date to the deadline while not done (negative when overdue). */
  daysLeft: number | null;
  /** Done or closed after the deadline (超期完成). */
  doneLate: boolean;
}

const STATUSES: ReadonlySet<string> = new Set(["done", "inProgress", "notStarted", "closed"]);
/** Columns whose cells tell how far an item got. */
const PROGRESS_ROLES: FieldRole[] = ["status", "doneDate", "closed", "closedDate"];

/** The ledger has a column (not one the reader marked missing) for the role. */
function hasColumn(ledger: Ledger, role: FieldRole): boolean {
  const field = fieldFor(ledger, role);
  return field !== undefined && field.missing !== true;
}

/**
 * The status as of the date, compiled once per ledger:
 *
 * - 已销号 wins: status "closed", a yes in the 销号 column, or a 销号时间 on or before as-of.
 * - A 完成时间 later than as-of means the item was not yet done on that date (reports are
 *   reproducible for past dates): it counts as in progress.
 * - A missing status with a 完成时间 on or before as-of counts as done; otherwise not started.
 * - A status word nobody can read, with no 完成时间 to go by, is unknown — never not started.
 * - A ledger with no status, 完成时间 or 销号 column says nothing of progress: every item is unknown.
 */
export function statusReader(ledger: Ledger, asOf: string): (row: LedgerRow) => ItemStatus {
  if (!PROGRESS_ROLES.some((role) => hasColumn(ledger, role))) return () => "unknown";
  const asOfDay = dayNumber(asOf) ?? Number.POSITIVE_INFINITY;
  const statusField = fieldFor(ledger, "status")?.name;
  const doneDate = roleReader(ledger, "doneDate");
  const closedFlag = roleReader(ledger, "closed");
  const closedDate = roleReader(ledger, "closedDate");
  return (row) => {
    const done = textOf(doneDate(row));
    const doneDay = done === null ? null : dayNumber(done);
    const closedOn = textOf(closedDate(row));
    const closedDay = closedOn === null ? null : dayNumber(closedOn);
    const cell = statusField === undefined ? undefined : row.cells[statusField];
    const recorded = statusOf(textOf(cell?.value ?? null));
    const unreadable =
      recorded === null && cell !== undefined && isUnreadable(cell.text, cell.value);
    let state: ItemStatus =
      recorded ??
      (doneDay !== null && doneDay <= asOfDay ? "done" : unreadable ? "unknown" : "notStarted");
    if (isYes(closedFlag(row)) || (closedDay !== null && closedDay <= asOfDay)) state = "closed";
    if (closedDay !== null && closedDay > asOfDay && state === "closed") state = "done";
    if (doneDay !== null && doneDay > asOfDay && (state === "done" || state === "closed"))
      state = "inProgress";
    return state;
  };
}

/** A status cell holding text that is no status word and no missing-value word (无, —). */
function isUnreadable(text: string, value: unknown): boolean {
  const written = typeof value === "string" ? value : text;
  if (written.trim() === "") return false;
  return !parseStatus(written).ok;
}

/** Compiles the state rules for one ledger and as-of date, then maps rows to states. */
export function itemStateReader(
  ledger: Ledger,
  asOf: string,
  readStatus = statusReader(ledger, asOf),
): (row: LedgerRow) => ItemState {
  const asOfDay = dayNumber(asOf) ?? Number.POSITIVE_INFINITY;
  const deadline = roleReader(ledger, "deadline");
  const deadlineField = fieldFor(ledger, "deadline")?.name;
  const doneDate = roleReader(ledger, "doneDate");

  return (row) => {
    const state = readStatus(row);
    const done = textOf(doneDate(row));
    const doneDay = done === null ? null : dayNumber(done);
    const due = textOf(deadline(row));
    const dueDay = due === null ? null : dayNumber(due);
    const dueCell = deadlineField === undefined ? undefined : row.cells[deadlineField];
    const openEnded = dueCell?.openEnded === true;
    const dueAtOnce = dueCell?.immediate === true && dueDay === null;
    const finished = state === "done" || state === "closed";
    // Only an item known to be open can be overdue or due soon.
    const open = state === "inProgress" || state === "notStarted";
    const daysLeft = !open || dueDay === null || openEnded ? null : dueDay - asOfDay;
    return {
      status: state,
      deadline: dueDay === null ? null : due,
      openEnded,
      dueAtOnce,
      doneDate: doneDay === null ? null : done,
      overdue: (daysLeft !== null && daysLeft < 0) || (open && dueAtOnce),
      daysLeft,
      doneLate: finished && doneDay !== null && dueDay !== null && !openEnded && doneDay > dueDay,
    };
  };
}

/** The canonical status; a status word the reader left as text is parsed here. */
function statusOf(recorded: string | null): Status | null {
  if (recorded === null) return null;
  if (STATUSES.has(recorded)) return recorded as Status;
  const parsed = parseStatus(recorded);
  return parsed.ok ? parsed.value : null;
}
