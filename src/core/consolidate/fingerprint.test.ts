import { describe, expect, it } from "vitest";
import type { SheetInput } from "../model";
import { contentFingerprint } from "./fingerprint";

const sheet = (name: string, values: SheetInput["values"]): SheetInput => ({ name, values });

describe("contentFingerprint", () => {
  const base = [
    sheet("台账", [
      ["问题编号", "院名称"],
      ["WT-1", "阿坝县院"],
      [44300, true],
    ]),
  ];

  it("is the same for the same cells, whatever the sheet names, trailing empties or empty sheets", () => {
    const same = [
      sheet("五月", [["问题编号", "院名称", null], ["WT-1", "阿坝县院", ""], [44300, true], []]),
      sheet("空", [[null]]),
    ];
    expect(contentFingerprint(same)).toBe(contentFingerprint(base));
    expect(contentFingerprint(base)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes with any value, its type or its place", () => {
    const variants: SheetInput["values"][] = [
      [
        ["问题编号", "院名称"],
        ["WT-2", "阿坝县院"],
        [44300, true],
      ],
      [
        ["问题编号", "院名称"],
        ["WT-1", "阿坝县院"],
        ["44300", true],
      ],
      [
        ["问题编号", "院名称"],
        ["WT-1", null, "阿坝县院"],
        [44300, true],
      ],
      [
        ["问题编号", "院名称"],
        ["WT-1", "阿坝县院"],
        [44300, false],
      ],
    ];
    const prints = new Set(variants.map((v) => contentFingerprint([sheet("台账", v)])));
    prints.add(contentFingerprint(base));
    expect(prints.size).toBe(variants.length + 1);
  });

  it("tells sheets apart: the same cells split over two sheets are other content", () => {
    const split = [
      sheet("a", [["问题编号", "院名称"]]),
      sheet("b", [[], ["WT-1", "阿坝县院"], [44300, true]]),
    ];
    expect(contentFingerprint(split)).not.toBe(contentFingerprint(base));
  });

  it("leaves out what Taizhang wrote: its summary sheets and the flag columns it added", () => {
    const processed = [
      sheet("台账", [
        ["问题编号", "院名称", "【台账助手】挂图作战"],
        ["WT-1", "阿坝县院", "红旗"],
        [44300, true, "黄旗"],
      ]),
      {
        ...sheet("台账汇总", [["台账汇总（截至2021年6月30日）"], ["推进措施", 2]]),
        ownedKey: "summary",
      },
    ];
    expect(contentFingerprint(processed)).toBe(contentFingerprint(base));
  });

  it("keeps a merged sheet: its rows are the offices' data", () => {
    const merged = [{ ...base[0]!, ownedKey: "merged:problem" }];
    expect(contentFingerprint(merged)).toBe(contentFingerprint(base));
    const withMerged = [...base, { ...sheet("合并", [["WT-9"]]), ownedKey: "merged:problem" }];
    expect(contentFingerprint(withMerged)).not.toBe(contentFingerprint(base));
  });
});
