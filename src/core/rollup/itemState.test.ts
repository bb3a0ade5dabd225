import { describe, expect, it } from "vitest";
import { testLedger } from "../../../test/summary/testLedger";
import { itemStateReader, type ItemState } from "./itemState";

const fields: Array<[string, "status" | "deadline" | "doneDate" | "closed" | "closedDate"]> = [
  ["status", "status"],
  ["deadline", "deadline"],
  ["doneDate", "doneDate"],
  ["closed", "closed"],
  ["closedDate", "closedDate"],
];

function stateOf(values: Array<string | boolean | null>, asOf = "2021-06-30"): ItemState {
  const ledger = testLedger("problem", fields, [values]);
  const row = ledger.rows[0];
  if (row === undefined) throw new Error("no row");
  return itemStateReader(ledger, asOf)(row);
}

const base: ItemState = {
  status: "notStarted",
  deadline: null,
  openEnded: false,
  dueAtOnce: false,
  doneDate: null,
  overdue: false,
  daysLeft: null,
  doneLate: false,
};

describe("itemStateReader", () => {
  it.each<[string, Array<string | boolean | null>, ItemState]>([
    [
      "in progress, due later",
      ["inProgress", "2021-07-10", null, null, null],
      { ...base, status: "inProgress", deadline: "2021-07-10", daysLeft: 10 },
    ],
    [
      "not started, overdue",
      ["notStarted", "2021-06-01", null, null, null],
      { ...base, deadline: "2021-06-01", daysLeft: -29, overdue: true },
    ],
    [
      "due on the as-of date is not overdue",
      ["inProgress", "2021-06-30", null, null, null],
      { ...base, status: "inProgress", deadline: "2021-06-30", daysLeft: 0 },
    ],
    [
      "done late",
      ["done", "2021-05-31", "2021-06-10", null, null],
      { ...base, status: "done", deadline: "2021-05-31", doneDate: "2021-06-10", doneLate: true },
    ],
    [
      "done on time",
      ["done", "2021-05-31", "2021-05-20", null, null],
      { ...base, status: "done", deadline: "2021-05-31", doneDate: "2021-05-20" },
    ],
    [
      "closed by the 销号 column",
      ["done", "2021-05-31", "2021-05-20", true, null],
      { ...base, status: "closed", deadline: "2021-05-31", doneDate: "2021-05-20" },
    ],
    [
      "closed by its date",
      ["done", null, "2021-05-20", null, "2021-06-15"],
      { ...base, status: "closed", doneDate: "2021-05-20" },
    ],
    [
      "closed after as-of is still done",
      ["closed", null, "2021-05-20", null, "2021-07-15"],
      { ...base, status: "done", doneDate: "2021-05-20" },
    ],
    [
      "done after as-of was in progress then",
      ["done", "2021-06-20", "2021-07-05", null, null],
      {
        ...base,
        status: "inProgress",
        deadline: "2021-06-20",
        doneDate: "2021-07-05",
        daysLeft: -10,
        overdue: true,
      },
    ],
    [
      "a status word left as text",
      ["已完成（6月）", null, null, null, null],
      { ...base, status: "done" },
    ],
    [
      "no status but a done date",
      [null, null, "2021-03-01", null, null],
      { ...base, status: "done", doneDate: "2021-03-01" },
    ],
    [
      "open-ended deadline never overdue",
      ["inProgress", "长期坚持", null, null, null],
      { ...base, status: "inProgress", openEnded: true },
    ],
  ])("%s", (_name, values, expected) => {
    expect(stateOf(values)).toEqual(expected);
  });
});
