// The two schemes the provinces use. In 挂图作战 red is the colour of honour: 红旗 means done.
// In 督办亮灯 red means overdue. Both mark 超期完成 and 已销号 as states of their own.
import type { FlagDefinition, FlagId, FlagScheme } from "./scheme";
import type { LocalText } from "../rollup/localText";

export type SchemeName = "flags" | "lights";

export interface SchemeOptions {
  /** 临期 window for 黄灯, in days (default 7). */
  dueSoonDays?: number;
  /** Show 超期完成 as its own flag (default true); otherwise such items take the done flag. */
  doneLate?: boolean;
  /** Show 已销号 as its own flag (default true); otherwise closed items take the done flag. */
  closed?: boolean;
  /** Per flag: other words or colours. */
  overrides?: Partial<Record<FlagId, { label?: Partial<LocalText>; fill?: string; font?: string }>>;
}

/**
 * What an item whose status nobody can read shows instead of a flag (the core counts it apart:
 * FlagDistribution.unknown): its own words, never the scheme's catch-all 黑旗 or 绿灯.
 */
export const UNKNOWN_STATE = {
  label: { zh: "状态无法识别", en: "Status unreadable" },
} as const;

const CLOSED: FlagDefinition = {
  id: "closed",
  label: { zh: "已销号", en: "Closed" },
  fill: "#D9D9D9",
  font: "#000000",
  when: [{ fact: "status", in: ["closed"] }],
};

const DONE_LATE: FlagDefinition = {
  id: "doneLate",
  label: { zh: "超期完成", en: "Done late" },
  fill: "#F8CBAD",
  font: "#000000",
  when: [{ fact: "status", in: ["done", "closed"] }, { fact: "doneLate" }],
};

function banner(): FlagDefinition[] {
  return [
    {
      id: "done",
      label: { zh: "红旗", en: "Red flag (done)" },
      fill: "#C00000",
      font: "#FFFFFF",
      when: [{ fact: "status", in: ["done", "closed"] }],
    },
    {
      id: "inProgress",
      label: { zh: "黄旗", en: "Yellow flag (in progress)" },
      fill: "#FFC000",
      font: "#000000",
      when: [{ fact: "status", in: ["inProgress"] }],
    },
    {
      id: "notStarted",
      label: { zh: "黑旗", en: "Black flag (not done)" },
      fill: "#000000",
      font: "#FFFFFF",
      when: [],
    },
  ];
}

function lights(days: number): FlagDefinition[] {
  return [
    {
      id: "overdue",
      label: { zh: "红灯", en: "Red light (overdue)" },
      fill: "#FF0000",
      font: "#FFFFFF",
      when: [{ fact: "overdue" }],
    },
    {
      id: "dueSoon",
      label: { zh: "黄灯", en: "Yellow light (due soon)" },
      fill: "#FFFF00",
      font: "#000000",
      when: [{ fact: "dueWithin", days }],
    },
    {
      id: "onTrack",
      label: { zh: "绿灯", en: "Green light (on track)" },
      fill: "#00B050",
      font: "#FFFFFF",
      when: [],
    },
  ];
}

/** 挂图作战 (flags) or 督办亮灯 (lights), with the caller's words, colours and window. */
export function flagScheme(name: SchemeName, options: SchemeOptions = {}): FlagScheme {
  const dueSoonDays = options.dueSoonDays ?? 7;
  const own = name === "flags" ? banner() : lights(dueSoonDays);
  const flags = [
    ...(options.closed === false ? [] : [CLOSED]),
    ...(options.doneLate === false ? [] : [DONE_LATE]),
    ...own,
  ].map((flag) => {
    const override = options.overrides?.[flag.id];
    if (override === undefined) return { ...flag, when: flag.when.map((c) => ({ ...c })) };
    return {
      ...flag,
      label: { ...flag.label, ...override.label },
      fill: override.fill ?? flag.fill,
      font: override.font ?? flag.font,
      when: flag.when.map((c) => ({ ...c })),
    };
  });
  return {
    id: name,
    title:
      name === "flags"
        ? { zh: "挂图作战", en: "Battle map flags" }
        : { zh: "督办亮灯", en: "Supervision lights" },
    basis: name === "flags" ? "status" : "deadline",
    dueSoonDays,
    flags,
  };
}
