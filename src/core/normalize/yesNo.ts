import { compactText } from "../text";
import type { Cell } from "../model/cell";
import { FAILED, MISSING, type Parsed } from "./parsed";

const YES = new Set([
  "是",
  "√",
  "✓",
  "✔",
  "☑",
  "对",
  "有",
  "已",
  "y",
  "yes",
  "true",
  "1",
  "已销号",
  "销号",
  "已完成",
  "完成",
]);
const NO = new Set([
  "否",
  "×",
  "✗",
  "✘",
  "x",
  "☐",
  "不",
  "无",
  "没有",
  "未",
  "n",
  "no",
  "false",
  "0",
  "未销号",
  "未完成",
]);

/** 是/否, √/×, 有/无 and the like. In a yes/no column 无 answers "no", it is not a missing value. */
export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (cell === null) return MISSING;
  if (typeof cell === "boolean") return { ok: true, value: cell };
  if (typeof cell === "number")
    return cell === 1
      ? { ok: true, value: true }
      : cell === 0
        ? { ok: true, value: false }
        : FAILED;
  const text = compactText(cell).toLowerCase();
  if (text === "" || text === "-" || text === "/" || text === "—") return MISSING;
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return FAILED;
}
