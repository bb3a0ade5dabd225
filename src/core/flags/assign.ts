// Which flag an item carries: the first flag of the scheme whose conditions all hold.
import type { ItemState } from "../rollup/itemState";
import type { FlagCondition, FlagDefinition, FlagScheme } from "./scheme";

export function conditionHolds(condition: FlagCondition, state: ItemState): boolean {
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
export function flagOf(state: ItemState, scheme: FlagScheme): FlagDefinition | undefined {
  if (state.status === "unknown") return undefined;
  return scheme.flags.find((flag) =>
    flag.when.every((condition) => conditionHolds(condition, state)),
  );
}
