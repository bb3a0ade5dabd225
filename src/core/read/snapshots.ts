// Monthly copies of one ledger kept as sheets (4月, 5月, 6月) or files: the same items, each copy
// as of its month. Summed together they count every item once per month. Told apart from two
// ledgers of one kind by their items: copies share most of them (same office, same problem
// number and text, same measure), two offices' ledgers share none.
import type { FieldRole } from "../model/ledger";
import { chineseNumeralsToDigits, compactText } from "../text";
import type { ReadLedgerResult } from "./readResult";

/** Columns that name an item and stay the same from month to month (progress columns change). */
const IDENTITY_ROLES: ReadonlySet<FieldRole> = new Set([
  "id",
  "office",
  "problemId",
  "problem",
  "measure",
  "helper",
  "indicator",
  "period",
]);
/** Copies share at least this share of the smaller one's items. */
const SHARED = 0.5;

/** The items of a ledger, each as the texts of its identifying columns. */
export function itemKeys(result: ReadLedgerResult): Set<string> {
  const fields = result.fields
    .filter((f) => IDENTITY_ROLES.has(f.role) && f.missing !== true)
    .map((f) => f.name);
  const keys = new Set<string>();
  if (fields.length === 0) return keys;
  for (const row of result.rows) {
    const parts = fields.map((name) => {
      const value = row.cells[name]?.value;
      return value === null || value === undefined ? "" : compactText(String(value));
    });
    if (parts.some((part) => part !== "")) keys.add(parts.join("\u001f"));
  }
  return keys;
}

/** How many items two ledgers share, when they are copies of one; 0 when they are not. */
export function sharedItems(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const key of small) if (large.has(key)) shared += 1;
  return shared >= Math.max(1, Math.ceil(SHARED * small.size)) ? shared : 0;
}

const FULL = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/;
const DOTTED = /(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?/;
const MONTH = /(?:^|\D)(\d{1,2})月(?:份)?(?:(\d{1,2})日)?/;
const QUARTER = /第?([1-4])季度/;
const HALF = /([上下])半年/;
const YEAR = /(\d{4})年/;

/**
 * The date a copy is as of, as a number that sorts (year × 10000 + month × 100 + day), from the
 * first text that names one: 2021年6月30日, 2021.6, 6月, 第二季度, 上半年. A month without a year
 * takes the text's own year, else `year`. Null when no text names a month.
 */
export function snapshotTime(texts: readonly string[], year: number | undefined): number | null {
  for (const raw of texts) {
    const text = chineseNumeralsToDigits(compactText(raw));
    const ownYear = Number(YEAR.exec(text)?.[1] ?? year ?? 0);
    let m = FULL.exec(text) ?? DOTTED.exec(text);
    if (m && isMonth(m[2])) return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3] ?? 0);
    if ((m = MONTH.exec(text)) && isMonth(m[1]))
      return ownYear * 10000 + Number(m[1]) * 100 + Number(m[2] ?? 0);
    if ((m = QUARTER.exec(text))) return ownYear * 10000 + Number(m[1]) * 300;
    if ((m = HALF.exec(text))) return ownYear * 10000 + (m[1] === "上" ? 600 : 1200);
  }
  return null;
}

function isMonth(text: string | undefined): boolean {
  const month = Number(text);
  return month >= 1 && month <= 12;
}

export interface SnapshotGroup {
  /** Indexes (into the list given) of the copies, the one kept last. */
  members: number[];
  kept: number;
  /** The newest by the dates their names and titles give, or by position when one gives none. */
  by: "date" | "position";
  /** Items each member shares with the kept one. */
  shared: number[];
}

/**
 * Groups copies of one ledger among results of the same kind (ledgers of no known kind are never
 * grouped). `timeOf` gives each result's as-of time (see snapshotTime), `order` its position.
 */
export function snapshotGroups(
  results: readonly ReadLedgerResult[],
  timeOf: (index: number) => number | null,
): SnapshotGroup[] {
  const keys = results.map((result) =>
    result.kind === "table" ? new Set<string>() : itemKeys(result),
  );
  // Union-find over pairs that share their items.
  const parent = results.map((_r, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < results.length; i++)
    for (let j = i + 1; j < results.length; j++)
      if (results[i]!.kind === results[j]!.kind && sharedItems(keys[i]!, keys[j]!) > 0)
        parent[root(j)] = root(i);
  const clusters = new Map<number, number[]>();
  results.forEach((_r, i) => clusters.set(root(i), [...(clusters.get(root(i)) ?? []), i]));
  const groups: SnapshotGroup[] = [];
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const times = members.map(timeOf);
    const dated = times.every((t) => t !== null);
    // Latest by date (ties: the later one in the workbook), else the last in the workbook.
    const order = members
      .map((index, k) => ({ index, time: dated ? (times[k] ?? 0) : 0 }))
      .sort((a, b) => a.time - b.time || a.index - b.index)
      .map((m) => m.index);
    const kept = order[order.length - 1]!;
    groups.push({
      members: order,
      kept,
      by: dated ? "date" : "position",
      shared: order.map((index) =>
        index === kept ? keys[kept]!.size : sharedCount(keys[index]!, keys[kept]!),
      ),
    });
  }
  return groups;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared += 1;
  return shared;
}
