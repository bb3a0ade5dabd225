import type { Status } from "../model/ledger";
import type { FlagSchemeInput } from "./inputs";

export type StatusWords = Record<Status, string[]>;

/** Excel refuses formulas longer than 8,192 characters; keep a margin. */
const FORMULA_MAX = 8_000;

export interface FlagFormulaInput {
  scheme: FlagSchemeInput;
  /** R1C1 reference to the status cell of the same row, e.g. "RC5". */
  statusRef: string;
  words: StatusWords;
  deadlineRef?: string | undefined;
  doneDateRef?: string | undefined;
  /** The 是否销号 cell and the words in it that mean yes (是, √…). */
  closedRef?: string | undefined;
  closedYes?: readonly string[];
  closedDateRef?: string | undefined;
  /** A cell that is filled on every data row (the measure or problem): a row where it and the
   * status are both empty is a separator and gets no flag. */
  itemRef?: string | undefined;
  /** An Excel expression for the as-of date: DATE(2021,6,30) or TODAY(). */
  asOf: string;
}

export interface FlagFormula {
  text: string;
  /** The labels the formula can produce, in a stable order. */
  labels: string[];
  /** Status words left out to stay under Excel's formula length. */
  dropped: string[];
}

/** The flag formula in R1C1 notation. Rare status words are dropped (and reported) if the
 * formula would pass Excel's length limit. */
export function flagFormula(input: FlagFormulaInput): FlagFormula {
  const words: StatusWords = {
    done: [...input.words.done],
    inProgress: [...input.words.inProgress],
    notStarted: [...input.words.notStarted],
    closed: [...input.words.closed],
  };
  const dropped: string[] = [];
  let built = compose(input, words);
  while (built.text.length > FORMULA_MAX) {
    const longest = (Object.keys(words) as Status[]).sort(
      (a, b) => words[b].length - words[a].length,
    )[0];
    const word = longest === undefined ? undefined : words[longest].pop();
    if (word === undefined) break;
    dropped.push(word);
    built = compose(input, words);
  }
  return { ...built, dropped };
}

/**
 * The same reading of a row as the core's item state (src/core/rollup/itemState): 已销号 wins
 * (status word, a yes in 是否销号, or a 销号时间 on or before the as-of date); a status word
 * decides, and a row with no known word counts as done when it has a 完成时间 on or before the
 * as-of date; else an empty status is not started and any other word is unknown (its own label);
 * a 完成时间 after the as-of date means still in progress.
 */
function compose(input: FlagFormulaInput, words: StatusWords): { text: string; labels: string[] } {
  const { scheme, deadlineRef, doneDateRef, closedRef, closedDateRef, itemRef, asOf } = input;
  const L = scheme.labels;
  const s = `TRIM(${input.statusRef}&"")`;
  const anyOf = (expr: string, list: readonly string[]) =>
    list.length === 0 ? "FALSE" : `ISNUMBER(MATCH(${expr},{${list.map(quote).join(",")}},0))`;
  const is = (state: Status) => anyOf(s, words[state]);
  const labels = new Set<string>();
  const label = (text: string) => {
    labels.add(text);
    return quote(text);
  };
  const or = (all: string[]) => {
    const parts = all.filter((p) => p !== "FALSE");
    return parts.length === 0
      ? "FALSE"
      : parts.length === 1
        ? (parts[0] ?? "FALSE")
        : `OR(${parts.join(",")})`;
  };
  const hasDeadline = deadlineRef ? `ISNUMBER(${deadlineRef})` : undefined;
  const doneBy = doneDateRef ? `AND(ISNUMBER(${doneDateRef}),${doneDateRef}<=${asOf})` : undefined;
  const doneAfter = doneDateRef
    ? `AND(ISNUMBER(${doneDateRef}),${doneDateRef}>${asOf})`
    : undefined;

  const closedParts = [is("closed")];
  if (closedRef && input.closedYes && input.closedYes.length > 0)
    closedParts.push(anyOf(`TRIM(${closedRef}&"")`, input.closedYes));
  if (closedDateRef) closedParts.push(`AND(ISNUMBER(${closedDateRef}),${closedDateRef}<=${asOf})`);
  const unknownWord = `NOT(OR(${is("done")},${is("inProgress")},${is("notStarted")}))`;
  const doneParts = [is("done")];
  if (doneBy) doneParts.push(`AND(${unknownWord},${doneBy})`);
  const isDone = doneAfter ? `AND(${or(doneParts)},NOT(${doneAfter}))` : or(doneParts);

  let done = label(L.done);
  if (L.doneLate && deadlineRef && doneDateRef && hasDeadline) {
    done = `IF(AND(${hasDeadline},ISNUMBER(${doneDateRef}),${doneDateRef}>${deadlineRef}),${label(L.doneLate)},${done})`;
  }
  let open: string;
  if (scheme.basis === "deadline") {
    // Lights: an open item is red when overdue, yellow when due within N days, else on track.
    let lit = label(L.done);
    if (deadlineRef && hasDeadline) {
      const days = scheme.dueSoonDays ?? 7;
      if (L.dueSoon)
        lit = `IF(AND(${hasDeadline},${deadlineRef}-${asOf}<=${days}),${label(L.dueSoon)},${lit})`;
      if (L.overdue)
        lit = `IF(AND(${hasDeadline},${deadlineRef}<${asOf}),${label(L.overdue)},${lit})`;
    }
    open = lit;
  } else {
    const inProgress = doneAfter
      ? `OR(${is("inProgress")},AND(${is("done")},${doneAfter}))`
      : is("inProgress");
    open = `IF(${inProgress},${label(L.inProgress)},${label(L.notStarted)})`;
  }
  // A status word none of the lists holds, with no 完成时间 to go by: unknown, as in the core
  // (rollup/itemState), shown in its own words rather than as the catch-all flag.
  if (L.unknown !== undefined) {
    const unreadable = doneBy
      ? `AND(${s}<>"",${unknownWord},NOT(${doneBy}))`
      : `AND(${s}<>"",${unknownWord})`;
    open = `IF(${unreadable},${label(L.unknown)},${open})`;
  }
  let text = `IF(${or(closedParts)},${label(L.closed)},IF(${isDone},${done},${open}))`;
  if (itemRef) text = `IF(AND(${s}="",TRIM(${itemRef}&"")=""),"",${text})`;
  return { text: `=${text}`, labels: [...labels].sort() };
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
