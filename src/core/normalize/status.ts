import { compactText } from "../text";
import type { Cell } from "../model/cell";
import {
  CLOSED_PREFIXES,
  DONE_PREFIXES,
  IN_PROGRESS_PREFIXES,
  LEAD_END_MARKS,
  NOT_STARTED_EXACT,
  NOT_STARTED_PREFIXES,
} from "./statusWords";
import type { Status } from "../model/ledger";
import { FAILED, MISSING, isMissingWord, type Parsed } from "./parsed";

/**
 * How a status cell is read, tried in order on its leading phrase (the text before the first
 * bracket or punctuation mark, so 已完成（6月中旬） is read by 已完成):
 *   1. a phrase ending in 中 is under way, whatever it starts with: 协调解决中, 完成中, 整改中;
 *   2. negatives (未完成 contains 完成): not started;
 *   3. 销号 in any of its forms (已验收销号): closed, its own state, never merged with done;
 *   4. a percentage of completion: 100% done, 0% not started, anything between under way
 *      (已完成80% is not done);
 *   5. progress words (已启动, 按序时推进, 长期坚持): under way;
 *   6. done words (整改完毕, 立行立改, √ in a 是否完成 column): done.
 */
const UNDER_WAY = /中$/;
const NOT_STARTED = prefixTest(NOT_STARTED_PREFIXES, NOT_STARTED_EXACT);
const CLOSED = prefixTest(CLOSED_PREFIXES);
const PERCENT = /(\d+(?:\.\d+)?)%/;
const IN_PROGRESS = prefixTest(IN_PROGRESS_PREFIXES);
const DONE = prefixTest(DONE_PREFIXES);
const LEAD_END = new RegExp(`[${LEAD_END_MARKS.map(escape).join("")}]`);

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

/** A test that a text starts with one of `prefixes` or is one of `exact`. */
function prefixTest(prefixes: readonly string[], exact: readonly string[] = []): RegExp {
  const alternatives = [...prefixes.map(escape), ...exact.map((e) => `${escape(e)}$`)];
  return new RegExp(`^(${alternatives.join("|")})`);
}

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

function byPercent(percent: number): Status {
  return percent >= 100 ? "done" : percent <= 0 ? "notStarted" : "inProgress";
}

/**
 * Extra text after the state word (已完成（6月）, 正在推进，完成60%) does not change it. A word
 * none of the rules knows is a failure (a type-error at its cell), never a guess.
 */
export function parseStatus(cell: Cell): Parsed<Status> {
  if (cell === null) return MISSING;
  if (typeof cell !== "string") return FAILED;
  const exact = COMMON_STATUS_WORDS.get(cell);
  if (exact !== undefined) return { ok: true, value: exact };
  const text = compactText(cell).toLowerCase();
  if (text === "" || isMissingWord(text)) return MISSING;
  const end = text.search(LEAD_END);
  const lead = end <= 0 ? text : text.slice(0, end);
  if (UNDER_WAY.test(lead) && !NOT_STARTED.test(lead)) return { ok: true, value: "inProgress" };
  if (NOT_STARTED.test(lead)) return { ok: true, value: "notStarted" };
  if (CLOSED.test(lead)) return { ok: true, value: "closed" };
  const percent = PERCENT.exec(lead);
  if (percent?.[1] !== undefined) return { ok: true, value: byPercent(Number(percent[1])) };
  if (IN_PROGRESS.test(lead)) return { ok: true, value: "inProgress" };
  if (DONE.test(lead)) return { ok: true, value: "done" };
  return FAILED;
}
