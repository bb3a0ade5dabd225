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
 * cause cell of a province's problems, so each item is cut as the exec loop finds the marker
 * after it (matchAll made an iterator result and an object per marker).
 */
export function listItems(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const items: string[] = [];
  let markers = 0;
  let firstAt = 0;
  // Where the text of the item being read begins: just after its marker.
  let itemFrom = 0;
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(trimmed); match !== null; match = MARKER.exec(trimmed)) {
    // A separator matched before a marker is not part of the marker: the item ends before it.
    const at = match.index + (LEADING_SEPARATOR.test(match[0]) ? 1 : 0);
    if (markers === 0) {
      firstAt = at;
      // Text before the first marker is an item too, unless it only introduces the list
      // ("主要原因：").
      const head = trimmed.slice(0, at).trim();
      if (head !== "" && !/[：:]$/.test(head)) items.push(head);
    } else pushItem(items, trimmed, itemFrom, at);
    markers++;
    itemFrom = match.index + match[0].length;
  }
  if (markers < 2 && !(markers === 1 && firstAt === 0)) return [trimmed];
  pushItem(items, trimmed, itemFrom, trimmed.length);
  return items;
}

/**
 * The item text[from, to) without the spaces before it and the spaces and punctuation after it,
 * if any is left: the bounds are found first and the item cut once (a slice and a regular-
 * expression replace made two strings per item, and every cause cell of a province is listed).
 */
function pushItem(items: string[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
  if (end > start) items.push(text.slice(start, end));
}

/** What `\s` matches: ECMAScript's white space and line terminators. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A space or the punctuation that ends an item: ；;。，, */
function isTrailing(code: number): boolean {
  return (
    isSpace(code) ||
    code === 0xff1b ||
    code === 0x3b ||
    code === 0x3002 ||
    code === 0xff0c ||
    code === 0x2c
  );
}
