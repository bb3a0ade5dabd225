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

function compose(input: FlagFormulaInput, words: StatusWords): { text: string; labels: string[] } {
  const { scheme, deadlineRef, doneDateRef, asOf } = input;
  const L = scheme.labels;
  const s = `TRIM(${input.statusRef}&"")`;
  const is = (state: Status) =>
    words[state].length === 0
      ? "FALSE"
      : `ISNUMBER(MATCH(${s},{${words[state].map(quote).join(",")}},0))`;
  const labels = new Set<string>();
  const label = (text: string) => {
    labels.add(text);
    return quote(text);
  };
  const hasDeadline = deadlineRef ? `ISNUMBER(${deadlineRef})` : undefined;

  let done = label(L.done);
  if (L.doneLate && deadlineRef && doneDateRef && hasDeadline) {
    done = `IF(AND(${hasDeadline},ISNUMBER(${doneDateRef}),${doneDateRef}>${deadlineRef}),${label(L.doneLate)},${done})`;
  }
  let open: string;
  if (scheme.basis === "deadline") {
    // Lights: not done is red when overdue, yellow when due within N days, else on track (green).
    let lit = label(L.done);
    if (deadlineRef && hasDeadline) {
      const days = scheme.dueSoonDays ?? 7;
      if (L.dueSoon)
        lit = `IF(AND(${hasDeadline},${deadlineRef}-${asOf}<=${days}),${label(L.dueSoon)},${lit})`;
      if (L.overdue)
        lit = `IF(AND(${hasDeadline},${deadlineRef}<${asOf}),${label(L.overdue)},${lit})`;
    }
    open = `IF(OR(${is("inProgress")},${is("notStarted")}),${lit},"")`;
  } else {
    open = `IF(${is("inProgress")},${label(L.inProgress)},IF(${is("notStarted")},${label(L.notStarted)},""))`;
  }
  const text = `=IF(${is("closed")},${label(L.closed)},IF(${is("done")},${done},${open}))`;
  return { text, labels: [...labels].sort() };
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
