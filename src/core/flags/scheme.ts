// A flag scheme is data: an ordered list of flags, each with its words, its colours and the
// conditions under which it applies. The same data drives the core, the sheet's conditional
// formats and the flag-column formula another layer builds for Excel.
import type { Status } from "../model/ledger";
import type { LocalText } from "../rollup/localText";

/** One fact about an item's progress as of a date (see rollup/itemState). */
export type FlagCondition =
  /** The item's status (as of the date) is one of these. */
  | { fact: "status"; in: Status[] }
  /** Not done, and the deadline is before the as-of date. */
  | { fact: "overdue" }
  /** Not done, and the deadline falls within `days` days from the as-of date (inclusive). */
  | { fact: "dueWithin"; days: number }
  /** Done after its deadline. */
  | { fact: "doneLate" };

/** What a flag stands for; also the key the Excel layer uses for its labels. */
export type FlagId =
  "closed" | "doneLate" | "done" | "inProgress" | "notStarted" | "overdue" | "dueSoon" | "onTrack";

export interface FlagDefinition {
  id: FlagId;
  /** The word printed in the cell: a flag is never colour alone (sheets are printed in black and white). */
  label: LocalText;
  /** Cell fill and font colours, "#RRGGBB". */
  fill: string;
  font: string;
  /** Every condition must hold; an empty list always holds (the scheme's last flag). */
  when: FlagCondition[];
}

export interface FlagScheme {
  id: string;
  title: LocalText;
  /** "status": the flag follows the status word (挂图作战); "deadline": the deadline against the as-of date (督办亮灯). */
  basis: "status" | "deadline";
  /** 临期: due within this many days. */
  dueSoonDays: number;
  /** Tried in order: the first flag whose conditions all hold is the item's flag. */
  flags: FlagDefinition[];
}
