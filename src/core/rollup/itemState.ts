// The progress facts of one item (a measure row, a petition…) as of a given date. Flags, overdue
// counts, reminders and the progress score all read these, so the rules live in one place.
import { dayNumber } from "../dates/iso";
import type { Ledger, LedgerRow, Status } from "../model/ledger";
import { parseStatus } from "../normalize/status";
import { isYes, roleReader, textOf } from "./roles";

export interface ItemState {
  /** The status as of the as-of date (see `itemStateReader` for how it is derived). */
  status: Status;
  deadline: string | null;
  /** The deadline is open-ended (长期坚持): never overdue, never due soon. */
  openEnded: boolean;
  doneDate: string | null;
  /** Not done or closed, with a deadline before the as-of date (超期未完成). */
  overdue: boolean;
  /** Days from the as-of date to the deadline while not done (negative when overdue). */
  daysLeft: number | null;
  /** Done or closed after the deadline (超期完成). */
  doneLate: boolean;
}

const STATUSES: ReadonlySet<string> = new Set(["done", "inProgress", "notStarted", "closed"]);

/**
 * The status as of the date, compiled once per ledger:
 *
 * - 已销号 wins: status "closed", a yes in the 销号 column, or a 销号时间 on or before as-of.
 * - A 完成时间 later than as-of means the item was not yet done on that date (reports are
 *   reproducible for past dates): it counts as in progress.
 * - A missing status with a 完成时间 on or before as-of counts as done; otherwise not started.
 */
export function statusReader(ledger: Ledger, asOf: string): (row: LedgerRow) => Status {
  const asOfDay = dayNumber(asOf) ?? Number.POSITIVE_INFINITY;
  const status = roleReader(ledger, "status");
  const doneDate = roleReader(ledger, "doneDate");
  const closedFlag = roleReader(ledger, "closed");
  const closedDate = roleReader(ledger, "closedDate");
  return (row) => {
    const done = textOf(doneDate(row));
    const doneDay = done === null ? null : dayNumber(done);
    const closedOn = textOf(closedDate(row));
    const closedDay = closedOn === null ? null : dayNumber(closedOn);
    let state: Status =
      statusOf(textOf(status(row))) ??
      (doneDay !== null && doneDay <= asOfDay ? "done" : "notStarted");
    if (isYes(closedFlag(row)) || (closedDay !== null && closedDay <= asOfDay)) state = "closed";
    if (closedDay !== null && closedDay > asOfDay && state === "closed") state = "done";
    if (doneDay !== null && doneDay > asOfDay && (state === "done" || state === "closed"))
      state = "inProgress";
    return state;
  };
}

/** Compiles the state rules for one ledger and as-of date, then maps rows to states. */
export function itemStateReader(
  ledger: Ledger,
  asOf: string,
  readStatus = statusReader(ledger, asOf),
): (row: LedgerRow) => ItemState {
  const asOfDay = dayNumber(asOf) ?? Number.POSITIVE_INFINITY;
  const deadline = roleReader(ledger, "deadline");
  const deadlineField = ledger.fields.find((field) => field.role === "deadline")?.name;
  const doneDate = roleReader(ledger, "doneDate");

  return (row) => {
    const state = readStatus(row);
    const done = textOf(doneDate(row));
    const doneDay = done === null ? null : dayNumber(done);
    const due = textOf(deadline(row));
    const dueDay = due === null ? null : dayNumber(due);
    const openEnded = deadlineField !== undefined && row.cells[deadlineField]?.openEnded === true;
    const finished = state === "done" || state === "closed";
    const daysLeft = finished || dueDay === null || openEnded ? null : dueDay - asOfDay;
    return {
      status: state,
      deadline: dueDay === null ? null : due,
      openEnded,
      doneDate: doneDay === null ? null : done,
      overdue: daysLeft !== null && daysLeft < 0,
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
