import { describe, expect, it } from "vitest";
import { oneAtATime } from "../../src/excel/editQueue";

describe("re-checks one at a time", () => {
  it("runs one call at a time and gathers what arrives meanwhile into one more per sheet", async () => {
    const calls: [string, number[]][] = [];
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const deliver = oneAtATime(async (sheet, rows) => {
      calls.push([sheet, rows]);
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => release.push(resolve));
      running--;
    });
    deliver("台账", [5], true);
    deliver("台账", [7, 6], true);
    deliver("台账", [6, 9], true);
    deliver("名册", [2], true);
    expect(calls).toEqual([["台账", [5]]]);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.at(-1)).toEqual(["台账", [6, 7, 9]]);
    // Whole ledger (an empty list) wins over rows.
    deliver("台账", [3], true);
    deliver("台账", [], true);
    deliver("台账", [4], true);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.at(-1)).toEqual(["名册", [2]]);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.at(-1)).toEqual(["台账", []]);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(4);
    expect(most).toBe(1);
  });

  it("goes on after a call that fails", async () => {
    const calls: number[][] = [];
    const deliver = oneAtATime(async (_sheet, rows) => {
      calls.push(rows);
      if (calls.length === 1) throw new Error("read failed");
    });
    deliver("台账", [5], true);
    await new Promise((r) => setTimeout(r, 0));
    deliver("台账", [6], true);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([[5], [6]]);
  });
});

describe("re-checks one at a time: completeness", () => {
  it("hands over rows gathered meanwhile as complete only if every call was", async () => {
    const calls: [number[], boolean][] = [];
    const release: (() => void)[] = [];
    const deliver = oneAtATime(async (_sheet, rows, complete) => {
      calls.push([rows, complete]);
      await new Promise<void>((resolve) => release.push(resolve));
    });
    deliver("台账", [5], true);
    deliver("台账", [6], true);
    deliver("台账", [7], false);
    deliver("台账", [8], true);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([
      [[5], true],
      [[6, 7, 8], false],
    ]);
    deliver("台账", [9], true);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.at(-1)).toEqual([[9], true]);
    release.shift()!();
  });
});
