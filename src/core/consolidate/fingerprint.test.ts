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
});
