import type { Cell } from "../model/cell";
import { cellText, compactText, isEmptyCell } from "../text";

export type RowClass = "data" | "blank" | "total" | "footer";

/** A row the reader left out of `rows`, and why. */
export interface SkippedRow {
  /** Physical 1-based row. */
  rowNumber: number;
  /**
   * section: a heading over the rows below (一、队伍方面（6项）), their category. header: the
   * header typed again inside the data (under a page break, over a pasted block).
   */
  reason: "blank" | "total" | "footer" | "section" | "header";
  /** First filled cell (合计, 注：…, 一、队伍方面（6项）), "" for blank rows. */
  text: string;
}

/** Footer lines start with one of these words and a colon (注 also with a number). */
const FOOTER_WORDS = [
  "注",
  "备注",
  "说明",
  "填表人",
  "审核人",
  "制表人",
  "填报人",
  "联系人",
  "联系电话",
  "负责人",
  "单位负责人",
  "审批人",
  "统计人",
  "填表日期",
  "填报日期",
  "报送日期",
  "制表",
  "审核",
  "填表",
  "填报",
  "附",
  "附件",
  "填表说明",
];
/** Total rows are labelled with one of these words, alone or before a colon or bracket. */
const TOTAL_WORDS = [
  "合计",
  "小计",
  "总计",
  "院均",
  "平均",
  "累计",
  "共计",
  "总数",
  "全省合计",
  "全市合计",
  "全州合计",
];
/** A form's end: 以下空白 and its kin, printed under the last row so nothing can be added. */
const BLANK_BELOW = "^[(（]?以下(?:空白|无内容|无正文)";
/** A total of a scope: 全县合计, 全院合计, 本页小计, 本月合计. */
const TOTAL_SCOPE = "(?:全[省市州县区院旗盟]|本[页月年期]|本季度)?";
export const FOOTER = new RegExp(
  `^(${FOOTER_WORDS.join("|")})(?:签字|签名|签章)?[:：]|^注\\d*[、.:：]|${BLANK_BELOW}`,
);
export const TOTAL = new RegExp(`^${TOTAL_SCOPE}(${TOTAL_WORDS.join("|")})(?:$|[:：(（])`);
/**
 * First characters of every footer and total word, by their low ten bits: each slot holds the one
 * marker character that falls in it (or SHARED when two do), and a first character that is not
 * its slot's marker skips the patterns. A 4 KB table stays in cache (a table over all 64K code
 * units missed it on every row); holding the character, not a mark, keeps the office names and
 * numbers that share a slot with a marker (若 with 以, 第 with 本) off the slow path.
 */
const MARKER_SLOTS = 0x3ff;
const SHARED = 0xffffffff;
const MARKER_STARTS = new Uint32Array(MARKER_SLOTS + 1);
function mark(code: number) {
  const slot = code & MARKER_SLOTS;
  const held = MARKER_STARTS[slot]!;
  MARKER_STARTS[slot] = held === 0 || held === code + 1 ? code + 1 : SHARED;
}
for (const word of [...FOOTER_WORDS, ...TOTAL_WORDS, "本", "以", "(", "（"])
  mark(word.charCodeAt(0));
// Leading white space hides the marker: let those rows take the slow path too.
for (const code of [0x09, 0x0a, 0x0d, 0x20, 0xa0, 0x3000]) mark(code);
/** Whether a cell starting with `code` may be a footer or total label. */
function mayMark(code: number): boolean {
  const held = MARKER_STARTS[code & MARKER_SLOTS]!;
  return held === code + 1 || held === SHARED;
}
/** Totals are labelled in the first few filled cells of the row. */
const TOTAL_LOOKAHEAD = 3;

/** A row below the header: data, a blank separator, a 合计/小计 row or the footer that ends the table. */
export function classifyRow(row: Cell[] | undefined, width: number): RowClass {
  if (!row) return "blank";
  let seen = 0;
  const end = Math.max(width, row.length);
  for (let c = 0; c < end; c++) {
    const cell = row[c];
    if (isEmptyCell(cell)) continue;
    if (typeof cell === "string" && seen < TOTAL_LOOKAHEAD && mayMark(cell.charCodeAt(0))) {
      const text = compactText(cell);
      if (seen === 0 && FOOTER.test(text)) return "footer";
      if (TOTAL.test(text)) return "total";
    }
    seen += 1;
    if (seen >= TOTAL_LOOKAHEAD) return "data";
  }
  return seen === 0 ? "blank" : "data";
}

/** First filled cell's text, kept with skipped rows so a user sees what was left out. */
export function rowSummary(row: Cell[] | undefined): string {
  const first = row?.find((c) => !isEmptyCell(c));
  return first === undefined ? "" : cellText(first);
}
