// The live flag column's formula: the core's item state (core/rollup/itemState) and the
// scheme's flags, over the owned 状态判定 column (statusFormula.ts), which reads the status
// word as the reader does. Written to be read: one IF per state, in the order the core decides.
import type { FlagSchemeInput } from "./inputs";
import { STATUS_READINGS, quote } from "./statusFormula";

export interface FlagFormulaInput {
  scheme: FlagSchemeInput;
  /** R1C1 reference to the row's 状态判定 cell (已完成, 正在推进, 未完成, 已销号, 无法识别, ""). */
  readingRef: string;
  /** The deadline as a date: the user's cell, or the owned column of normalised dates. */
  deadlineRef?: string | undefined;
  /**
   * The user's deadline cell, when `deadlineRef` is the owned date column: a deadline typed there
   * later that no formula can read shows 时限无法识别, never a silent 绿灯.
   */
  deadlineTextRef?: string | undefined;
  doneDateRef?: string | undefined;
  /** The 是否销号 cell and the words in it that mean yes (是, √…). */
  closedRef?: string | undefined;
  closedYes?: readonly string[];
  closedDateRef?: string | undefined;
  /** A cell filled on every data row (the measure or problem): a row where it and the status are
   * both empty is a separator and gets no flag. */
  itemRef?: string | undefined;
  /** An Excel expression for the as-of date: TODAY() for a live sheet, DATE(2021,6,30) for a
   * dated report. */
  asOf: string;
}

/** What an open item shows when its deadline is written in a way no formula can read. */
export const DEADLINE_UNREADABLE = "时限无法识别";

export interface FlagFormula {
  text: string;
  /** The labels the formula can produce, in a stable order. */
  labels: string[];
}

export function flagFormula(input: FlagFormulaInput): FlagFormula {
  const { scheme, readingRef: r, deadlineRef, doneDateRef, closedRef, closedDateRef, asOf } = input;
  const L = scheme.labels;
  const labels = new Set<string>();
  const label = (text: string) => {
    labels.add(text);
    return quote(text);
  };
  const reads = (reading: keyof typeof STATUS_READINGS) =>
    `${r}=${quote(STATUS_READINGS[reading])}`;
  const or = (parts: (string | undefined)[]) => {
    const kept = parts.filter((p): p is string => p !== undefined);
    // Excel refuses OR() and AND() with no argument: none left is plainly FALSE (or TRUE).
    if (kept.length <= 1) return kept[0] ?? "FALSE";
    return `OR(${kept.join(",")})`;
  };
  const dated = (ref: string | undefined, op: "<=" | ">") =>
    ref === undefined ? undefined : `AND(ISNUMBER(${ref}),${ref}${op}${asOf})`;
  const doneBy = dated(doneDateRef, "<=");
  const doneAfter = dated(doneDateRef, ">");
  const closedAfter = dated(closedDateRef, ">");
  const yes = input.closedYes ?? [];
  const closedMarked = or([
    closedRef && yes.length > 0
      ? // Equality over the array, not MATCH: MATCH reads a typed ? or * as a wildcard.
        `OR(TRIM(${closedRef}&"")={${yes.map(quote).join(",")}})`
      : undefined,
    dated(closedDateRef, "<="),
  ]);
  const hasClosedMark = closedMarked !== "FALSE";
  const closedSaid = hasClosedMark ? `OR(${reads("closed")},${closedMarked})` : reads("closed");
  const not = (x: string | undefined) => (x === undefined ? undefined : `NOT(${x})`);
  const and = (parts: (string | undefined)[]) => {
    const kept = parts.filter((p): p is string => p !== undefined);
    if (kept.length <= 1) return kept[0] ?? "TRUE";
    return `AND(${kept.join(",")})`;
  };
  const noWord = `OR(${r}="",${reads("unknown")})`;

  // The core's order: 已销号 wins (unless its 销号时间 or 完成时间 is after the as-of date); a
  // status word decides; no word but a 完成时间 by the as-of date is done; a 完成时间 after it
  // means still in progress.
  const isClosed = and([closedSaid, not(closedAfter), not(doneAfter)]);
  const isDone = and([
    or([
      reads("done"),
      doneBy === undefined ? undefined : `AND(${noWord},${doneBy})`,
      closedAfter === undefined ? undefined : `AND(${closedSaid},${closedAfter})`,
    ]),
    not(doneAfter),
  ]);
  const isInProgress = or([
    reads("inProgress"),
    doneAfter === undefined ? undefined : `AND(${doneAfter},${or([reads("done"), closedSaid])})`,
  ]);
  const isUnknown = and([reads("unknown"), not(doneBy)]);

  const hasDeadline = deadlineRef === undefined ? undefined : `ISNUMBER(${deadlineRef})`;
  let done = label(L.done);
  if (L.doneLate && deadlineRef && doneDateRef)
    done = `IF(AND(${hasDeadline},ISNUMBER(${doneDateRef}),${doneDateRef}>${deadlineRef}),${label(L.doneLate)},${done})`;
  let open: string;
  if (scheme.basis === "deadline") {
    // Lights: an open item is red when overdue, yellow when due within N days, else on track.
    let lit = label(L.done);
    if (deadlineRef) {
      const days = scheme.dueSoonDays ?? 7;
      if (L.dueSoon)
        lit = `IF(AND(${hasDeadline},${deadlineRef}-${asOf}<=${days}),${label(L.dueSoon)},${lit})`;
      if (L.overdue)
        lit = `IF(AND(${hasDeadline},${deadlineRef}<${asOf}),${label(L.overdue)},${lit})`;
      const typed = input.deadlineTextRef ?? deadlineRef;
      // A deadline written but not as a date: say so instead of 绿灯.
      lit = `IF(AND(NOT(${hasDeadline}),TRIM(${typed}&"")<>""),${label(DEADLINE_UNREADABLE)},${lit})`;
    }
    open = lit;
  } else {
    open = `IF(${isInProgress},${label(L.inProgress)},${label(L.notStarted)})`;
  }
  if (L.unknown !== undefined) open = `IF(${isUnknown},${label(L.unknown)},${open})`;
  let text = `IF(${isClosed},${label(L.closed)},IF(${isDone},${done},${open}))`;
  if (input.itemRef) text = `IF(AND(${r}="",TRIM(${input.itemRef}&"")=""),"",${text})`;
  return { text: `=${text}`, labels: [...labels].sort() };
}
