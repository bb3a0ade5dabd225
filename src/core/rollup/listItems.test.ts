import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listItems } from "./listItems";

/** listItems as first written (matchAll, an object per marker): the reference for the one in use. */
function plainListItems(text: string): string[] {
  const marker = new RegExp(
    `[(（]\\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|(?:^|[\\s；;。，,：:])(?:\\d{1,2}[.．、)）](?!\\d)|[一二三四五六七八九十]{1,2}、|[一二三四五六七八九十]{1,2}是|[其第][一二三四五六七八九十]{1,2}[，,、：:])`,
    "gu",
  );
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const starts: Array<{ at: number; end: number }> = [];
  for (const match of trimmed.matchAll(marker)) {
    const lead = /^[\s；;。，,：:]/.test(match[0]) ? 1 : 0;
    starts.push({ at: (match.index ?? 0) + lead, end: (match.index ?? 0) + match[0].length });
  }
  if (starts.length < 2 && !(starts.length === 1 && starts[0]?.at === 0)) return [trimmed];
  const items: string[] = [];
  const head = trimmed.slice(0, starts[0]?.at ?? 0).trim();
  if (head !== "" && !/[：:]$/.test(head)) items.push(head);
  starts.forEach((start, index) => {
    const next = starts[index + 1]?.at ?? trimmed.length;
    const item = trimmed.slice(start.end, next).replace(/^\s+|[\s；;。，,]+$/g, "");
    if (item !== "") items.push(item);
  });
  return items;
}

// Text made of markers, separators and words, so that most strings hold a list of some kind.
const listText = fc
  .array(
    fc.constantFrom(
      "1.",
      "2、",
      "10)",
      "（3）",
      "(4)",
      "①",
      "⑳",
      "一、",
      "二是",
      "其三，",
      "第四：",
      "唯一是",
      "；",
      ";",
      "。",
      "，",
      ",",
      "：",
      " ",
      "\n",
      "\u3000",
      // The other spaces \s matches, which the items' ends are trimmed of as well.
      "\t",
      "\u00a0",
      "\u2003",
      "\u202f",
      "\ufeff",
      "\u2028",
      "2.5万元",
      "学习不够",
      "人员不足",
      "a",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("listItems", () => {
  it.each([
    ["思想认识不到位", ["思想认识不到位"]],
    ["1.思想认识不到位；2.人员力量不足", ["思想认识不到位", "人员力量不足"]],
    ["1、学习不够\n2、制度缺失\n3、监督乏力", ["学习不够", "制度缺失", "监督乏力"]],
    ["①理念滞后②人才流失", ["理念滞后", "人才流失"]],
    ["（1）办案不规范（2）质量不高", ["办案不规范", "质量不高"]],
    ["一、班子弱；二、队伍老", ["班子弱", "队伍老"]],
    ["经费缺口2.5万元", ["经费缺口2.5万元"]],
    ["主要原因：1.年龄偏大 2.编制少", ["年龄偏大", "编制少"]],
    ["问题一：学习不够", ["问题一：学习不够"]],
    ["1.学习不够", ["学习不够"]],
    ["一是思想不重视；二是人员不足；三是机制不健全", ["思想不重视", "人员不足", "机制不健全"]],
    ["主要原因：一是班子弱，二是队伍老。", ["班子弱", "队伍老"]],
    ["其一，经费紧张；其二，人手不够", ["经费紧张", "人手不够"]],
    ["第一，理念滞后；第二，方法单一", ["理念滞后", "方法单一"]],
    ["唯一是人员不足", ["唯一是人员不足"]],
    ["   ", []],
  ])("%j → %j", (text, expected) => {
    expect(listItems(text)).toEqual(expected);
  });
});

describe("listItems, on random lists", () => {
  it("splits as the plain matchAll version does", () => {
    fc.assert(
      fc.property(listText, (text) => {
        expect(listItems(text)).toEqual(plainListItems(text));
      }),
      { numRuns: 2000 },
    );
  });
});
