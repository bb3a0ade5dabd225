import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { canonicalCategory } from "./dimensions";
import { officeRegistry } from "./officeRegistry";
import { rollup, totalsOf } from "./rollup";

const problemFields: Array<
  [
    string,
    "office" | "problemId" | "problem" | "cause" | "measure" | "status" | "deadline" | "category",
  ]
> = [
  ["office", "office"],
  ["no", "problemId"],
  ["category", "category"],
  ["problem", "problem"],
  ["cause", "cause"],
  ["measure", "measure"],
  ["status", "status"],
  ["deadline", "deadline"],
];

// Two offices; 甲院's problem 1 spans three measure rows with its cells merged (empty below).
const problems = testLedger("problem", problemFields, [
  ["甲院", 1, "队伍", "人才断档", "1.招录难；2.留人难", "定向招录", "done", "2021-05-01"],
  [null, null, null, null, null, "服务年限", "inProgress", "2021-06-01"],
  [null, null, null, null, null, "轮岗交流", "notStarted", "2021-08-01"],
  ["甲院", 2, "业务", "办案不规范", "制度不健全", "建章立制", "closed", "2021-04-01"],
  ["乙院", 1, "队伍", "人才断档", "①招录难②待遇低③编制少", "争取编制", "inProgress", "2021-09-01"],
]);

describe("rollup", () => {
  it("counts problems and causes distinct and measures per row, per office", () => {
    const result = rollup(
      [problems],
      {
        groupBy: ["office"],
        measures: {
          problems: { fn: "problems" },
          causes: { fn: "causes" },
          measures: { fn: "count" },
          completionRate: { fn: "completionRate" },
          overdue: { fn: "overdue" },
        },
      },
      { asOf: "2021-06-30" },
    );
    const values = result.groups.map((group) => ({
      key: group.key,
      ...Object.fromEntries(Object.entries(group.figures).map(([k, f]) => [k, f.value])),
    }));
    expect(values).toEqual([
      {
        key: { office: "甲院" },
        problems: 2,
        causes: 3,
        measures: 4,
        completionRate: 0.5,
        overdue: 1,
      },
      {
        key: { office: "乙院" },
        problems: 1,
        causes: 3,
        measures: 1,
        completionRate: 0,
        overdue: 0,
      },
    ]);
  });

  it("traces every figure to its rows", () => {
    const totals = totalsOf(
      [problems],
      { measures: { overdue: { fn: "overdue" }, closed: { fn: "closed" } } },
      { asOf: "2021-06-30" },
    );
    expect(totals).toEqual({
      overdue: { value: 1, rows: [{ sheet: "problem", row: 4 }] },
      closed: { value: 1, rows: [{ sheet: "problem", row: 6 }] },
    });
  });

  it("lets the measure rows of a problem inherit its category", () => {
    const result = rollup(
      [problems],
      {
        groupBy: ["category"],
        measures: { problems: { fn: "problems" }, measures: { fn: "count" } },
      },
      { asOf: "2021-06-30" },
    );
    expect(
      result.groups.map((group) => [
        group.key.category,
        group.figures.problems?.value,
        group.figures.measures?.value,
      ]),
    ).toEqual([
      ["队伍", 2, 4],
      ["业务", 1, 1],
    ]);
  });

  it("groups by office × status", () => {
    const result = rollup(
      [problems],
      { groupBy: ["office", "status"], measures: { n: { fn: "count" } } },
      { asOf: "2021-06-30" },
    );
    expect(
      result.groups.map((group) => [group.key.office, group.key.status, group.figures.n?.value]),
    ).toEqual([
      ["甲院", "done", 1],
      ["甲院", "inProgress", 1],
      ["甲院", "notStarted", 1],
      ["甲院", "closed", 1],
      ["乙院", "inProgress", 1],
    ]);
  });

  it("sums funding, computes ratios and the fair 院均 and 人均 figures", () => {
    const registry = officeRegistry([
      testLedger(
        "office",
        [
          ["name", "office"],
          ["city", "city"],
          ["prosecutors", "prosecutors"],
        ],
        [
          ["甲院", "阿坝州", 10],
          ["乙院", "阿坝州", 5],
        ],
      ),
    ]);
    const review = testLedger(
      "review",
      [
        ["office", "office"],
        ["reviewed", "count"],
        ["flawed", "flawed"],
        ["bad", "unqualified"],
      ],
      [
        ["甲院", 100, 3, 1],
        ["乙院", 50, 2, null],
      ],
    );
    const result = rollup(
      [review],
      {
        groupBy: ["city"],
        measures: {
          reviewed: { fn: "sum", role: "count" },
          flawedRate: {
            fn: "ratio",
            numerator: { fn: "sum", roles: ["flawed", "unqualified"] },
            denominator: { fn: "sum", role: "count" },
          },
          perOffice: { fn: "perOffice", of: { fn: "sum", role: "count" } },
          perProsecutor: { fn: "perProsecutor", of: { fn: "sum", role: "count" } },
        },
      },
      { asOf: "2021-06-30", registry },
    );
    expect(
      result.groups.map((group) => [group.key, Object.values(group.figures).map((f) => f.value)]),
    ).toEqual([[{ city: "阿坝州" }, [150, 6 / 150, 75, 10]]]);
  });

  it("gives null for 人均 when an office's prosecutors are unknown", () => {
    const review = testLedger(
      "review",
      [
        ["office", "office"],
        ["reviewed", "count"],
      ],
      [["丙院", 30]],
    );
    const totals = totalsOf(
      [review],
      { measures: { p: { fn: "perProsecutor", of: { fn: "sum", role: "count" } } } },
      { asOf: "2021-06-30" },
    );
    expect(totals.p?.value).toBeNull();
  });

  it("buckets by quarter of the deadline", () => {
    const result = rollup(
      [problems],
      { groupBy: [{ dimension: "quarter", role: "deadline" }], measures: { n: { fn: "count" } } },
      { asOf: "2021-06-30" },
    );
    expect(result.groups.map((group) => [group.key.quarter, group.figures.n?.value])).toEqual([
      ["2021-Q2", 3],
      ["2021-Q3", 2],
    ]);
  });
});

describe("canonicalCategory", () => {
  it.each([
    ["队伍方面", "队伍"],
    ["队伍建设", "队伍"],
    ["纪律作风", "纪律作风"],
    ["检务保障方面", "检务保障"],
    ["业务", "业务"],
    ["类", "类"],
  ])("%s → %s", (text, expected) => {
    expect(canonicalCategory(text)).toBe(expected);
  });
});
