// A cause cell often holds several causes as a numbered list: "1.思想不重视；2.人员不足",
// "①…②…" or "一是……；二是……". Each item counts as one cause. Unnumbered text is one item.

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
// ① and (1) mark an item wherever they stand; 1. 1、 1） 一、 and the 公文 enumerations 一是……二是……,
// 其一，…… and 第一，…… only at the start of the cell or after a separator, so "2.5万元" stays one
// item and "唯一是" is no marker.
const SEPARATOR = "\\s；;。，,：:";
const NUMERAL = "[一二三四五六七八九十]{1,2}";
const MARKER = new RegExp(
  `[(（]\\d{1,2}[)）]|[${CIRCLED}]|(?:^|[${SEPARATOR}])(?:\\d{1,2}[.．、)）](?!\\d)|${NUMERAL}、|${NUMERAL}是|[其第]${NUMERAL}[，,、：:])`,
  "gu",
);

/** Where a separator before a marker is a character of its own: the item starts after it. */
const LEADING_SEPARATOR = new RegExp(`^[${SEPARATOR}]`);

/**
 * The items of a (possibly numbered) list cell, trimmed, empty ones dropped. Called for every
 * cause cell of a province's problems, so the markers are found with one exec loop into two
 * arrays of numbers (matchAll made an iterator result and an object per marker).
 */
export function listItems(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  // Each marker's item starts at starts[k] (the marker itself) and its text at ends[k].
  const starts: number[] = [];
  const ends: number[] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(trimmed); match !== null; match = MARKER.exec(trimmed)) {
    starts.push(match.index + (LEADING_SEPARATOR.test(match[0]) ? 1 : 0));
    ends.push(match.index + match[0].length);
  }
  if (starts.length < 2 && !(starts.length === 1 && starts[0] === 0)) return [trimmed];
  const items: string[] = [];
  // Text before the first marker is an item too, unless it only introduces the list ("主要原因：").
  const head = trimmed.slice(0, starts[0] ?? 0).trim();
  if (head !== "" && !/[：:]$/.test(head)) items.push(head);
  for (let k = 0; k < starts.length; k++) {
    const next = starts[k + 1] ?? trimmed.length;
    const item = trimmed.slice(ends[k], next).replace(/^\s+|[\s；;。，,]+$/g, "");
    if (item !== "") items.push(item);
  }
  return items;
}
