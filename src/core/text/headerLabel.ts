import { toHalfWidth } from "./halfWidth";

/** A header label reduced for matching, with the unit it carried in brackets, if any. */
export interface HeaderLabel {
  /** The key compared with titles and synonyms: half-width, no spaces, brackets, marks. */
  key: string;
  /** 万元, 元, %, 件… taken from （万元） or (单位：元). */
  unit?: string;
}

const BRACKETED = /[([【{<《]([^)\]】}>》]*)[)\]】}>》]/g;
const UNIT_IN_BRACKETS = /^(?:单位[:：]?)?\s*(亿元|万元|千元|元|%|％|件|个|人|名|条|次|项)$/;
const MARKS = /[*※★☆:：,，.。、;；!！?？"'“”‘’`·_\-—]/g;

/**
 * 完成时限\n（计划） → 完成时限; 金额（万元） → 金额 with unit 万元; “* 院名称：” → 院名称.
 * Brackets that are not a unit are dropped too: they hold notes such as （是/否）.
 */
export function headerLabel(text: string): HeaderLabel {
  const half = toHalfWidth(text).replace(/\s+/g, "");
  let unit: string | undefined;
  const key = half
    .replace(BRACKETED, (_whole, inner: string) => {
      const match = UNIT_IN_BRACKETS.exec(inner);
      if (match?.[1]) unit = match[1] === "％" ? "%" : match[1];
      return "";
    })
    .replace(MARKS, "")
    .toLowerCase();
  return unit === undefined ? { key } : { key, unit };
}
