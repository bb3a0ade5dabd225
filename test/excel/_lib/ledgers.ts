/** Ledger sheets the Excel tests start from: a problem ledger as offices really keep it. */
import type { Cell, SheetInput } from "../../../src/core/model/cell";
import { readLedger } from "../../../src/core/read";
import { locate } from "../../../src/core/plan/locate";
import type { LocatedLedger } from "../../../src/core/plan/inputs";

export const PROBLEM_HEADER = [
  "问题编号",
  "院名称",
  "问题描述",
  "整改措施",
  "责任人",
  "完成时限",
  "进展状态",
  "完成时间",
];
/** 0-based columns of the header above. */
export const COL = {
  office: 1,
  problem: 2,
  measure: 3,
  person: 4,
  deadline: 5,
  status: 6,
  doneDate: 7,
} as const;

/** The strings that must never become formulas when copied from user cells. */
export const INJECTIONS = [
  '=HYPERLINK("http://evil.example","点我")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "-1+2",
];

const STATUSES = ["已完成", "推进中", "未启动", "已完成（6月）", "正在推进", "已销号", "未完成"];
const OFFICES = ["阿坝县院", "甘洛县院", "响水县院", "长汀县院"];

/** A title row, the header, then `rows` measures; deadlines are date serials unless `textDeadlines`. */
export function problemSheet(
  rows: number,
  options: { textDeadlines?: boolean; name?: string } = {},
): SheetInput {
  const values: Cell[][] = [["XX院问题整改台账"], [...PROBLEM_HEADER]];
  const formats: string[][] = [[], []];
  for (let i = 0; i < rows; i++) {
    const deadlineSerial = 44_300 + ((i * 7) % 150);
    const status = STATUSES[i % STATUSES.length] ?? "未启动";
    const done = status.startsWith("已完成") ? deadlineSerial + ((i % 3) - 1) * 5 : null;
    values.push([
      `P${i + 1}`,
      OFFICES[i % OFFICES.length] ?? "",
      i < INJECTIONS.length ? (INJECTIONS[i] ?? "") : `问题${i + 1}`,
      `措施${i + 1}`,
      `责任人${i % 5}`,
      options.textDeadlines && i % 2 === 0 ? serialToZh(deadlineSerial) : deadlineSerial,
      status,
      done,
    ]);
    formats.push([
      "General",
      "General",
      "General",
      "General",
      "General",
      "yyyy-mm-dd",
      "General",
      "yyyy-mm-dd",
    ]);
  }
  return { name: options.name ?? "问题整改", values, numberFormats: formats };
}

export function serialToZh(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function readProblem(sheet: SheetInput): LocatedLedger {
  return locate(readLedger(sheet, { kind: "problem", contextYear: 2021 }));
}
