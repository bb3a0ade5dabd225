import { compactText } from "../text";
import type { Cell } from "../model/cell";
import type { Status } from "../model/ledger";
import { FAILED, MISSING, isMissingWord, type Parsed } from "./parsed";

/**
 * Leading words → state, tried in order: negatives first (未完成 contains 完成), then 已销号
 * (closed is its own state, never done), then progress, then done.
 */
const STATUS_WORDS: ReadonlyArray<readonly [RegExp, Status]> = [
  [/^(未完成|未启动|未开始|未办理|未落实|未整改|尚未|没有|未|否|待启动|待办)/, "notStarted"],
  [/^(已销号|销号|已销账|销账)/, "closed"],
  [
    /^(正在推进|推进中|进行中|办理中|正在办理|正在|整改中|落实中|实施中|持续推进|持续整改|部分完成|基本完成|初步完成|阶段性完成|帮扶中|在办|推进)/,
    "inProgress",
  ],
  [
    /^(已完成|完成|已办结|办结|已整改|整改完成|已落实|落实|已答复|答复|已协调解决|协调解决|已解决|解决|已脱薄|已办理|是)/,
    "done",
  ],
];

/** Exact words seen most often, answered without regular expressions (the row sweep's fast path too). */
export const COMMON_STATUS_WORDS: ReadonlyMap<string, Status> = new Map<string, Status>([
  ["已完成", "done"],
  ["完成", "done"],
  ["已办结", "done"],
  ["已销号", "closed"],
  ["正在推进", "inProgress"],
  ["推进中", "inProgress"],
  ["进行中", "inProgress"],
  ["办理中", "inProgress"],
  ["未完成", "notStarted"],
  ["未启动", "notStarted"],
  ["未开始", "notStarted"],
]);

/** Extra text after the state word (已完成（6月）, 正在推进，完成60%) does not change it. */
export function parseStatus(cell: Cell): Parsed<Status> {
  if (cell === null) return MISSING;
  if (typeof cell !== "string") return FAILED;
  const exact = COMMON_STATUS_WORDS.get(cell);
  if (exact !== undefined) return { ok: true, value: exact };
  const text = compactText(cell);
  if (text === "" || isMissingWord(text)) return MISSING;
  for (const [words, status] of STATUS_WORDS)
    if (words.test(text)) return { ok: true, value: status };
  return FAILED;
}
