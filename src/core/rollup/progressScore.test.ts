import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { progressScores, weightedScore } from "./progressScore";

const problems = testLedger(
  "problem",
  [
    ["office", "office"],
    ["no", "problemId"],
    ["status", "status"],
    ["deadline", "deadline"],
    ["doneDate", "doneDate"],
  ],
  [
    ["甲院", 1, "closed", "2021-05-31", "2021-05-20"],
    ["甲院", 2, "done", "2021-05-31", "2021-06-10"],
    ["甲院", 3, "inProgress", "2021-06-15", null],
    ["甲院", 4, "notStarted", "2021-09-30", null],
    ["乙院", 1, "inProgress", "2021-12-31", null],
  ],
);
const pairing = testLedger(
  "pairing",
  [
    ["advanced", "helper"],
    ["office", "office"],
    ["a", "sixOnes"],
    ["b", "sixOnes"],
    ["c", "sixOnes"],
    ["d", "sixOnes"],
    ["e", "sixOnes"],
    ["f", "sixOnes"],
  ],
  [["丙院", "甲院", true, true, true, false, false, false]],
);

describe("progress score", () => {
  it("shows every component with its weight and value", () => {
    const scores = progressScores([problems, pairing], { asOf: "2021-06-30" });
    const compact = scores.map((s) => ({
      office: s.office,
      score: s.score,
      components: s.components.map((c) => [c.name, c.weight, c.value]),
    }));
    expect(compact).toEqual([
      // completion 2/4, timeliness 1/3 due (1 on time, 1 late, 1 overdue), closure 1/2, 六个一 3/6
      {
        office: "甲院",
        score: 45,
        components: [
          ["completion", 40, 0.5],
          ["timeliness", 30, 1 / 3],
          ["closure", 20, 0.5],
          ["sixOnes", 10, 0.5],
        ],
      },
      // nothing due, nothing done, no pairing: only completion counts
      {
        office: "乙院",
        score: 0,
        components: [
          ["completion", 40, 0],
          ["timeliness", 30, null],
          ["closure", 20, null],
          ["sixOnes", 10, null],
        ],
      },
    ]);
  });

  it("takes other weights", () => {
    const scores = progressScores(
      [problems],
      { asOf: "2021-06-30" },
      { weights: [{ name: "completion", weight: 1 }] },
    );
    expect(scores.map((s) => [s.office, s.score])).toEqual([
      ["甲院", 50],
      ["乙院", 0],
    ]);
  });

  it.each([
    [
      [
        { weight: 40, value: 1 },
        { weight: 60, value: 0.5 },
      ],
      70,
    ],
    [
      [
        { weight: 40, value: 1 },
        { weight: 60, value: null },
      ],
      100,
    ],
    [[{ weight: 0, value: 1 }], null],
    [[], null],
  ])("weightedScore %j = %s", (components, expected) => {
    expect(weightedScore(components)).toBe(expected);
  });
});
