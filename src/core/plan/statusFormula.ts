// The reading of a status cell as an Excel formula: the same rules, over the same word lists, as
// the reader's parseStatus (core/normalize/status.ts), so the live flag column agrees with the
// summary whatever a colleague types later — 已办结, 协调解决中, 已完成80%, "已完成（7月）\n".
// It needs nothing newer than Excel 2013: array constants are evaluated element by element in an
// ordinary cell (no Ctrl+Shift+Enter, no LET).
import {
  CLOSED_PREFIXES,
  DONE_PREFIXES,
  IN_PROGRESS_PREFIXES,
  LEAD_END_MARKS,
  NOT_STARTED_EXACT,
  NOT_STARTED_PREFIXES,
} from "../normalize/statusWords";
import { MISSING_WORDS } from "../normalize/parsed";

/** What the 状态判定 column shows for each state the reader tells apart. */
export const STATUS_READINGS = {
  done: "已完成",
  inProgress: "正在推进",
  notStarted: "未完成",
  closed: "已销号",
  unknown: "无法识别",
} as const;

export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function array(items: readonly string[]): string {
  return `{${items.map(quote).join(",")}}`;
}

/** TRUE when `text` starts with one of `prefixes` (each listed once: FIND gives 1 for a prefix). */
function startsWithAny(text: string, prefixes: readonly string[]): string {
  return `SUMPRODUCT(--(IFERROR(FIND(${array(prefixes)},${text}),0)=1))>0`;
}

/**
 * The 状态判定 formula (R1C1) over the status cell `statusRef`: 已完成, 正在推进, 未完成, 已销号,
 * 无法识别, or empty for an empty status (or one that says there is none: 无, —, /).
 */
export function statusReadingFormula(statusRef: string): string {
  const marks = LEAD_END_MARKS.join("");
  // The text as the reader compacts it: half-width (ASC; the ideographic space becomes a space),
  // without line breaks and tabs (CLEAN), spaces or no-break spaces, lower case.
  const t = `LOWER(SUBSTITUTE(SUBSTITUTE(CLEAN(ASC(${statusRef}&""))," ",""),UNICHAR(160),""))`;
  // The leading phrase ends before the first bracket or punctuation mark (the whole text when it
  // starts with one, as the reader does). A prefix of the text is a prefix of the phrase (no
  // status word holds a mark), so the word tests read the text itself; only what the phrase
  // ends with, the exact x and a percentage need where it ends.
  const mark = `MIN(FIND(${array(LEAD_END_MARKS)},${t}&${quote(marks)}))`;
  const lastOfLead = `IF(${mark}=1,RIGHT(${t},1),MID(${t},${mark}-1,1))`;
  const leadIsX = NOT_STARTED_EXACT.map(
    (x) => `OR(${t}=${quote(x)},AND(${mark}=${x.length + 1},LEFT(${t},${x.length})=${quote(x)}))`,
  ).join(",");
  const notStarted = `OR(${startsWithAny(t, NOT_STARTED_PREFIXES)},${leadIsX})`;
  // A percentage in the phrase: the number just before its first %.
  // The else is "" (not IF's FALSE): LibreOffice and WPS hold FALSE as the number 0, which
  // ISNUMBER would take for a percentage of 0 and read every plain status as 未完成.
  const percent = `IF(FIND("%",${t}&"%")<IF(${mark}=1,LEN(${t})+1,${mark}),LOOKUP(1E+100,--MID(${t},FIND("%",${t}&"%")-{1,2,3,4,5,6},{1,2,3,4,5,6})),"")`;
  const r = STATUS_READINGS;
  const byPercent = `IF(${percent}>=100,${quote(r.done)},IF(${percent}<=0,${quote(r.notStarted)},${quote(r.inProgress)}))`;
  // Tried in the reader's order: 未… before …中 (未完成 is not under way), then 销号, a
  // percentage, progress words, done words; anything else cannot be read.
  return (
    // Equality over the array, not MATCH: MATCH reads a typed ? or * as a wildcard.
    `=IF(OR(${t}="",OR(${t}=${array([...MISSING_WORDS])})),"",` +
    `IF(${notStarted},${quote(r.notStarted)},` +
    `IF(${lastOfLead}="中",${quote(r.inProgress)},` +
    `IF(${startsWithAny(t, CLOSED_PREFIXES)},${quote(r.closed)},` +
    `IF(ISNUMBER(${percent}),${byPercent},` +
    `IF(${startsWithAny(t, IN_PROGRESS_PREFIXES)},${quote(r.inProgress)},` +
    `IF(${startsWithAny(t, DONE_PREFIXES)},${quote(r.done)},${quote(r.unknown)})))))))`
  );
}
