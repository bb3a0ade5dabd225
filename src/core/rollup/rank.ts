// Ranking within a group. Chinese reports expect 中国式排名 (dense: 1,1,2); Excel's RANK gives
// competition ranks (1,1,3). Each indicator has a direction: 案-件比 is better when lower.

export type Direction = "higherIsBetter" | "lowerIsBetter";
export type RankMethod = "dense" | "competition";

export interface RankOptions {
  direction?: Direction;
  /** Default "dense" (中国式排名). */
  method?: RankMethod;
}

/** Values closer than this are ties (ratios computed two ways must not split a tie). */
const EPSILON = 1e-9;

/** Ranks values in input order; null values get a null rank and take no place. */
export function rankValues(
  values: ReadonlyArray<number | null>,
  options: RankOptions = {},
): Array<number | null> {
  const lowerFirst = options.direction === "lowerIsBetter";
  const order = values
    .map((value, index) => ({ value, index }))
    .filter(
      (entry): entry is { value: number; index: number } =>
        entry.value !== null && Number.isFinite(entry.value),
    )
    .sort((a, b) => (lowerFirst ? a.value - b.value : b.value - a.value));
  const ranks: Array<number | null> = values.map(() => null);
  let rank = 0;
  let previous: number | undefined;
  order.forEach((entry, position) => {
    if (previous === undefined || Math.abs(entry.value - previous) > EPSILON) {
      rank = options.method === "competition" ? position + 1 : rank + 1;
    }
    previous = entry.value;
    ranks[entry.index] = rank;
  });
  return ranks;
}

/** Reads 越高越好 / 越低越好 (and English words) from a direction cell; undefined when unknown. */
export function directionOf(text: string | null): Direction | undefined {
  if (text === null) return undefined;
  if (/低|少|小|lower|less|desc|逆向/i.test(text)) return "lowerIsBetter";
  if (/高|多|大|higher|more|asc|正向/i.test(text)) return "higherIsBetter";
  return undefined;
}
