// The 状态判定 formula reads a status cell exactly as the reader does: for every status the
// reader knows (and many it does not), what Excel would show equals parseStatus's state.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseStatus } from "../../../src/core/normalize";
import {
  CLOSED_PREFIXES,
  DONE_PREFIXES,
  IN_PROGRESS_PREFIXES,
  NOT_STARTED_PREFIXES,
} from "../../../src/core/normalize/statusWords";
import { STATUS_READINGS, statusReadingFormula } from "../../../src/core/plan/statusFormula";
import { createFakeExcel, type FakeExcel } from "../../fakeExcel";

let fx: FakeExcel;
const FORMULA = statusReadingFormula("A1").replace(/^=/, "=");

beforeAll(async () => {
  fx = await createFakeExcel({
    workbook: { sheets: [{ name: "S", cells: [[null]] }], formulaEngine: "basic" },
  });
});

/** What the formula shows for a status cell, in the fake's engine. */
function shown(status: string | number | boolean | null): unknown {
  const sheet = fx.workbook.findSheet("S")!;
  const cell = sheet.cell(0, 0);
  cell.value = status === null ? "" : status;
  return fx.workbook.evaluateFormula(FORMULA, "S", "B1");
}

function expected(status: string | number | boolean | null): string {
  const parsed = parseStatus(status);
  if (!parsed.ok) return STATUS_READINGS.unknown;
  return parsed.value === null ? "" : STATUS_READINGS[parsed.value];
}

const WORDS = [
  ...NOT_STARTED_PREFIXES,
  ...CLOSED_PREFIXES.slice(0, 20),
  ...IN_PROGRESS_PREFIXES,
  ...DONE_PREFIXES,
  "x",
  "X",
  "无",
  "—",
  "/",
  "办好了",
  "协调解决中",
  "完成中",
];
const EXTRAS = [
  "",
  "（6月）",
  "(7月)",
  "，已报",
  "80%",
  "完成60%",
  "\n",
  " ",
  "　",
  "\u00a0",
  "。",
  "【注】",
];

/** How many arguments each IF( of the formula is given, text in quotes skipped. */
function ifArgumentCounts(formula: string): number[] {
  const counts: number[] = [];
  const open: { isIf: boolean; n: number }[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'))
        i += formula[i] === '"' ? 2 : 1;
      continue;
    }
    if (ch === "(" || ch === "{") {
      const name = /[A-Za-z_][\w.]*$/.exec(formula.slice(0, i))?.[0];
      open.push({ isIf: ch === "(" && name?.toUpperCase() === "IF", n: 1 });
    } else if (ch === "," && open.length > 0) open[open.length - 1]!.n++;
    else if (ch === ")" || ch === "}") {
      const call = open.pop();
      if (call?.isIf) counts.push(call.n);
    }
  }
  return counts;
}

describe("the 状态判定 formula", () => {
  it.each([
    ["已完成（6月）", "已完成"],
    ["正在推进，完成60%", "正在推进"],
    ["已完成80%", "正在推进"],
    ["完成100％", "已完成"],
    ["协调解决中", "正在推进"],
    ["未完成", "未完成"],
    ["已验收销号", "已销号"],
    ["已完成\n", "已完成"],
    ["　已办结 ", "已完成"],
    ["√", "已完成"],
    ["x", "未完成"],
    ["办好了", "无法识别"],
    ["无", ""],
    [null, ""],
    [42, "无法识别"],
    // MATCH would read ? and * as wildcards (matching 无): a typed ? is no empty mark.
    ["?", "无法识别"],
    ["*", "无法识别"],
    ["~", "无法识别"],
  ])("reads %j as %j", (status, reading) => {
    expect(shown(status)).toBe(reading);
    expect(expected(status)).toBe(reading);
  });

  it("agrees with the reader on any word with anything after it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS),
        fc.constantFrom(...EXTRAS),
        fc.constantFrom("", " ", "　"),
        (word, extra, pad) => {
          const status = `${pad}${word}${extra}`;
          expect(shown(status)).toBe(expected(status));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives every IF an else: LibreOffice and WPS hold IF's FALSE as 0, a number to ISNUMBER", () => {
    expect(ifArgumentCounts(FORMULA).length).toBeGreaterThan(5);
    expect(ifArgumentCounts(FORMULA).filter((n) => n < 3)).toEqual([]);
  });

  it("stays within Excel's limits: 8,192 characters, text constants of 255", () => {
    expect(FORMULA.length).toBeLessThan(8_192);
    for (const m of FORMULA.matchAll(/"((?:[^"]|"")*)"/g))
      expect((m[1] ?? "").length).toBeLessThanOrEqual(255);
  });
});
