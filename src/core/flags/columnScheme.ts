// The scheme in the shape a flag column needs, in any host: the word its formula writes for each
// state, the colours of each word (one conditional format per label), and the rules as data.
import type { FlagCondition, FlagId, FlagScheme } from "./scheme";
import type { Lang } from "../model/lang";
import { UNKNOWN_STATE } from "./schemes";

export interface ColumnFlagRule {
  id: FlagId;
  label: string;
  fill: string;
  font: string;
  /** All must hold; rules are tried in order (stop if true). */
  when: FlagCondition[];
}

export interface ColumnFlagScheme {
  id: string;
  title: string;
  basis: "status" | "deadline";
  /** The word the formula writes for each state it can tell apart. */
  labels: {
    done: string;
    inProgress: string;
    notStarted: string;
    closed: string;
    doneLate?: string;
    dueSoon?: string;
    overdue?: string;
    /** A status word nobody can read (no flag in the core's counts): never 黑旗 or 绿灯. */
    unknown?: string;
  };
  /** Label → colours: one conditional-format rule ("cell equals label") per entry. */
  colors: Record<string, { fill: string; font: string }>;
  dueSoonDays: number;
  rules: ColumnFlagRule[];
}

/**
 * Lights have no separate in-progress or not-started word: an open item that is neither overdue
 * nor due soon is on track (绿灯), so those states take the on-track label; done items too.
 */
export function columnFlagScheme(scheme: FlagScheme, lang: Lang = "zh"): ColumnFlagScheme {
  const labelOf = (id: FlagId): string | undefined =>
    scheme.flags.find((flag) => flag.id === id)?.label[lang];
  const last = scheme.flags[scheme.flags.length - 1]?.label[lang] ?? "";
  const fallback = (id: FlagId) => labelOf(id) ?? labelOf("onTrack") ?? last;
  const optional = (id: FlagId) => {
    const label = labelOf(id);
    return label === undefined ? {} : { [id]: label };
  };
  return {
    id: scheme.id,
    title: scheme.title[lang],
    basis: scheme.basis,
    labels: {
      done: fallback("done"),
      inProgress: fallback("inProgress"),
      notStarted: fallback("notStarted"),
      closed: labelOf("closed") ?? fallback("done"),
      ...optional("doneLate"),
      ...optional("dueSoon"),
      ...optional("overdue"),
      unknown: UNKNOWN_STATE.label[lang],
    },
    // The unknown word is shown as typed text, without a colour rule of its own: it is no flag.
    colors: Object.fromEntries(
      scheme.flags.map((flag) => [flag.label[lang], { fill: flag.fill, font: flag.font }]),
    ),
    dueSoonDays: scheme.dueSoonDays,
    rules: scheme.flags.map((flag) => ({
      id: flag.id,
      label: flag.label[lang],
      fill: flag.fill,
      font: flag.font,
      when: flag.when,
    })),
  };
}
