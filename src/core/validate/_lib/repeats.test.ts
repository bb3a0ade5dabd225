import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRepeats, hashString, hashValue } from "./repeats";

type Value = string | number | boolean;

/** What findRepeats must return, found the obvious way: each value's first index in a Map. */
function naiveRepeats(values: readonly Value[]): Array<[number, number]> {
  const first = new Map<Value, number>();
  const repeats: Array<[number, number]> = [];
  values.forEach((value, i) => {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    else repeats.push([i, earlier]);
  });
  return repeats;
}

function repeatsBy(values: readonly Value[], hash: (value: Value) => number, padding = 0) {
  // Pooled buffers are longer than the rows they hold: entries past `count` must be ignored.
  const hashes = new Int32Array(values.length + padding).fill(0x7fffffff);
  values.forEach((value, i) => (hashes[i] = hash(value)));
  return findRepeats(hashes, values.length, (a, b) => values[a] === values[b]);
}

/** Deterministic PRNG (mulberry32), so a failing case shrinks and replays from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const smallValue: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom("P1", "P2", "措施1", "整改措施", "阿坝县人民检察院", "", " ", "1", "0", "true"),
  fc.string({ unit: fc.constantFrom("a", "1", "汉", "字", "检"), maxLength: 3 }),
  fc.integer({ min: -3, max: 30 }),
  fc.constantFrom(0.5, 1e21, -0),
  fc.boolean(),
);

/** Tiny columns, ones just over a group (1024) and ones spread over several groups. */
const size = fc.oneof(
  fc.constantFrom(0, 1, 2, 3),
  fc.integer({ min: 4, max: 60 }),
  fc.integer({ min: 1000, max: 1100 }),
  fc.integer({ min: 5001, max: 9000 }),
);

/** A column of `size` values drawn from a small pool: many duplicates, in any order. */
const column = fc
  .record({
    pool: fc.array(smallValue, { minLength: 1, maxLength: 40 }),
    size,
    seed: fc.integer(),
    // Mostly-distinct columns too: a pool value, or one that occurs once (its index).
    distinctShare: fc.constantFrom(0, 0.5, 0.95),
  })
  .map(({ pool, size, seed, distinctShare }) => {
    const rand = random(seed);
    return Array.from({ length: size }, (_, i): Value =>
      rand() < distinctShare ? `only-${i}` : pool[Math.floor(rand() * pool.length)]!,
    );
  });

describe("findRepeats", () => {
  it("finds each repeated value with its first entry, in entry order, as a Map does", () => {
    fc.assert(
      fc.property(column, fc.nat(40), (values, padding) => {
        expect(repeatsBy(values, hashValue, padding)).toEqual(naiveRepeats(values));
      }),
      { numRuns: 120 },
    );
  });

  it("lets same() decide when every hash collides", () => {
    fc.assert(
      fc.property(column, (values) => {
        expect(repeatsBy(values, () => 12345)).toEqual(naiveRepeats(values));
      }),
      { numRuns: 40 },
    );
  });

  it("lets same() decide when hashes are the value modulo 3", () => {
    const numbers = fc
      .record({ size, seed: fc.integer(), range: fc.integer({ min: 1, max: 5000 }) })
      .map(({ size, seed, range }) => {
        const rand = random(seed);
        return Array.from({ length: size }, () => Math.floor(rand() * range));
      });
    fc.assert(
      fc.property(numbers, (values) => {
        expect(repeatsBy(values, (v) => (v as number) % 3)).toEqual(naiveRepeats(values));
      }),
      { numRuns: 40 },
    );
  });

  it("gives the same answer when called again with its buffers reused", () => {
    fc.assert(
      fc.property(column, column, (first, second) => {
        const once = repeatsBy(first, hashValue);
        // A different column in between leaves other contents in the shared buffers.
        repeatsBy(second, hashValue);
        expect(repeatsBy(first, hashValue)).toEqual(once);
        expect(repeatsBy(first, hashValue)).toEqual(naiveRepeats(first));
      }),
      { numRuns: 40 },
    );
  });

  it("tells 1 from '1' and true from 'true' by their hashes and by same()", () => {
    const values: Value[] = [1, "1", true, "true", 1, "1", true, "true"];
    expect(repeatsBy(values, hashValue)).toEqual([
      [4, 0],
      [5, 1],
      [6, 2],
      [7, 3],
    ]);
  });
});

describe("hashString", () => {
  // Collisions only cost comparisons, but a hash that ignored some units (the odd ones, the last
  // one of an odd length) would collide all over sheets of numbered texts.
  it("spreads numbered texts of every length over distinct hashes", () => {
    const texts = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      texts.add(`措施${i}`);
      texts.add(`P${i}`);
      texts.add(`${i}`);
      texts.add(`第${i}号问题：整改`);
    }
    const hashes = new Set([...texts].map(hashString));
    // 80,000 texts in 2^32 values: about one collision is expected by chance, not more.
    expect(texts.size - hashes.size).toBeLessThanOrEqual(3);
  });

  it("tells apart texts that differ only in their last unit or in their length", () => {
    for (const [a, b] of [
      ["ab", "abc"],
      ["abc", "abd"],
      ["措施12", "措施13"],
      ["a", "a\u0000"],
      ["", "\u0000"],
    ])
      expect(hashString(a!)).not.toBe(hashString(b!));
  });
});
