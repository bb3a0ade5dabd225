// 工作提示单: per responsible person (or unit), what is overdue and what falls due within N days,
// ordered by deadline — the slips Guizhou sends to speed up the work.
import type { RowRef } from "../rollup/rowRef";
import { byDeadline, type OpenItem } from "./items";
import type { Lang } from "../model/lang";

export interface ReminderItem {
  office?: string;
  item: string;
  deadline: string | null;
  status?: string;
  /** "overdue" (超期) or "dueSoon" (临期). */
  state: "overdue" | "dueSoon";
  /** Days overdue (state overdue) or days left (state dueSoon); 0 for an item due at once. */
  days: number;
  /** Due at once (立行立改) and not done: overdue since it was found. */
  dueAtOnce?: true;
  row: RowRef;
}

export interface ReminderSlip {
  recipient: string;
  /** "person" when the slip goes to a 责任人, "unit" to a 责任单位, "none" when the row names neither. */
  recipientType: "person" | "unit" | "none";
  items: ReminderItem[];
}

export interface ReminderOptions {
  /** 临期 window in days (default 7). */
  withinDays?: number;
  /** Address slips to the responsible person (default) or unit; falls back to the other. */
  by?: "person" | "unit";
}

export const NO_RECIPIENT = { zh: "（未明确责任人）", en: "(no one named)" };

/** An item a slip lists: overdue, or due within the window (7 days unless told). */
export function isReminded(
  item: Pick<OpenItem, "overdue" | "daysLeft">,
  options: ReminderOptions = {},
): boolean {
  const within = options.withinDays ?? 7;
  return item.overdue || (item.daysLeft !== null && item.daysLeft <= within);
}

/** Slips ordered by their most urgent item; items inside a slip by deadline. */
export function reminderSlips(
  items: readonly OpenItem[],
  options: ReminderOptions = {},
  lang: Lang = "zh",
): ReminderSlip[] {
  const slips = new Map<string, ReminderSlip>();
  const due = items.filter((item) => isReminded(item, options)).sort(byDeadline);
  for (const item of due) {
    const first = options.by === "unit" ? item.responsibleUnit : item.responsiblePerson;
    const second = options.by === "unit" ? item.responsiblePerson : item.responsibleUnit;
    const recipient = first ?? second ?? NO_RECIPIENT[lang];
    const recipientType =
      first !== null
        ? (options.by ?? "person")
        : second !== null
          ? options.by === "unit"
            ? "person"
            : "unit"
          : "none";
    const key = `${recipientType}\u001f${recipient}`;
    let slip = slips.get(key);
    if (slip === undefined) {
      slip = { recipient, recipientType, items: [] };
      slips.set(key, slip);
    }
    slip.items.push(reminderItem(item));
  }
  // Items were sorted before grouping, so slips come in the order of their most urgent item.
  return [...slips.values()];
}

/**
 * One slip's line. The optional keys come after the others, in a fixed order, and each of the
 * four shapes is one literal of its own: a literal spreading conditional parts gets a hidden class
 * of its own per object in V8, and keys added after the literal go to a separate property array —
 * for a province's tens of thousands of overdue items, more than the items themselves.
 */
function reminderItem(item: OpenItem): ReminderItem {
  const state = item.overdue ? "overdue" : "dueSoon";
  const days = Math.abs(item.daysLeft ?? 0);
  const { office } = item;
  if (office === null) {
    if (!item.dueAtOnce)
      return {
        item: item.item,
        deadline: item.deadline,
        status: item.status,
        state,
        days,
        row: item.row,
      };
    return {
      item: item.item,
      deadline: item.deadline,
      status: item.status,
      state,
      days,
      row: item.row,
      dueAtOnce: true,
    };
  }
  if (!item.dueAtOnce)
    return {
      item: item.item,
      deadline: item.deadline,
      status: item.status,
      state,
      days,
      row: item.row,
      office,
    };
  return {
    item: item.item,
    deadline: item.deadline,
    status: item.status,
    state,
    days,
    row: item.row,
    office,
    dueAtOnce: true,
  };
}
