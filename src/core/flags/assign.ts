// Which flag an item carries: the first flag of the scheme whose conditions all hold.
import type { ItemState } from "../rollup/itemState";
import type { FlagCondition, FlagDefinition, FlagScheme } from "./scheme";

/** What a flag's conditions read of an item's state. */
export type FlagFacts = Pick<ItemState, "status" | "overdue" | "daysLeft" | "doneLate">;

export function conditionHolds(condition: FlagCondition, state: FlagFacts): boolean {
  switch (condition.fact) {
    case "status":
      return state.status !== "unknown" && condition.in.includes(state.status);
    case "overdue":
      return state.overdue;
    case "dueWithin":
      return state.daysLeft !== null && state.daysLeft >= 0 && state.daysLeft <= condition.days;
    case "doneLate":
      return state.doneLate;
  }
}

/**
 * The item's flag. A scheme whose last flag has conditions may match nothing: then undefined. An
 * item whose state is unknown (unreadable status) gets no flag: the catch-all 黑旗 or 绿灯 would
 * say something nobody knows.
 */
export function flagOf(state: FlagFacts, scheme: FlagScheme): FlagDefinition | undefined {
  const slot = flagSlot(state, scheme);
  return slot < 0 ? undefined : scheme.flags[slot];
}

/**
 * Where the item's flag stands in the scheme's list, -1 for none. Plain loops: the distribution
 * asks this of every row of a province, and find/every would make two closures per row.
 */
export function flagSlot(state: FlagFacts, scheme: FlagScheme): number {
  if (state.status === "unknown") return -1;
  const flags = scheme.flags;
  for (let slot = 0; slot < flags.length; slot++) {
    const when = (flags[slot] as FlagDefinition).when;
    let holds = true;
    for (let c = 0; c < when.length && holds; c++)
      holds = conditionHolds(when[c] as FlagCondition, state);
    if (holds) return slot;
  }
  return -1;
}
