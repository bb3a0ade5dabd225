import type { Cell } from "../model/cell";
import { chineseNumeralsToDigits, compactText, displayText, isEmptyCell } from "../text";

/** A heading row inside a ledger (Sichuan style): 一、队伍方面（6项）. */
export interface SectionHeading {
  /** The heading as typed (punctuation kept). */
  text: string;
  /** The category it names: 队伍方面 (the numbering and the count taken off). */
  category: string;
  /** The count the heading states (6 in 队伍方面（6项）), if any. */
  stated?: number;
  /** The unit of that count: 项, 个, 条, 件. */
  unit?: string;
}

const NUMBERED =
  /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十\d]+(?:部分|类|方面|项)[、:,]?)(.+)$/;
const COUNTED = /\((?:共|计)?(\d+|[一二三四五六七八九十]+)(项|个|条|件|类)?\)$/;
/** Headings are short: a long single-cell row is text, not a heading. */
const MAX_LENGTH = 40;
/** The heading stands in one of the first columns (merged across the table, or in A alone). */
const MAX_COLUMN = 1;

/**
 * The heading a row holds, or null: a row whose only filled cell (in the first two columns) is
 * numbered like a 公文 heading (一、 （一） 第一部分) or ends with a stated count (队伍方面（6项）).
 * A measure's continuation row with one filled cell stands further right, and numbered text in a
 * data cell comes with other cells filled: neither is a heading.
 */
export function sectionHeading(row: Cell[] | undefined): SectionHeading | null {
  if (!row) return null;
  let at = -1;
  for (let c = 0; c < row.length; c++) {
    if (isEmptyCell(row[c])) continue;
    if (at >= 0 || c > MAX_COLUMN) return null;
    at = c;
  }
  const cell = row[at];
  if (typeof cell !== "string") return null;
  const compact = compactText(cell);
  // A heading is a phrase: a cell with sentences (；。) is a problem's text.
  if (compact.length > MAX_LENGTH || /[;。]/.test(compact)) return null;
  const numbered = NUMBERED.exec(compact);
  const counted = COUNTED.exec(compact);
  if (!numbered && !counted) return null;
  const body = (numbered?.[1] ?? compact).replace(COUNTED, "").replace(/[:：,，。]+$/, "");
  if (body === "") return null;
  const heading: SectionHeading = { text: displayText(cell), category: body };
  if (counted?.[1] !== undefined) {
    heading.stated = Number(chineseNumeralsToDigits(counted[1]));
    if (counted[2] !== undefined) heading.unit = counted[2];
  }
  return heading;
}
