// Which flag an item carries: the first flag of the scheme whose conditions all hold.
import type { ItemState } from "../rollup/itemState";
import type { FlagCondition, FlagDefinition, FlagScheme } from "./scheme";

export function conditionHolds(condition: FlagCondition, state: ItemState): boolean {
  switch (condition.fact) {
    case "status":
      return condition.in.includes(state.status);
    case "overdue":
      return state.overdue;
    case "dueWithin":
      return state.daysLeft !== null && state.daysLeft >= 0 && state.daysLeft <= condition.days;
    case "doneLate":
      return state.doneLate;
  }
}

/** The item's flag. A scheme whose last flag has conditions may match nothing: then undefined. */
export function flagOf(state: ItemState, scheme: FlagScheme): FlagDefinition | undefined {
  return scheme.flags.find((flag) =>
    flag.when.every((condition) => conditionHolds(condition, state)),
  );
}
