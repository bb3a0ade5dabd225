/** Runs of consecutive rows from `first` to `last` (0-based, inclusive), skipping `skip`. */
export function rowRuns(
  first: number,
  last: number,
  skip: ReadonlySet<number>,
): { row: number; rowCount: number }[] {
  const runs: { row: number; rowCount: number }[] = [];
  let start = -1;
  for (let r = first; r <= last + 1; r++) {
    const inside = r <= last && !skip.has(r);
    if (inside && start < 0) start = r;
    if (!inside && start >= 0) {
      runs.push({ row: start, rowCount: r - start });
      start = -1;
    }
  }
  return runs;
}
